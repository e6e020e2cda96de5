package org.thidua.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.thidua.campaigns.CampaignsApi.TODAY;
import static org.thidua.campaigns.CampaignsApi.YEAR;
import static org.thidua.campaigns.CampaignsApi.campaign;
import static org.thidua.campaigns.CampaignsApi.entries;
import static org.thidua.campaigns.CampaignsApi.registration;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.thidua.campaigns.reminder.SendingReminders;
import org.thidua.contracts.EventSchemas;
import org.thidua.contracts.Topics;
import org.thidua.contracts.campaigns.CampaignLaunched;
import org.thidua.contracts.campaigns.DeadlineApproaching;
import org.thidua.contracts.reviews.ReviewPeriodFinalized;
import org.thidua.testing.Headers;
import org.thidua.testing.RealInfrastructure;
import org.thidua.testing.TestTokens;
import org.thidua.testing.TopicReader;

/**
 * What the portal asks campaigns-service for (issue 15, ADR 23-25), through the HTTP API against the real broker and
 * database: filtered lists with their totals, lookups by id alone, the launch's event id, rankings that name their
 * units, the office's progress board and "remind now"; every list and lookup within the caller's reach (ADR 65).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhatThePortalAsksTest implements RealInfrastructure {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    @Inject
    SendingReminders reminders;

    private CampaignsApi api;
    private final TopicReader campaignsTopic = new TopicReader(Topics.CAMPAIGNS);
    private final TopicReader reviewsTopic = new TopicReader(Topics.REVIEWS);

    @BeforeAll
    void start() {
        api = new CampaignsApi(client.toBlocking(), jdbc, transactions);
    }

    @AfterAll
    void close() {
        api.close();
        campaignsTopic.close();
        reviewsTopic.close();
    }

    @Test
    void campaignsAreFilteredByYearAndStateWithTheTotalAndDraftsOnlyForTheOffice() {
        int year = YEAR + 1;
        String group = api.group("LIST-G", year, List.of(api.unit("LIST-U", Instant.now())));
        String first = api.post("/api/v1/campaigns", nextYear("LIST-1", group))
                .get("id")
                .asText();
        String second = api.post("/api/v1/campaigns", nextYear("LIST-2", group))
                .get("id")
                .asText();
        String draft = api.post("/api/v1/campaigns", nextYear("LIST-3", group))
                .get("id")
                .asText();
        String cancelled = api.post("/api/v1/campaigns", nextYear("LIST-4", group))
                .get("id")
                .asText();
        api.post("/api/v1/campaigns", campaign("LIST-THIS-YEAR", TODAY.plusDays(5), List.of()));
        for (String id : List.of(first, second, cancelled)) {
            api.post("/api/v1/campaigns/" + id + "/launch", null);
        }
        api.post("/api/v1/campaigns/" + cancelled + "/cancel", Map.of("reason", "Trùng nội dung"));

        String ofTheYear = "/api/v1/campaigns?year=" + year;
        JsonNode all = api.get(ofTheYear);
        assertThat(all.get("total").asLong()).isEqualTo(4);
        assertThat(ids(all.get("items"))).containsExactly(cancelled, draft, second, first);
        assertThat(all.get("page").asInt()).isZero();
        assertThat(all.get("size").asInt()).isEqualTo(20);
        JsonNode launched = api.get(ofTheYear + "&state=LAUNCHED");
        assertThat(launched.get("total").asLong()).isEqualTo(2);
        assertThat(ids(launched.get("items"))).containsExactly(second, first);
        assertThat(ids(api.get(ofTheYear + "&state=CANCELLED").get("items"))).containsExactly(cancelled);
        JsonNode secondPage = api.get(ofTheYear + "&page=1&size=3");
        assertThat(ids(secondPage.get("items"))).as("the fourth of four").containsExactly(first);
        assertThat(secondPage.get("total").asLong()).isEqualTo(4);

        for (String token : List.of(
                TestTokens.viewer(), TestTokens.unitOfficer(UUID.randomUUID().toString()))) {
            CampaignsApi reader = api.as(token);
            JsonNode published = reader.get(ofTheYear);
            assertThat(published.get("total").asLong())
                    .as("drafts are the office's")
                    .isEqualTo(3);
            assertThat(ids(published.get("items"))).containsExactly(cancelled, second, first);
            JsonNode drafts = reader.get(ofTheYear + "&state=DRAFT");
            assertThat(drafts.get("total").asLong()).isZero();
            assertThat(drafts.get("items")).isEmpty();
        }
        assertThat(api.get("/api/v1/campaigns?year=" + (year + 1)).get("total").asLong())
                .isZero();
        api.problem(HttpRequest.GET("/api/v1/campaigns?state=RUNNING"), 400);
        api.problem(HttpRequest.GET("/api/v1/campaigns?year=99999"), 400);
    }

    @Test
    void aCampaignCarriesTheIdOfTheEventItsLaunchPublished() {
        String group = api.group("LAUNCH-G", YEAR, List.of(api.unit("LAUNCH-U", Instant.now())));
        String id = api.post("/api/v1/campaigns", campaign("PT-PHAT-DONG", TODAY.plusDays(5), List.of(group)))
                .get("id")
                .asText();
        assertThat(api.get("/api/v1/campaigns/" + id).get("launchEventId").isNull())
                .as("before launch")
                .isTrue();

        String launchEventId = api.post("/api/v1/campaigns/" + id + "/launch", null)
                .get("launchEventId")
                .asText();

        assertThat(api.get("/api/v1/campaigns/" + id).get("launchEventId").asText())
                .isEqualTo(launchEventId);
        await().atMost(Duration.ofSeconds(30)).until(() -> launchedEvents(id).size() == 1);
        assertThat(Headers.of(launchedEvents(id).get(0), "ce_id")).isEqualTo(launchEventId);
        api.post("/api/v1/campaigns/" + id + "/start", null);
        assertThat(api.get("/api/v1/campaigns/" + id).get("launchEventId").asText())
                .as("kept after launch")
                .isEqualTo(launchEventId);
    }

    @Test
    void registrationsAreFilteredByUnitAndFoundByIdAloneWithinTheCallersReach() {
        String mine = api.unit("REG-1", Instant.now());
        String theirs = api.unit("REG-2", Instant.now());
        String group = api.group("REG-G", YEAR, List.of(mine, theirs));
        String id = launched("PT-DK", group, Set.of(mine, theirs));
        String base = "/api/v1/campaigns/" + id + "/registrations";
        String myRegistration = api.post(base, registration(mine)).get("id").asText();
        String theirRegistration =
                api.post(base, registration(theirs)).get("id").asText();
        api.post(base + "/" + myRegistration + "/accept", null);

        assertThat(ids(api.get(base + "?unitId=" + mine))).containsExactly(myRegistration);
        assertThat(ids(api.get(base + "?unitId=" + mine + "&state=ACCEPTED"))).containsExactly(myRegistration);
        assertThat(api.get(base + "?unitId=" + mine + "&state=SUBMITTED")).isEmpty();
        assertThat(ids(api.get(base + "?state=SUBMITTED"))).containsExactly(theirRegistration);
        CampaignsApi officer = api.as(TestTokens.unitOfficer(mine));
        assertThat(ids(officer.get(base))).containsExactly(myRegistration);
        assertThat(officer.get(base + "?unitId=" + theirs))
                .as("another unit: filtered out, not refused")
                .isEmpty();

        JsonNode found = officer.get("/api/v1/registrations/" + myRegistration);
        assertThat(found.get("campaignId").asText()).isEqualTo(id);
        assertThat(found.get("unitId").asText()).isEqualTo(mine);
        assertThat(found.get("state").asText()).isEqualTo("ACCEPTED");
        assertThat(found.get("inspections")).isEmpty();
        JsonNode hidden = officer.problem(HttpRequest.GET("/api/v1/registrations/" + theirRegistration), 403);
        assertThat(hidden.toString()).doesNotContain(theirs).doesNotContain(id);
        api.problem(HttpRequest.GET("/api/v1/registrations/" + UUID.randomUUID()), 404);
        assertThat(api.as(TestTokens.reviewer(List.of(group)))
                        .get("/api/v1/registrations/" + theirRegistration)
                        .get("unitId")
                        .asText())
                .isEqualTo(theirs);
    }

    @Test
    void scoreSheetsAreFilteredByGroupAndStateAndFoundByIdAloneWithinTheCallersReach() {
        String first = api.unit("SS-1", Instant.now());
        String second = api.unit("SS-2", Instant.now());
        String other = api.unit("SS-3", Instant.now());
        String group = api.group("SS-G1", YEAR, List.of(first, second));
        String otherGroup = api.group("SS-G2", YEAR, List.of(other));
        String id = launched("PT-BCD", List.of(group, otherGroup), Set.of(first, second, other));
        String base = "/api/v1/campaigns/" + id;
        Map<String, String> registrations = new HashMap<>();
        for (String unit : List.of(first, second, other)) {
            String registration = api.post(base + "/registrations", registration(unit))
                    .get("id")
                    .asText();
            api.post(base + "/registrations/" + registration + "/accept", null);
            registrations.put(unit, registration);
        }
        api.post(base + "/start", null);
        String sheets = base + "/periods/MID_YEAR/score-sheets";
        String firstSheet = api.post(sheets, Map.of("registrationId", registrations.get(first), "entries", entries(80)))
                .get("id")
                .asText();
        String otherSheet = api.post(sheets, Map.of("registrationId", registrations.get(other), "entries", entries(70)))
                .get("id")
                .asText();
        api.post(sheets + "/" + firstSheet + "/submit", null);

        assertThat(ids(api.get(sheets + "?groupId=" + group))).containsExactly(firstSheet);
        assertThat(ids(api.get(sheets + "?groupId=" + otherGroup))).containsExactly(otherSheet);
        assertThat(ids(api.get(sheets + "?groupId=" + group + "&state=SUBMITTED")))
                .containsExactly(firstSheet);
        assertThat(api.get(sheets + "?groupId=" + group + "&state=DRAFT")).isEmpty();
        assertThat(ids(api.get(sheets + "?state=DRAFT"))).containsExactly(otherSheet);
        CampaignsApi reviewer = api.as(TestTokens.reviewer(List.of(group)));
        assertThat(ids(reviewer.get(sheets))).containsExactly(firstSheet);
        assertThat(reviewer.get(sheets + "?groupId=" + otherGroup))
                .as("a group it does not review")
                .isEmpty();

        JsonNode found = reviewer.get("/api/v1/score-sheets/" + firstSheet);
        assertThat(found.get("campaignId").asText()).isEqualTo(id);
        assertThat(found.get("period").asText()).isEqualTo("MID_YEAR");
        assertThat(found.get("entries")).hasSize(3);
        reviewer.problem(HttpRequest.GET("/api/v1/score-sheets/" + otherSheet), 403);
        api.problem(HttpRequest.GET("/api/v1/score-sheets/" + UUID.randomUUID()), 404);

        CampaignsApi officer = api.as(TestTokens.unitOfficer(first));
        assertThat(ids(officer.get("/api/v1/score-sheets")))
                .as("its unit's sheets anywhere")
                .containsExactly(firstSheet);
        assertThat(ids(officer.get("/api/v1/score-sheets?unitId=" + first + "&campaignId=" + id)))
                .containsExactly(firstSheet);
        assertThat(officer.get("/api/v1/score-sheets?unitId=" + other)).isEmpty();
        assertThat(officer.get("/api/v1/score-sheets?campaignId=" + id + "&period=YEAR_END"))
                .isEmpty();
        assertThat(ids(api.get("/api/v1/score-sheets?campaignId=" + id + "&groupId=" + otherGroup)))
                .containsExactly(otherSheet);
        assertThat(api.as(TestTokens.viewer()).get("/api/v1/score-sheets")).isEmpty();
    }

    @Test
    void theRankingAndItsEventNameTheUnitsAndGroupsAndKeepTiesVisible() {
        Map<String, String> units = new LinkedHashMap<>();
        for (String code : List.of("RK-1", "RK-2", "RK-3")) {
            units.put(api.unit(code, Instant.now()), "Đơn vị " + code);
        }
        List<String> unitIds = new ArrayList<>(units.keySet());
        String group = api.group("RK-G", YEAR, unitIds);
        String id = launched("PT-XH", group, units.keySet());
        String base = "/api/v1/campaigns/" + id;
        List<Integer> totals = List.of(80, 80, 70);
        List<String> registrations = new ArrayList<>();
        for (String unit : unitIds) {
            String registration = api.post(base + "/registrations", registration(unit))
                    .get("id")
                    .asText();
            api.post(base + "/registrations/" + registration + "/accept", null);
            registrations.add(registration);
        }
        api.post(base + "/start", null);
        for (int i = 0; i < unitIds.size(); i++) {
            String sheets = base + "/periods/MID_YEAR/score-sheets";
            String sheet = sheets + "/"
                    + api.post(
                                    sheets,
                                    Map.of("registrationId", registrations.get(i), "entries", entries(totals.get(i))))
                            .get("id")
                            .asText();
            api.post(sheet + "/submit", null);
            api.post(sheet + "/review", Map.of("entries", List.of()));
            api.post(sheet + "/approve", null);
        }

        api.post(base + "/periods/MID_YEAR/finalize", Map.of());

        JsonNode ranking = api.as(TestTokens.viewer()).get(base + "/periods/MID_YEAR/ranking");
        JsonNode ranked = ranking.get("groups").get(0);
        assertThat(ranked.get("groupName").asText()).isEqualTo("Khối thi đua RK-G");
        List<String> tied = unitIds.subList(0, 2).stream().sorted().toList();
        assertThat(rows(ranked.get("entries")))
                .containsExactly(
                        tied.get(0) + " " + units.get(tied.get(0)) + " 80 1",
                        tied.get(1) + " " + units.get(tied.get(1)) + " 80 1",
                        unitIds.get(2) + " " + units.get(unitIds.get(2)) + " 70 3");

        await().atMost(Duration.ofSeconds(30)).until(() -> !finalizedEvents(id).isEmpty());
        ConsumerRecord<String, byte[]> record = finalizedEvents(id).get(0);
        assertThat(EventSchemas.violations(ReviewPeriodFinalized.TYPE, record.value()))
                .isEmpty();
        JsonNode event = CampaignsApi.read(record.value()).get("rankings").get(0);
        assertThat(event.get("groupName").asText()).isEqualTo("Khối thi đua RK-G");
        assertThat(rows(event.get("entries"))).isEqualTo(rows(ranked.get("entries")));
    }

    @Test
    void theProgressBoardShowsEachUnitsStepsAndRemindNowRemindsTheUnitsThatAreLate() {
        String early = api.unit("PB-1", Instant.now());
        String late = api.unit("PB-2", Instant.now());
        String later = api.unit("PB-3", Instant.now());
        String group = api.group("PB-G", YEAR, List.of(early, late, later));
        String id = launched("PT-TIEN-DO", group, Set.of(early, late, later));
        String base = "/api/v1/campaigns/" + id;
        String registration =
                api.post(base + "/registrations", registration(early)).get("id").asText();
        String covenant = api.post(
                        base + "/covenants",
                        Map.of(
                                "groupId",
                                group,
                                "text",
                                "Giao ước thi đua",
                                "targets",
                                List.of(Map.of("description", "Hoàn thành nhiệm vụ"))))
                .get("id")
                .asText();
        api.post(base + "/covenants/" + covenant + "/sign", Map.of("unitId", early));

        Map<String, JsonNode> board = board(id);
        assertThat(board).containsOnlyKeys(early, late, later);
        JsonNode first = board.get(early);
        assertThat(first.get("unitName").asText()).isEqualTo("Đơn vị PB-1");
        assertThat(first.get("groups").get(0).get("groupId").asText()).isEqualTo(group);
        assertThat(first.get("groups").get(0).get("groupName").asText()).isEqualTo("Khối thi đua PB-G");
        assertThat(first.get("registration").get("id").asText()).isEqualTo(registration);
        assertThat(first.get("registration").get("state").asText()).isEqualTo("SUBMITTED");
        assertThat(first.get("covenantSigned").asBoolean()).isTrue();
        assertThat(first.get("midYear").isNull()).isTrue();
        assertThat(first.get("lastReminder").isNull()).isTrue();
        assertThat(board.get(late).get("registration").isNull()).isTrue();
        assertThat(board.get(late).get("covenantSigned").asBoolean()).isFalse();

        // remind now: the two units that have not registered, one reminder each, recorded for the board
        JsonNode reminded = api.post(base + "/reminders", null);
        assertThat(reminded.get("reminded").asInt()).isEqualTo(2);
        assertThat(texts(reminded.get("unitIds"))).containsExactlyInAnyOrder(late, later);
        await().atMost(Duration.ofSeconds(30)).until(() -> deadlineEvents(id).size() == 2);
        List<JsonNode> sent = deadlineEvents(id).stream()
                .peek(r -> assertThat(EventSchemas.violations(DeadlineApproaching.TYPE, r.value()))
                        .isEmpty())
                .map(r -> CampaignsApi.read(r.value()))
                .toList();
        assertThat(sent).extracting(e -> e.get("unitId").asText()).containsExactlyInAnyOrder(late, later);
        assertThat(sent)
                .extracting(
                        e -> e.get("kind").asText() + "/" + e.get("daysLeft").asInt())
                .containsOnly("REGISTRATION/5");
        board = board(id);
        assertThat(board.get(late).get("lastReminder").get("byHand").asBoolean())
                .isTrue();
        assertThat(board.get(late).get("lastReminder").get("kind").asText()).isEqualTo("REGISTRATION");
        assertThat(board.get(early).get("lastReminder").isNull()).isTrue();

        // the schedule's own reminder comes later and is the last one now
        assertThat(reminders.remind(id, TODAY)).isEqualTo(2);
        assertThat(board(id).get(late).get("lastReminder").get("byHand").asBoolean())
                .isFalse();

        // in progress: the accepted unit without a submitted mid-year sheet, of that sheet
        api.post(base + "/registrations/" + registration + "/accept", null);
        api.post(base + "/start", null);
        JsonNode sheetDue = api.post(base + "/reminders", null);
        assertThat(texts(sheetDue.get("unitIds"))).containsExactly(early);
        await().atMost(Duration.ofSeconds(30)).until(() -> deadlineEvents(id).size() == 5);
        JsonNode last = CampaignsApi.read(deadlineEvents(id).get(4).value());
        assertThat(last.get("kind").asText()).isEqualTo("SCORE_SHEET");
        assertThat(last.get("period").asText()).isEqualTo("MID_YEAR");
        JsonNode progress = board(id).get(early);
        assertThat(progress.get("lastReminder").get("period").asText()).isEqualTo("MID_YEAR");
        assertThat(progress.get("registration").get("state").asText()).isEqualTo("ACCEPTED");
    }

    @Test
    void remindNowIsRefusedForACampaignThatDoesNotRun() {
        String group = api.group("PB-DRAFT", YEAR, List.of(api.unit("PB-D", Instant.now())));
        String draft = api.post("/api/v1/campaigns", campaign("PT-NHAP", TODAY.plusDays(5), List.of(group)))
                .get("id")
                .asText();
        api.conflict("/api/v1/campaigns/" + draft + "/reminders", null, "DRAFT");
        String cancelled = launched("PT-HUY-NHAC", group, null);
        api.post("/api/v1/campaigns/" + cancelled + "/cancel", Map.of("reason", "Thay đổi kế hoạch"));
        JsonNode problem =
                api.refused("POST", "/api/v1/campaigns/" + cancelled + "/reminders", null, HttpStatus.CONFLICT);
        assertThat(problem.get("currentState").asText()).isEqualTo("CANCELLED");
        assertThat(problem.get("detail").asText())
                .isEqualTo("The campaign has been cancelled: it has no deadline to remind units of");
        CampaignsApi.assertDescribesNoInternals(problem);
        api.problem(HttpRequest.POST("/api/v1/campaigns/" + UUID.randomUUID() + "/reminders", null), 404);
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    /** A campaign of next year, its dates in that emulation year (ADR 21). */
    private static Map<String, Object> nextYear(String code, String group) {
        int year = YEAR + 1;
        Map<String, Object> body = new LinkedHashMap<>(campaign(code, TODAY.plusDays(5), List.of(group)));
        body.put("year", year);
        body.put("startDate", LocalDate.of(year - 1, 12, 1).toString());
        body.put("registrationDeadline", LocalDate.of(year - 1, 12, 20).toString());
        body.put("endDate", LocalDate.of(year + 1, 1, 31).toString());
        body.put(
                "periods",
                List.of(
                        Map.of(
                                "period",
                                "MID_YEAR",
                                "endDate",
                                LocalDate.of(year, 6, 30).toString(),
                                "submissionDeadline",
                                LocalDate.of(year, 7, 15).toString()),
                        Map.of(
                                "period",
                                "YEAR_END",
                                "endDate",
                                LocalDate.of(year, 12, 31).toString(),
                                "submissionDeadline",
                                LocalDate.of(year + 1, 1, 15).toString())));
        return body;
    }

    private String launched(String code, String group, Set<String> scope) {
        return launched(code, List.of(group), scope);
    }

    /** A launched campaign of these groups, registration open for five more days, once its scope is {@code scope}. */
    private String launched(String code, List<String> groups, Set<String> scope) {
        String id = api.post("/api/v1/campaigns", campaign(code, TODAY.plusDays(5), groups))
                .get("id")
                .asText();
        if (scope != null) {
            api.awaitScope(id, scope);
        }
        api.post("/api/v1/campaigns/" + id + "/launch", null);
        return id;
    }

    private Map<String, JsonNode> board(String campaignId) {
        JsonNode board = api.get("/api/v1/campaigns/" + campaignId + "/progress");
        assertThat(board.get("campaignId").asText()).isEqualTo(campaignId);
        Map<String, JsonNode> byUnit = new LinkedHashMap<>();
        board.get("units").forEach(u -> byUnit.put(u.get("unitId").asText(), u));
        return byUnit;
    }

    private List<ConsumerRecord<String, byte[]>> launchedEvents(String campaignId) {
        return campaignsTopic.withKey(campaignId).stream()
                .filter(r -> CampaignLaunched.TYPE.equals(Headers.of(r, "ce_type")))
                .toList();
    }

    private List<ConsumerRecord<String, byte[]>> deadlineEvents(String campaignId) {
        return campaignsTopic.withKey(campaignId).stream()
                .filter(r -> DeadlineApproaching.TYPE.equals(Headers.of(r, "ce_type")))
                .toList();
    }

    private List<ConsumerRecord<String, byte[]>> finalizedEvents(String campaignId) {
        return reviewsTopic.withKey(campaignId).stream()
                .filter(r -> ReviewPeriodFinalized.TYPE.equals(Headers.of(r, "ce_type")))
                .toList();
    }

    /** The ids of a list's items. */
    private static List<String> ids(JsonNode items) {
        return StreamSupport.stream(items.spliterator(), false)
                .map(i -> i.get("id").asText())
                .toList();
    }

    /** The texts of a list of strings. */
    private static List<String> texts(JsonNode strings) {
        return StreamSupport.stream(strings.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }

    /** "unitId unitName points rank" per ranking entry. */
    private static List<String> rows(JsonNode entries) {
        return StreamSupport.stream(entries.spliterator(), false)
                .map(e -> e.get("unitId").asText() + " "
                        + e.get("unitName").asText() + " "
                        + new BigDecimal(e.get("totalPoints").asText())
                                .stripTrailingZeros()
                                .toPlainString() + " " + e.get("rank").asInt())
                .toList();
    }
}
