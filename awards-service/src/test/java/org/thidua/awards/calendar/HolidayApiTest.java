package org.thidua.awards.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thidua.awards.AwardsApi;
import org.thidua.awards.AwardsApiTest;
import org.thidua.awards.Dates;
import org.thidua.testing.JsonApi;
import org.thidua.testing.TestTokens;

/**
 * The holiday calendar through the API (ADR 80): read by any role, replaced by ADMIN with a reason (audited),
 * effective at once for disclosure windows not yet started; and the convention of where a window ends, on a window
 * across Tết 2027.
 */
@MicronautTest(transactional = false)
class HolidayApiTest extends AwardsApiTest {

    private static final int YEAR = 2026;

    private final String unit = UUID.randomUUID().toString();
    private List<String> members;
    private int nextMember;
    private String council;

    @BeforeAll
    void api() {
        members = api.unitWithMembers(unit, "HOL-" + unit.substring(0, 4).toUpperCase(), 6);
        council = api.post(
                        "/api/v1/councils",
                        Map.of(
                                "name",
                                "Hội đồng thi đua (lịch nghỉ)",
                                "members",
                                List.of(Map.of("memberId", "hol-chair", "fullName", "Chủ tịch", "chair", true))))
                .get("id")
                .asText();
    }

    /** A nomination of the next member, approved by the council today. */
    private String approved() {
        String id = api.post(
                        "/api/v1/nominations",
                        Map.of(
                                "year",
                                YEAR,
                                "titleCode",
                                "LDTT",
                                "recipientKind",
                                "MEMBER",
                                "unitId",
                                unit,
                                "memberId",
                                members.get(nextMember++),
                                "grounds",
                                List.of("Hoàn thành tốt nhiệm vụ")))
                .get("id")
                .asText();
        String sessions = "/api/v1/councils/" + council + "/sessions";
        String session = api.post(sessions, Map.of("nominationIds", List.of(id)))
                .get("id")
                .asText();
        api.as(TestTokens.councilMember("hol-chair"))
                .post(
                        sessions + "/" + session + "/votes",
                        Map.of(
                                "memberId",
                                "hol-chair",
                                "votes",
                                List.of(Map.of("nominationId", id, "choice", "APPROVE"))));
        api.post(sessions + "/" + session + "/close", null);
        return id;
    }

    private JsonNode disclose(String nomination, String startDate) {
        return api.post(
                        "/api/v1/nominations/disclose",
                        Map.of("nominationIds", List.of(nomination), "startDate", startDate))
                .get(0);
    }

    private JsonNode put(int year, Object body) {
        return api.send(HttpRequest.PUT("/api/v1/holidays/" + year, body).contentType(MediaType.APPLICATION_JSON));
    }

    /** What a refused change must leave as it was: the service's tables, the outbox, the calendar and its audit. */
    private String state() {
        return api.fingerprint() + "|"
                + api.count("SELECT COALESCE(SUM(CRC32(CONCAT(day, working, name))), 0) " + "FROM holiday") + "|"
                + api.count("SELECT COUNT(*) FROM holiday_year") + "|"
                + api.count("SELECT COUNT(*) FROM audit_entry");
    }

    private JsonNode refusedPut(int year, Object body) {
        String before = state();
        JsonNode problem = api.problem(
                HttpRequest.PUT("/api/v1/holidays/" + year, body).contentType(MediaType.APPLICATION_JSON),
                HttpStatus.BAD_REQUEST.getCode());
        assertThat(state()).as("nothing written by a refused change").isEqualTo(before);
        JsonApi.assertDescribesNoInternals(problem);
        return problem;
    }

    /** The shipped days of {@code year} as a request body's list. */
    private static List<Map<String, Object>> shippedDays(int year) {
        List<Map<String, Object>> days = new ArrayList<>();
        HolidayYear.shipped().stream()
                .filter(y -> y.year() == year)
                .findFirst()
                .orElseThrow()
                .days()
                .forEach(d -> days.add(day(d.date().toString(), d.kind().name(), d.name())));
        return days;
    }

    private static Map<String, Object> day(String date, String kind, String name) {
        Map<String, Object> day = new LinkedHashMap<>();
        day.put("date", date);
        day.put("kind", kind);
        day.put("name", name);
        return day;
    }

