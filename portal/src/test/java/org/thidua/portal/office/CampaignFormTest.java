package org.thidua.portal.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CampaignFormTest {

    private static final OfficeCampaigns.Scope ALL = new OfficeCampaigns.Scope(true, List.of());

    @Test
    void datesTypedTheVietnameseWayBecomeTheRequestsDatesAndPeriodsKeepTheirOrder() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("code", " PT-2019 ");
        form.put("title", "Phong trào thi đua năm 2019");
        form.put("theme", "Đoàn kết");
        form.put("kind", "REGULAR");
        form.put("year", "2019");
        form.put("startDate", "01/12/2018");
        form.put("endDate", "2020-01-31");
        form.put("registrationDeadline", "5/1/2019");
        form.put("MID_YEAR.endDate", "30/06/2019");
        form.put("MID_YEAR.submissionDeadline", "15/07/2019");
        form.put("YEAR_END.endDate", "");
        form.put("YEAR_END.submissionDeadline", "");

        CampaignForm.Read<OfficeCampaigns.CampaignRequest> read = CampaignForm.draft(form, ALL);

        assertThat(read.ok()).isTrue();
        OfficeCampaigns.CampaignRequest request = read.request();
        assertThat(request.code()).isEqualTo("PT-2019");
        assertThat(request.year()).isEqualTo(2019);
        assertThat(request.startDate()).isEqualTo(LocalDate.of(2018, 12, 1));
        assertThat(request.endDate()).isEqualTo(LocalDate.of(2020, 1, 31));
        assertThat(request.registrationDeadline()).isEqualTo(LocalDate.of(2019, 1, 5));
        assertThat(request.periods())
                .containsExactly(new OfficeCampaigns.PeriodRequest(
                        "MID_YEAR", LocalDate.of(2019, 6, 30), LocalDate.of(2019, 7, 15)));
        assertThat(request.scope()).isEqualTo(ALL);
    }

    @Test
    void anUnreadableDateIsNamedAsTheServiceNamesTheFieldAndABlankOneIsLeftToTheService() {
        Map<String, String> form = Map.of(
                "startDate",
                "31/02/2019",
                "registrationDeadline",
                "",
                "YEAR_END.endDate",
                "31-12-2019",
                "YEAR_END.submissionDeadline",
                "15/01/2020",
                "year",
                "hai");

        CampaignForm.Read<OfficeCampaigns.CampaignRequest> read = CampaignForm.draft(form, ALL);

        assertThat(read.unreadable()).containsOnlyKeys("startDate", "periods[0].endDate", "year");
        assertThat(read.unreadable().get("startDate")).isEqualTo(CampaignForm.UNREADABLE_DATE);
        assertThat(read.request().registrationDeadline()).isNull();
    }

    @Test
    void criteriaRowsLeftEmptyAreDroppedAndPointsTakeADecimalComma() {
        Map<String, String> form = new LinkedHashMap<>();
        row(form, 0, "I. Chuyên môn", "A1", "Hoàn thành chỉ tiêu", "40", "COLLECTIVE");
        row(form, 1, "", "", "", "", "COLLECTIVE");
        row(form, 2, "II. Đội ngũ", "B1", "Học tập, rèn luyện", "12,5", "INDIVIDUAL");

        CampaignForm.Read<List<OfficeCampaigns.Criterion>> read = CampaignForm.criteria(form);

        assertThat(read.ok()).isTrue();
        assertThat(read.request())
                .containsExactly(
                        new OfficeCampaigns.Criterion(
                                "I. Chuyên môn", "A1", "Hoàn thành chỉ tiêu", new BigDecimal("40"), "COLLECTIVE"),
                        new OfficeCampaigns.Criterion(
                                "II. Đội ngũ", "B1", "Học tập, rèn luyện", new BigDecimal("12.5"), "INDIVIDUAL"));
    }

    @Test
    void unreadablePointsAreNamedByTheCriterionsPositionInTheRequest() {
        Map<String, String> form = new LinkedHashMap<>();
        row(form, 0, "", "", "", "", "COLLECTIVE");
        row(form, 1, "I", "A1", "Chỉ tiêu", "bốn mươi", "COLLECTIVE");

        assertThat(CampaignForm.criteria(form).unreadable()).containsOnlyKeys("[0].maxPoints");
    }

    private static void row(
            Map<String, String> form, int i, String group, String code, String name, String max, String to) {
        form.put("group." + i, group);
        form.put("code." + i, code);
        form.put("name." + i, name);
        form.put("maxPoints." + i, max);
        form.put("appliesTo." + i, to);
    }
}
