package org.thidua.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.thidua.contracts.Event;
import org.thidua.contracts.groups.GroupCreated;
import org.thidua.contracts.groups.GroupMembershipChanged;
import org.thidua.contracts.units.MemberJoined;
import org.thidua.contracts.units.UnitRegistered;
import org.thidua.testing.CloudEventSender;
import org.thidua.testing.DatabaseState;
import org.thidua.testing.JsonApi;

/** What the API tests of this service share: calls, problems, the projection fed like units-service would. */
public final class CampaignsApi extends JsonApi {
    public static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    /**
     * The year of the campaigns and groups the tests create: that of the day two weeks ahead, so every registration
     * deadline the tests pick (from yesterday to twelve days ahead) lies in the campaign's emulation year, which
     * starts on 1 December of the year before (ADR 21), whatever the day the tests run.
     */
    public static final int YEAR = TODAY.plusDays(13).getYear();

    private final DatabaseState database;
    private final CloudEventSender sender;

    public CampaignsApi(BlockingHttpClient http, JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this(http, new DatabaseState(jdbc, transactions), new CloudEventSender(), null);
    }

    private CampaignsApi(BlockingHttpClient http, DatabaseState database, CloudEventSender sender, String token) {
        super(http, token);
        this.database = database;
        this.sender = sender;
    }

    /** The same calls sent with {@code token} (e.g. {@code TestTokens.unitOfficer(id)}) instead of ADMIN's. */
    public CampaignsApi as(String token) {
        return new CampaignsApi(http(), database, sender, token);
    }

    public void close() {
        sender.close();
    }

    // --- HTTP ---------------------------------------------------------------------------------------------------

    /** A request that must be refused with {@code status}, writing and publishing nothing; returns the problem. */
    public JsonNode refused(String method, String path, Object body, HttpStatus status) {
        String before = fingerprint();
        MutableHttpRequest<Object> request = switch (method) {
            case "POST" -> HttpRequest.POST(path, body == null ? Map.of() : body);
            case "PUT" -> HttpRequest.PUT(path, body);
            default -> throw new IllegalArgumentException(method);
        };
        JsonNode problem = problem(request.contentType(MediaType.APPLICATION_JSON), status.getCode());
        assertThat(fingerprint())
                .as("nothing written or published by a refused %s %s", method, path)
                .isEqualTo(before);
        return problem;
    }

    /** 409 naming the current state. */
    public void conflict(String path, Object body, String currentState) {
        JsonNode problem = refused("POST", path, body, HttpStatus.CONFLICT);
        assertThat(problem.path("currentState").asText()).as(path).isEqualTo(currentState);
        assertThat(problem.path("type").asText()).isEqualTo("https://thidua.org/problems/invalid-state");
    }

    // --- the state of the database ------------------------------------------------------------------------------

    /** Row counts and version sums of every table a request may change, and the outbox. */
    public String fingerprint() {
        return database.fingerprint("SELECT "
                + "(SELECT COUNT(*) FROM outbox_event), (SELECT COUNT(*) FROM campaign), "
                + "(SELECT COALESCE(SUM(version), 0) FROM campaign), (SELECT COUNT(*) FROM criterion), "
                + "(SELECT COUNT(*) FROM registration), (SELECT COALESCE(SUM(version), 0) FROM registration), "
                + "(SELECT COUNT(*) FROM score_sheet), (SELECT COALESCE(SUM(version), 0) FROM score_sheet), "
                + "(SELECT COUNT(*) FROM score_entry), (SELECT COUNT(*) FROM covenant), "
                + "(SELECT COUNT(*) FROM covenant_party WHERE signed_at IS NOT NULL), "
                + "(SELECT COUNT(*) FROM ranking_entry), (SELECT COUNT(*) FROM inspection), "
                + "(SELECT COUNT(*) FROM campaign_period WHERE state = 'FINALIZED'), "
                + "(SELECT COUNT(*) FROM member_outcome), (SELECT COUNT(*) FROM member_exclusion)");
    }

    public long count(String sql, Object... parameters) {
        return database.count(sql, parameters);
    }

    // --- units-service, as seen on the broker -------------------------------------------------------------------

    public void send(Event event) {
        sender.send(event);
    }

    public String unit(String code, Instant registeredAt) {
        String id = UUID.randomUUID().toString();
        send(new UnitRegistered(id, code, "Đơn vị " + code, null, "vi", true, registeredAt));
        return id;
    }