    @Test
    void anyRoleReadsAYearWithItsSource() {
        JsonNode year = api.as(TestTokens.viewer()).get("/api/v1/holidays?year=2026");
        assertThat(year.get("year").asInt()).isEqualTo(2026);
        assertThat(year.get("source").asText())
                .contains("Bộ luật Lao động 2019, Điều 112")
                .contains("12729/VPCP-KGVX");
        assertThat(year.get("builtIn").asBoolean()).isTrue();
        List<String> offs = new ArrayList<>();
        year.get("days")
                .forEach(d ->
                        offs.add(d.get("date").asText() + " " + d.get("kind").asText()));
        // National Day 2026: Mon 31/8 moved (Saturday 22/8 worked), Tue 1/9 and Wed 2/9
        assertThat(offs)
                .contains(
                        "2026-08-22 WORKING_DAY",
                        "2026-08-31 DAY_OFF",
                        "2026-09-01 DAY_OFF",
                        "2026-09-02 DAY_OFF",
                        "2026-02-17 DAY_OFF");
        assertThat(api.get("/api/v1/holidays?year=2014").get("unverified").asText())
                .contains("Quốc khánh 2014");
        api.problem(HttpRequest.GET("/api/v1/holidays?year=2040"), HttpStatus.NOT_FOUND.getCode());
        assertThat(JsonApi.fields(
                        api.problem(HttpRequest.GET("/api/v1/holidays?year=1999"), HttpStatus.BAD_REQUEST.getCode())))
                .containsExactly("year");
    }

