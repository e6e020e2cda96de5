package org.thidua.portal.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class RankingsTest {

    @Test
    void unitsSharingARankAreMarkedTiedAndTheOfficersOwnUnitIsMarkedInEachOfItsGroups() {
        OfficeCampaigns.Ranking ranking = new OfficeCampaigns.Ranking(
                "c",
                "MID_YEAR",
                LocalDate.of(2019, 6, 30),
                Instant.parse("2019-07-19T03:00:00Z"),
                List.of(
                        new OfficeCampaigns.Group(
                                "g1",
                                "Khối III",
                                List.of(
                                        entry("a", "Thanh Hóa", 95, 1),
                                        entry("b", "Nghệ An", 88, 2),
                                        entry("c", "Hà Tĩnh", 88, 2),
                                        entry("d", null, 70, 4))),
                        new OfficeCampaigns.Group("g2", null, List.of(entry("c", "Hà Tĩnh", 88, 1)))),
                List.of());

        Rankings view = Rankings.of(ranking, "c");

        assertThat(view.groups()).extracting(Rankings.GroupView::groupName).containsExactly("Khối III", "g2");
        assertThat(view.groups().get(0).rows())
                .extracting(Rankings.Row::unitName, Rankings.Row::tied, Rankings.Row::mine)
                .containsExactly(
                        Tuple.tuple("Thanh Hóa", false, false),
                        Tuple.tuple("Nghệ An", true, false),
                        Tuple.tuple("Hà Tĩnh", true, true),
                        Tuple.tuple("d", false, false));
        assertThat(view.groups().get(1).rows().get(0).mine()).isTrue();
        assertThat(view.groups().get(1).rows().get(0).tied()).isFalse();
    }

    @Test
    void noOwnUnitIsMarkedForAPersonWithoutOne() {
        OfficeCampaigns.Ranking ranking = new OfficeCampaigns.Ranking(
                "c",
                "YEAR_END",
                LocalDate.of(2019, 12, 31),
                Instant.now(),
                List.of(new OfficeCampaigns.Group("g", "Cụm", List.of(entry("a", "A", 1, 1)))),
                List.of());

        assertThat(Rankings.of(ranking, null).groups().get(0).rows().get(0).mine())
                .isFalse();
    }

    private static OfficeCampaigns.Entry entry(String unitId, String name, int points, int rank) {
        return new OfficeCampaigns.Entry(unitId, name, BigDecimal.valueOf(points), rank);
    }
}
