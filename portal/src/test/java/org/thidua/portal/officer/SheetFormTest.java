package org.thidua.portal.officer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thidua.portal.web.FormErrors;

class SheetFormTest {

    private static final List<OfficerCampaigns.Criterion> CRITERIA = List.of(
            new OfficerCampaigns.Criterion("I. Nhiệm vụ", "A1", "Chỉ tiêu", new BigDecimal("40"), "COLLECTIVE"),
            new OfficerCampaigns.Criterion("I. Nhiệm vụ", "A2", "Cải cách", new BigDecimal("30"), "COLLECTIVE"),
            new OfficerCampaigns.Criterion("II. Đội ngũ", "B1", "Học tập", new BigDecimal("30"), "INDIVIDUAL"));

    @Test
    void everyCriterionIsSentInTheCampaignsOrderWithItsLinksOneALine() {
        Map<String, String> form = new HashMap<>(Map.of(
                "points-0",
                "12,5",
                "evidence-0",
                "https://a.vn/1\n\n  https://a.vn/2 ",
                "note-0",
                " Tự đánh giá ",
                "points-2",
                "30"));

        List<Map<String, Object>> entries = SheetForm.entries(CRITERIA, form);

        assertThat(entries).extracting(e -> e.get("criterionCode")).containsExactly("A1", "A2", "B1");
        assertThat(entries.get(0))
                .containsEntry("points", new BigDecimal("12.5"))
                .containsEntry("evidence", List.of("https://a.vn/1", "https://a.vn/2"))
                .containsEntry("note", "Tự đánh giá");
        assertThat(entries.get(1))
                .containsEntry("points", null)
                .containsEntry("evidence", List.of())
                .containsEntry("note", null);
        assertThat(entries.get(2)).containsEntry("points", new BigDecimal("30"));
    }

    @Test
    void unreadablePointsAreSentAsMissingForTheServiceToNameTheField() {
        assertThat(SheetForm.entries(CRITERIA, Map.of("points-0", "ba mươi")).get(0))
                .containsEntry("points", null);
    }

    @Test
    void theServicesEntryViolationsLandOnTheFieldsOfThatCriterion() {
        FormErrors errors = new FormErrors(
                "invalid",
                Map.of(
                        "entries[0].points",
                        "must be at most 40",
                        "entries[1].evidence[2]",
                        "must be an absolute http or https address",
                        "entries[2].criterionCode",
                        "appears twice",
                        "registrationId",
                        "unknown"));

        assertThat(SheetForm.errorsByField(errors))
                .containsOnly(
                        Map.entry("points-0", "must be at most 40"),
                        Map.entry("evidence-1", "must be an absolute http or https address"),
                        Map.entry("points-2", "appears twice"));
    }

    @Test
    void theSheetFillsTheFormWithItsOwnPointsAndCriteriaWithoutAnEntryAreEmpty() {
        OfficerCampaigns.Sheet sheet = new OfficerCampaigns.Sheet(
                "s",
                "r",
                "c",
                "u",
                "MID_YEAR",
                "DRAFT",
                new BigDecimal("35.00"),
                null,
                null,
                List.of(new OfficerCampaigns.Entry(
                        "A2",
                        new BigDecimal("25.50"),
                        null,
                        List.of("https://a.vn/1", "https://a.vn/2"),
                        "ghi chú",
                        null)),
                Instant.now(),
                Instant.now());

        assertThat(SheetForm.of(CRITERIA, sheet))
                .containsEntry("points-0", "")
                .containsEntry("points-1", "25.5")
                .containsEntry("evidence-1", "https://a.vn/1\nhttps://a.vn/2")
                .containsEntry("note-1", "ghi chú");
    }

    @Test
    void criteriaAreGroupedInTheirOrderEachWithItsIndexInTheForm() {
        OfficerCampaigns.Sheet sheet = new OfficerCampaigns.Sheet(
                "s",
                "r",
                "c",
                "u",
                "MID_YEAR",
                "DRAFT",
                BigDecimal.ZERO,
                null,
                null,
                null,
                Instant.now(),
                Instant.now());

        List<SheetRows.CriteriaGroup> groups = SheetPages.groups(CRITERIA, sheet);

        assertThat(groups).extracting(SheetRows.CriteriaGroup::name).containsExactly("I. Nhiệm vụ", "II. Đội ngũ");
        assertThat(groups.get(0).rows()).extracting(SheetRows.Row::index).containsExactly(0, 1);
        assertThat(groups.get(1).rows()).extracting(SheetRows.Row::index).containsExactly(2);
    }
}