    public String group(String code, int year, List<String> members) {
        String id = UUID.randomUUID().toString();
        // membership first: across streams nothing is ordered, and the projection must not care
        send(new GroupMembershipChanged(id, year, members, members, List.of(), Instant.now()));
        send(new GroupCreated(id, GroupCreated.Kind.BLOCK, year, code, "Khối thi đua " + code, Instant.now()));
        // a campaign may name only groups campaigns-service knows (ADR 21): wait until the projection has it
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        count("SELECT COUNT(*) FROM scope_group WHERE group_id = ? AND code IS NOT NULL", id) == 1);
        return id;
    }

    /** A member of {@code unitId} as units-service announces one, known to the projection once this returns. */
    public String member(String unitId, String fullName) {
        String id = UUID.randomUUID().toString();
        send(new MemberJoined(unitId, id, fullName, "Chuyên viên", null, Instant.now(), 0L));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(
                                "SELECT COUNT(*) FROM scope_member " + "WHERE member_id = ? AND unit_id = ? AND active",
                                id,
                                unitId)
                        == 1);
        return id;
    }

    public void awaitScope(String campaignId, Set<String> expected) {
        await().atMost(Duration.ofSeconds(30)).until(() -> scope(campaignId).equals(expected));
    }

    public Set<String> scope(String campaignId) {
        Set<String> units = new HashSet<>();
        get("/api/v1/campaigns/" + campaignId + "/scope?size=5000")
                .get("unitIds")
                .forEach(u -> units.add(u.asText()));
        return units;
    }

    // --- request bodies -----------------------------------------------------------------------------------------

    public static Map<String, Object> campaign(String code, LocalDate registrationDeadline, List<String> groupIds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("title", "Phong trào thi đua yêu nước " + code);
        body.put("theme", "Đổi mới, sáng tạo, hoàn thành xuất sắc nhiệm vụ năm " + YEAR);
        body.put("kind", "REGULAR");
        body.put("year", YEAR);
        body.put(
                "startDate",
                latest(LocalDate.of(YEAR - 1, 12, 1), earliest(registrationDeadline, TODAY.minusDays(30)))
                        .toString());
        body.put("endDate", LocalDate.of(YEAR + 1, 1, 31).toString());
        body.put("registrationDeadline", registrationDeadline.toString());
        body.put("scope", Map.of("allUnits", groupIds.isEmpty(), "groupIds", groupIds));
        body.put(
                "periods",
                List.of(
                        Map.of(
                                "period",
                                "MID_YEAR",
                                "endDate",
                                latest(registrationDeadline, LocalDate.of(YEAR, 6, 30))
                                        .toString(),
                                "submissionDeadline",
                                midYearDeadline(registrationDeadline).toString()),
                        Map.of(
                                "period",
                                "YEAR_END",
                                "endDate",
                                LocalDate.of(YEAR, 12, 31).toString(),
                                "submissionDeadline",
                                LocalDate.of(YEAR + 1, 1, 15).toString())));
        body.put("criteria", criteria());
        return body;
    }

    /** The mid-year score-sheet deadline of {@link #campaign}: 15 July, or the registration deadline if later. */
    public static LocalDate midYearDeadline(LocalDate registrationDeadline) {
        return latest(registrationDeadline, LocalDate.of(YEAR, 7, 15));
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    public static List<Map<String, Object>> criteria() {
        return List.of(
                Map.of(
                        "group",
                        "I. Thực hiện nhiệm vụ chuyên môn",
                        "code",
                        "A1",
                        "name",
                        "Hoàn thành chỉ tiêu kế hoạch",
                        "maxPoints",
                        40,
                        "appliesTo",
                        "COLLECTIVE"),
                Map.of(
                        "group",
                        "I. Thực hiện nhiệm vụ chuyên môn",
                        "code",
                        "A2",
                        "name",
                        "Cải cách hành chính",
                        "maxPoints",
                        30,
                        "appliesTo",
                        "COLLECTIVE"),
                Map.of(
                        "group",
                        "II. Xây dựng đội ngũ",
                        "code",
                        "B1",
                        "name",
                        "Cán bộ học tập, rèn luyện",
                        "maxPoints",
                        30,
                        "appliesTo",
                        "INDIVIDUAL"));
    }

    public static Map<String, Object> registration(String unitId) {
        return registration(unitId, List.of());
    }

    /** A registration whose listed members (of the unit) aim for CSTDCS (grassroots emulation soldier). */
    public static Map<String, Object> registration(String unitId, List<String> memberIds) {
        return Map.of(
                "unitId",
                unitId,
                "commitments",
                List.of("Hoàn thành 100% chỉ tiêu được giao", "Không có cán bộ vi phạm kỷ luật"),
                "collectiveTitle",
                "TTLDXS",
                "memberTitles",
                memberIds.stream()
                        .map(m -> Map.of("memberId", m, "titleCode", "CSTDCS"))
                        .toList());
    }

    /** Entries summing to {@code total} (at most 100): A1 ≤ 40, A2 ≤ 30, B1 ≤ 30. */
    public static List<Map<String, Object>> entries(int total) {
        int a1 = Math.min(40, total);
        int a2 = Math.min(30, total - a1);
        int b1 = total - a1 - a2;
        return List.of(entry("A1", a1), entry("A2", a2), entry("B1", b1));
    }

    public static Map<String, Object> entry(String code, Object points) {
        return Map.of(
                "criterionCode",
                code,
                "points",
                points,
                "evidence",
                List.of("https://vpqh.gov.vn/minh-chung/" + code),
                "note",
                "Tự đánh giá");
    }
}
