package org.thidua.notifications.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.thidua.contracts.EventSchemas;
import org.thidua.notifications.routing.NotificationRouting;
import org.thidua.notifications.routing.NotificationRouting.Route;
import org.thidua.testing.JsonApi;
import org.thidua.testing.RealInfrastructure;

/**
 * Every notice (every route: campaigns, registrations, reviews and awards), rendered in both languages from every
 * example of its event's schema, reads as a person writes: no enum code, no ISO date, no expression left unrendered
 * (ADR 0035).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignNoticeTextTest implements RealInfrastructure {

    private static final Pattern ENUM_CODE = Pattern.compile("[A-Z]{2,}_[A-Z]+");
    private static final Pattern ONE_WORD_CODE =
            Pattern.compile("\\b(REGISTRATION|SUBMITTED|REVIEWED|REGULAR|THEMATIC|BLOCK|CLUSTER)\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Inject
    NoticeTemplates templates;

    @Test
    void everyNoticeWritesDatesAndPeriodsAsAPersonReadsThemAndNoCode() {
        List<String> rendered = new ArrayList<>();
        for (Route route : NotificationRouting.routes().values()) {
            for (JsonNode example : EventSchemas.examples(route.eventType())) {
                for (String language : List.of("vi", "en")) {
                    NoticeTemplates.Rendered notice =
                            templates.render(route.template(), language, model(example, route));
                    String what = route.template() + "/" + language + " of " + example;
                    for (String part : List.of(notice.subject(), notice.text(), notice.html())) {
                        assertThat(part)
                                .as(what)
                                .isNotBlank()
                                .doesNotContainPattern(ENUM_CODE)
                                .doesNotContainPattern(ISO_DATE)
                                .doesNotContain("${")
                                .doesNotContain("[(")
                                .doesNotContain("[[");
                    }
                    assertThat(notice.subject() + notice.text()).as(what).doesNotContainPattern(ONE_WORD_CODE);
                    rendered.add(what);
                }
            }
        }
        // launch, reminders (2 examples), accepted, returned, covenant opened and signed, sheet returned,
        // period finalized, cancelled, closed: each in two languages
        assertThat(rendered).hasSizeGreaterThanOrEqualTo(2 * 11);
    }

    @Test
    void theSubmissionsDigestWritesPeriodsAndDatesAsAPersonReadsThem() {
        Map<String, Object> campaign = Map.of(
                "title",
                "Phong trào thi đua năm 2019",
                "link",
                "http://127.0.0.1:8080/campaigns/c",
                "registrations",
                List.of("Văn phòng tỉnh Thanh Hóa", "Văn phòng tỉnh Nghệ An"),
                "sheets",
                List.of(
                        Map.of("period", "MID_YEAR", "units", List.of("Văn phòng tỉnh Hà Tĩnh")),
                        Map.of("period", "YEAR_END", "units", List.of("Văn phòng tỉnh Phú Thọ"))));
        for (String groupName : new String[] {null, "Khối thi đua số III"}) {
            for (String language : List.of("vi", "en")) {
                Map<String, Object> model = new LinkedHashMap<>();
                model.put("unit", groupName == null ? null : Map.of("name", "Văn phòng tỉnh Thanh Hóa"));
                model.put("groupName", groupName);
                model.put("since", "2019-07-07T17:00:00Z");
                model.put("until", "2019-07-08T17:00:00Z");
                model.put("campaigns", List.of(campaign));
                NoticeTemplates.Rendered digest = templates.render("submissions-digest", language, model);
                for (String part : List.of(digest.subject(), digest.text(), digest.html())) {
                    assertThat(part)
                            .as(language + " " + groupName)
                            .doesNotContainPattern(ENUM_CODE)
                            .doesNotContainPattern(ISO_DATE)
                            .doesNotContain("${")
                            .doesNotContain("[(")
                            .doesNotContain("[[");
                }
                // the digest of the day ending at midnight in Hanoi (17:00 UTC) is dated that day
                assertThat(digest.subject()).contains("09/07/2019");
                assertThat(digest.text())
                        .contains(
                                "vi".equals(language)
                                        ? "- Bảng tự chấm điểm kỳ tổng kết năm (1 đơn vị): Văn phòng tỉnh Phú Thọ\n"
                                        : "- Score sheets of the year-end review (1): Văn phòng tỉnh Phú Thọ\n");
            }
        }
    }

    @Test
    void aScoreSheetReminderNamesThePeriodAndTheDeadline() {
        JsonNode reminder = EventSchemas.examples("thidua.deadline.approaching.v1").stream()
                .filter(e -> "SCORE_SHEET".equals(e.get("kind").asText()))
                .findFirst()
                .orElseThrow();
        Route route =
                NotificationRouting.routeOf("thidua.deadline.approaching.v1").orElseThrow();

        assertThat(templates
                        .render(route.template(), "vi", model(reminder, route))
                        .text())
                .isEqualTo("""
                Kính gửi Văn phòng tỉnh Thanh Hóa,
                Đơn vị chưa gửi bảng tự chấm điểm kỳ sơ kết 6 tháng của phong trào "Phong trào thi đua năm 2019".
                Hạn cuối: 10/07/2019 (còn 2 ngày).
                Thực hiện tại: http://127.0.0.1:8080/campaigns/c

                --
                Văn phòng Thi đua – Khen thưởng
                """);
        assertThat(templates
                        .render(route.template(), "en", model(reminder, route))
                        .text())
                .isEqualTo("""
                To Văn phòng tỉnh Thanh Hóa,
                Your unit has not yet submitted its mid-year review score sheet for the campaign \
                "Phong trào thi đua năm 2019".
                Deadline: 10/07/2019 (2 days left).
                Do it at: http://127.0.0.1:8080/campaigns/c

                --
                Emulation and Commendation Office
                """);
    }

    /** The variables Notifier gives a template, for one unit in two groups where the event is a ranking. */
    private static Map<String, Object> model(JsonNode example, Route route) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("unit", Map.of("name", "Văn phòng tỉnh Thanh Hóa", "code", "TH"));
        model.put("event", JsonApi.JSON.convertValue(example, new TypeReference<Map<String, Object>>() {}));
        model.put(
                "campaign",
                Map.of(
                        "campaignId",
                        "c",
                        "code",
                        "TD-2019",
                        "title",
                        "Phong trào thi đua năm 2019",
                        "year",
                        2019,
                        "registrationDeadline",
                        "2019-02-28"));
        model.put(
                "target",
                "period-finalized".equals(route.template())
                        ? Map.of(
                                "ranks",
                                        List.of(
                                                Map.of(
                                                        "groupName",
                                                        "Khối thi đua số III",
                                                        "rank",
                                                        2,
                                                        "unitsRanked",
                                                        3,
                                                        "points",
                                                        "92.5",
                                                        "tiedWith",
                                                        "",
                                                        "above",
                                                        "Văn phòng tỉnh Nghệ An",
                                                        "below",
                                                        "Văn phòng tỉnh Hà Tĩnh"),
                                                Map.of(
                                                        "groupName",
                                                        "Cụm các tỉnh Trung du",
                                                        "rank",
                                                        1,
                                                        "unitsRanked",
                                                        2,
                                                        "points",
                                                        "92.5",
                                                        "tiedWith",
                                                        "Văn phòng tỉnh Yên Bái",
                                                        "above",
                                                        "",
                                                        "below",
                                                        "Văn phòng tỉnh Phú Thọ")),
                                "exclusions",
                                        List.of(Map.of(
                                                "groupName",
                                                "Khối thi đua số IV",
                                                "reason",
                                                "Chưa có bảng điểm được duyệt")))
                        : Map.of());
        model.put("link", "http://127.0.0.1:8080/campaigns/c");
        return model;
    }
}