    /**
     * The convention (ADR 80, docs/disclosure.md) on a hand-worked window across Tết Đinh Mùi 2027 (shipped 2027:
     * Thu 4/2 to Wed 10/2 off, lunar new year Saturday 6/2), for the 5 working days of vn-2025-v2:
     * opened Wed 03/02/2027 -> day 1 Wed 3; Thu 4, Fri 5 off; Sat 6, Sun 7 weekend; Mon 8, Tue 9, Wed 10 off;
     * day 2 Thu 11; day 3 Fri 12; Sat 13, Sun 14 weekend; day 4 Mon 15; day 5 Tue 16/02/2027 = the last day
     * objections are accepted. A decision can be signed from Wed 17/02/2027; today it is refused with that end.
     */
    @Test
    void aWindowAcrossTet2027EndsWhereTheConventionSaysAndADecisionBeforeIsRefused() {
        String nomination = approved();
        JsonNode disclosed = disclose(nomination, "2027-02-03");
        assertThat(disclosed.get("disclosureStart").asText()).isEqualTo("2027-02-03");
        assertThat(disclosed.get("disclosureEnd").asText()).isEqualTo("2027-02-16");
        JsonNode early = api.refused(
                "/api/v1/decisions",
                Map.of(
                        "organisation",
                        "LICH",
                        "signer",
                        Map.of("name", "Nguyễn Văn A", "position", "Chủ nhiệm"),
                        "nominationIds",
                        List.of(nomination)),
                HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(early.get("detail").asText()).contains("công khai đến 16/02/2027", "ký từ 17/02/2027");
    }

    /**
     * The official 2027 notice gives Tết as Fri 5/2 to Thu 11/2 (one day before Tết, four after, Sat 6 and Sun 7 in
     * lieu on Wed 10 and Thu 11) instead of the shipped Thu 4/2 to Wed 10/2. A window opened on Thu 11/02/2027 was
     * Thu 11 (1), Fri 12 (2), Mon 15 (3), Tue 16 (4), Wed 17 (5); on the new calendar Thu 11 is off, so it counts
     * from Fri 12 (1), Mon 15 (2), Tue 16 (3), Wed 17 (4), Thu 18/02/2027 (5); its start stays the day it was opened
     * on. A window already started keeps its end.
     */
    @Test
    void adminReplacesAYearAuditedAndWindowsNotStartedAreCountedAgain() {
        String notStarted = approved();
        assertThat(disclose(notStarted, "2027-02-11").get("disclosureEnd").asText())
                .isEqualTo("2027-02-17");
        String started = approved();
        disclose(started, LocalDate.now(Dates.VIETNAM).plusDays(1).toString());
        // as if its window had started yesterday and ran to Thursday 18/02/2027 (a long window of an older rule)
        transactions.executeWrite(status -> jdbc.prepareStatement(
                "UPDATE nomination SET disclosure_start = ?, " + "disclosure_end = ? WHERE id = ?", s -> {
                    s.setObject(1, LocalDate.now(Dates.VIETNAM).minusDays(1));
                    s.setObject(2, LocalDate.of(2027, 2, 18));
                    s.setString(3, started);
                    return s.executeUpdate();
                }));

        List<Map<String, Object>> days = new ArrayList<>(shippedDays(2027));
        days.removeIf(d -> d.get("date").equals("2027-02-04"));
        days.add(day("2027-02-11", "DAY_OFF", "Tết Nguyên đán (nghỉ bù ngày Tết trùng ngày nghỉ hằng tuần)"));
        String reason = "Thông báo chính thức lịch nghỉ Tết 2027 (kiểm thử)";
        JsonNode changed = put(
                2027,
                Map.of(
                        "reason",
                        reason,
                        "source",
                        "Bộ luật Lao động 2019, Điều 112; thông báo " + "kiểm thử",
                        "days",
                        days));

        assertThat(changed.get("holidays").get("builtIn").asBoolean()).isFalse();
        assertThat(changed.get("holidays").get("unverified").isNull()).isTrue();
        assertThat(changed.get("movedWindows"))
                .anySatisfy(m -> {
                    assertThat(m.get("nominationId").asText()).isEqualTo(notStarted);
                    assertThat(m.get("previousEnd").asText()).isEqualTo("2027-02-17");
                    assertThat(m.get("disclosureStart").asText()).isEqualTo("2027-02-11");
                    assertThat(m.get("disclosureEnd").asText()).isEqualTo("2027-02-18");
                })
                .noneSatisfy(m -> assertThat(m.get("nominationId").asText()).isEqualTo(started));
        JsonNode moved = api.get("/api/v1/nominations/" + notStarted);
        assertThat(moved.get("disclosureEnd").asText()).isEqualTo("2027-02-18");
        assertThat(api.get("/api/v1/nominations/" + started)
                        .get("disclosureEnd")
                        .asText())
                .isEqualTo("2027-02-18");
        assertThat(api.get("/api/v1/holidays?year=2027").get("days"))
                .anySatisfy(d -> assertThat(d.get("date").asText()).isEqualTo("2027-02-11"))
                .noneSatisfy(d -> assertThat(d.get("date").asText()).isEqualTo("2027-02-04"));
        assertThat(api.count(
                        "SELECT COUNT(*) FROM audit_entry WHERE action = 'HOLIDAYS_CHANGED' AND subject = "
                                + "'holidays:2027' AND actor = 'admin' AND detail LIKE ? AND detail LIKE ? AND detail LIKE ? "
                                + "AND detail LIKE ?",
                        "%" + reason + "%",
                        "%2027-02-11 DAY_OFF%",
                        "%2027-02-04 DAY_OFF%",
                        "%" + notStarted + "%"))
                .isEqualTo(1);

        // back to the shipped days: the window moves back, and the audit has both changes
        JsonNode restored = put(
                2027,
                Map.of(
                        "reason",
                        "Trả lại lịch đã phát hành (kiểm thử)",
                        "source",
                        "Bộ luật Lao động 2019, Điều 112",
                        "unverified",
                        "Chưa có thông báo",
                        "days",
                        shippedDays(2027)));
        assertThat(restored.get("holidays").get("unverified").asText()).isEqualTo("Chưa có thông báo");
        assertThat(api.get("/api/v1/nominations/" + notStarted)
                        .get("disclosureEnd")
                        .asText())
                .isEqualTo("2027-02-17");
        assertThat(api.count("SELECT COUNT(*) FROM audit_entry WHERE subject = 'holidays:2027'"))
                .isEqualTo(2);
    }

    /**
     * The window's length is the rule set's, of the set in force on the window's first day. A set in force from
     * Monday 05/03/2040 says 7 working days (the calendar has no 2040: weekends only). Opened Saturday 03/03/2040: first
     * day Monday 05/03, under the new set: Mon 5 (1), Tue 6 (2), Wed 7 (3), Thu 8 (4), Fri 9 (5), Mon 12 (6),
     * Tue 13/03/2040 (7). Opened Friday 02/03/2040: its first day is under vn-2025-v2 (5 days): Fri 2 (1), Mon 5 (2),
     * Tue 6 (3), Wed 7 (4), Thu 08/03/2040 (5).
     */
    @Test
    void theWindowLastsTheWorkingDaysOfTheRuleSetInForceOnItsFirstDay() {
        api.post("/api/v1/rule-sets", AwardsApi.read("""
                {"id": "test-2040-disclosure", "effectiveFrom": "2040-03-05",
                 "disclosure": {"workingDays": 7, "source": "kiểm thử"},
                 "titles": [{"code": "LDTT", "nameVi": "Lao động tiên tiến", "nameEn": "Advanced Worker",
                   "kind": "INDIVIDUAL", "level": "BASE", "bonusMultiple": "0.3", "councilThresholdPercent": 50,
                   "conditions": [{"type": "MinimumTaskRating", "rating": "GOOD"}], "citations": ["kiểm thử"]}]}"""));
        JsonNode seven = disclose(approved(), "2040-03-03");
        assertThat(seven.get("disclosureStart").asText()).isEqualTo("2040-03-05");
        assertThat(seven.get("disclosureEnd").asText()).isEqualTo("2040-03-13");
        JsonNode five = disclose(approved(), "2040-03-02");
        assertThat(five.get("disclosureStart").asText()).isEqualTo("2040-03-02");
        assertThat(five.get("disclosureEnd").asText()).isEqualTo("2040-03-08");
    }

    @Test
    void aBadYearIsRefusedNamingTheFieldAndNothingIsWritten() {
        String source = "Bộ luật Lao động 2019, Điều 112";
        JsonNode outside = refusedPut(
                2027,
                Map.of(
                        "reason",
                        "Sửa lịch",
                        "source",
                        source,
                        "days",
                        List.of(day("2028-01-01", "DAY_OFF", "Tết Dương lịch"))));
        assertThat(JsonApi.fields(outside)).containsExactly("days[0].date");
        JsonNode twice = refusedPut(
                2027,
                Map.of(
                        "reason",
                        "Sửa lịch",
                        "source",
                        source,
                        "days",
                        List.of(
                                day("2027-01-01", "DAY_OFF", "Tết Dương lịch"),
                                day("2027-01-01", "DAY_OFF", "Tết Dương lịch"))));
        assertThat(JsonApi.fields(twice)).containsExactly("days[1].date");
        JsonNode blank = refusedPut(
                2027,
                Map.of("reason", "Sửa lịch", "source", source, "days", List.of(day("2027-01-01", "DAY_OFF", "  "))));
        assertThat(JsonApi.fields(blank)).containsExactly("days[0].name");
        JsonNode control = refusedPut(
                2027,
                Map.of(
                        "reason",
                        "Sửa lịch",
                        "source",
                        source,
                        "days",
                        List.of(day("2027-01-01", "DAY_OFF", "Tết\u0007Dương lịch"))));
        assertThat(JsonApi.fields(control)).containsExactly("days[0].name");
        JsonNode tab = refusedPut(
                2027,
                Map.of(
                        "reason",
                        "Sửa lịch",
                        "source",
                        source,
                        "days",
                        List.of(day("2027-01-01", "DAY_OFF", "Tết\tDương lịch"))));
        assertThat(JsonApi.fields(tab)).containsExactly("days[0].name");
        JsonNode weekday = refusedPut(
                2027,
                Map.of(
                        "reason",
                        "Sửa lịch",
                        "source",
                        source,
                        "days",
                        List.of(day("2027-01-04", "WORKING_DAY", "Làm bù"))));
        assertThat(JsonApi.fields(weekday)).containsExactly("days[0].kind");
        JsonNode noReason = refusedPut(2027, Map.of("reason", " ", "source", source, "days", List.of()));
        assertThat(JsonApi.fields(noReason)).containsExactly("reason");
    }
}
