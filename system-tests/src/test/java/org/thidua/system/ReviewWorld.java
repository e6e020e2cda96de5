package org.thidua.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the reviewer's and the council's journeys set up through the services' public APIs as ADMIN (ADR 78): units
 * and groups, a launched campaign with accepted registrations and submitted sheets, nominations before a council.
 * A call the services answer only once a projection caught up (a unit's group in campaigns-service, a member in
 * awards-service) is repeated until it is accepted.
 */
final class ReviewWorld {

    /** The three criteria every journey's campaign is scored by: two for the unit, one for its members. */
    static final List<Map<String, Object>> CRITERIA = List.of(
            Map.of(
                    "group", "I. Thực hiện nhiệm vụ chuyên môn",
                    "code", "A1",
                    "name", "Hoàn thành chỉ tiêu kế hoạch",
                    "maxPoints", 40,
                    "appliesTo", "COLLECTIVE"),
            Map.of(
                    "group", "I. Thực hiện nhiệm vụ chuyên môn",
                    "code", "A2",
                    "name", "Cải cách hành chính",
                    "maxPoints", 30,
                    "appliesTo", "COLLECTIVE"),
            Map.of(
                    "group", "II. Xây dựng đội ngũ",
                    "code", "B1",
                    "name", "Cán bộ học tập, rèn luyện",
                    "maxPoints", 30,
                    "appliesTo", "INDIVIDUAL"));

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    static final int YEAR = TODAY.plusDays(13).getYear();
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReviewWorld() {}

    static JsonNode post(RunningService service, String path, Object body, int... status) {
        try {
            HttpResponse<String> answer = service.post(path, body == null ? "" : JSON.writeValueAsString(body));
            assertThat(answer.statusCode())
                    .as("POST %s: %s", path, answer.body())
                    .isIn(Arrays.stream(status).boxed().toList());
            return answer.body().isEmpty() ? null : JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The body of a 201 answer (fails the test, showing the body, on any other status). */
    static JsonNode created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return read(response.body());
    }

    /** Fails the test, showing the body, unless the answer is 200. */
    static void ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /** {@code value} as the JSON text of a request body. */
    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JSON answer's text as a tree. */
    static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode created(RunningService service, String path, Object body) {
        return post(service, path, body, 201);
    }

    /** POSTs until the service accepts it with {@code status}: its projection of the other services caught up. */
    static JsonNode eventually(RunningService service, String path, Object body, int status) {
        AtomicReference<JsonNode> result = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    HttpResponse<String> answer = service.post(path, JSON.writeValueAsString(body));
                    assertThat(answer.statusCode())
                            .as("POST %s: %s", path, answer.body())
                            .isEqualTo(status);
                    result.set(JSON.readTree(answer.body()));
                });
        return result.get();
    }

    static JsonNode get(RunningService service, String path) {
        try {
            HttpResponse<String> answer = service.get(path);
            assertThat(answer.statusCode())
                    .as("GET %s: %s", path, answer.body())
                    .isEqualTo(200);
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String unit(PortalStack stack, String code, String name, String province) {
        return created(
                        stack.units,
                        "/api/v1/units",
                        Map.of(
                                "code",
                                code,
                                "name",
                                name,
                                "language",
                                "vi",
                                "kind",
                                "PROVINCIAL_OFFICE",
                                "province",
                                province))
                .get("id")
                .asText();
    }

    static String member(PortalStack stack, String unitId, String fullName) {
        return created(stack.units, "/api/v1/units/" + unitId + "/members", Map.of("fullName", fullName))
                .get("id")
                .asText();
    }

    static String group(PortalStack stack, String code, String name, List<String> unitIds) {
        String id = created(
                        stack.units,
                        "/api/v1/groups",
                        Map.of("kind", "BLOCK", "year", YEAR, "code", code, "name", name))
                .get("id")
                .asText();
        JsonNode added = post(stack.units, "/api/v1/groups/" + id + "/members", Map.of("unitIds", unitIds), 200, 201);
        assertThat(added).isNotNull();
        return id;
    }

    /**
     * A campaign of these groups, launched and started, registration open five more days, criteria A1 (max 40),
     * A2 (30), B1 (30); the mid-year sheets may be submitted now.
     */
    static String startedCampaign(PortalStack stack, String code, String title, List<String> groupIds) {
        LocalDate deadline = TODAY.plusDays(5);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("title", title);
        body.put("theme", "Đổi mới, sáng tạo, hoàn thành xuất sắc nhiệm vụ năm " + YEAR);
        body.put("kind", "REGULAR");
        body.put("year", YEAR);
        body.put(
                "startDate",
                latest(LocalDate.of(YEAR - 1, 12, 1), earliest(deadline, TODAY.minusDays(30)))
                        .toString());
        body.put("endDate", LocalDate.of(YEAR + 1, 1, 31).toString());
        body.put("registrationDeadline", deadline.toString());
        body.put("scope", Map.of("allUnits", false, "groupIds", groupIds));
        body.put(
                "periods",
                List.of(
                        Map.of(
                                "period",
                                "MID_YEAR",
                                "endDate",
                                latest(deadline, LocalDate.of(YEAR, 6, 30)).toString(),
                                "submissionDeadline",
                                latest(deadline, LocalDate.of(YEAR, 7, 15)).toString()),
                        Map.of(
                                "period",
                                "YEAR_END",
                                "endDate",
                                LocalDate.of(YEAR, 12, 31).toString(),
                                "submissionDeadline",
                                LocalDate.of(YEAR + 1, 1, 15).toString())));
        body.put("criteria", CRITERIA);
        // 422 until campaigns-service's projection knows the groups just created in units-service
        String id = eventually(stack.campaigns, "/api/v1/campaigns", body, 201)
                .get("id")
                .asText();
        post(stack.campaigns, "/api/v1/campaigns/" + id + "/launch", null, 200);
        post(stack.campaigns, "/api/v1/campaigns/" + id + "/start", null, 200);
        return id;
    }

    /** The unit's registration, accepted, and its mid-year sheet with these points, submitted: the sheet's id. */
    static String submittedSheet(PortalStack stack, String campaignId, String unitId, int a1, int a2, int b1) {
        String registrations = "/api/v1/campaigns/" + campaignId + "/registrations";
        String registration = eventually(
                        stack.campaigns,
                        registrations,
                        Map.of(
                                "unitId",
                                unitId,
                                "commitments",
                                List.of("Hoàn thành 100% chỉ tiêu được giao"),
                                "collectiveTitle",
                                "TTLDXS",
                                "memberTitles",
                                List.of()),
                        201)
                .get("id")
                .asText();
        post(stack.campaigns, registrations + "/" + registration + "/accept", null, 200);
        String sheets = "/api/v1/campaigns/" + campaignId + "/periods/MID_YEAR/score-sheets";
        String sheet = created(
                        stack.campaigns,
                        sheets,
                        Map.of(
                                "registrationId",
                                registration,
                                "entries",
                                List.of(entry("A1", a1), entry("A2", a2), entry("B1", b1))))
                .get("id")
                .asText();
        post(stack.campaigns, sheets + "/" + sheet + "/submit", null, 200);
        return sheet;
    }

    private static Map<String, Object> entry(String code, int points) {
        return Map.of(
                "criterionCode",
                code,
                "points",
                points,
                "evidence",
                List.of("https://vpqh.example.org/minh-chung/" + code + ".pdf"),
                "note",
                "Tự đánh giá " + code);
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
