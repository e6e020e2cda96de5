package org.thidua.portal.officer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thidua.portal.services.CampaignsClient;
import org.thidua.portal.services.NotificationsClient;

class OfficerRulesTest {

    private static CampaignsClient.Campaign campaign(String state, LocalDate deadline) {
        return new CampaignsClient.Campaign(
                "c",
                "PT",
                "Phong trào",
                null,
                "REGULAR",
                2019,
                LocalDate.of(2019, 1, 1),
                LocalDate.of(2019, 12, 31),
                deadline,
                List.of(),
                state,
                null,
                null);
    }

    @Test
    void registrationIsOpenUntilTheEndOfTheDeadlineDayWhileTheCampaignTakesPart() {
        LocalDate deadline = LocalDate.of(2019, 2, 28);

        assertThat(OfficerSection.registrationOpen(campaign("LAUNCHED", deadline), deadline))
                .isTrue();
        assertThat(OfficerSection.registrationOpen(campaign("IN_PROGRESS", null), deadline))
                .isTrue();
        assertThat(OfficerSection.registrationOpen(campaign("LAUNCHED", deadline), deadline.plusDays(1)))
                .isFalse();
        assertThat(OfficerSection.registrationOpen(campaign("CANCELLED", deadline), deadline))
                .isFalse();
        assertThat(OfficerSection.registrationOpen(campaign("DRAFT", deadline), deadline))
                .isFalse();
    }

    @Test
    void theInboxShowsUnreadNoticesFirstEachPartNewestFirst() {
        Instant t = Instant.parse("2019-07-19T08:00:00Z");
        List<NotificationsClient.Notice> notices = List.of(
                notice(1, t, t.plusSeconds(60)), notice(2, t.plusSeconds(10), null),
                notice(3, t.plusSeconds(20), t.plusSeconds(90)), notice(4, t.minusSeconds(10), null));

        assertThat(InboxPages.unreadFirst(notices))
                .extracting(NotificationsClient.Notice::id)
                .containsExactly(2L, 4L, 3L, 1L);
    }

    @Test
    void aCovenantTellsWhenAUnitSignedAndNothingForAUnitThatHasNotOrIsNoParty() {
        Instant signed = Instant.parse("2019-03-01T02:00:00Z");
        OfficerCampaigns.Covenant covenant = new OfficerCampaigns.Covenant(
                "k",
                "c",
                "g",
                "Giao ước",
                List.of(),
                "OPEN",
                List.of(new OfficerCampaigns.Party("a", signed), new OfficerCampaigns.Party("b", null)),
                signed,
                null);

        assertThat(covenant.signedBy("a")).isEqualTo(signed);
        assertThat(covenant.signedBy("b")).isNull();
        assertThat(covenant.signedBy("z")).isNull();
    }

    private static NotificationsClient.Notice notice(long id, Instant created, Instant read) {
        return new NotificationsClient.Notice(id, "campaign.launched", "u", "Thông báo " + id, "", "", created, read);
    }
}
