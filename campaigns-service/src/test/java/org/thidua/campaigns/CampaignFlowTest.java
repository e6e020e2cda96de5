package org.thidua.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.thidua.campaigns.CampaignsApi.TODAY;
import static org.thidua.campaigns.CampaignsApi.YEAR;
import static org.thidua.campaigns.CampaignsApi.campaign;
import static org.thidua.campaigns.CampaignsApi.entries;
import static org.thidua.campaigns.CampaignsApi.entry;
import static org.thidua.campaigns.CampaignsApi.fields;
import static org.thidua.campaigns.CampaignsApi.registration;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.thidua.contracts.EventSchemas;
import org.thidua.contracts.Topics;
import org.thidua.contracts.campaigns.CampaignClosed;
import org.thidua.contracts.campaigns.CampaignLaunched;
import org.thidua.contracts.campaigns.CampaignStarted;
import org.thidua.contracts.campaigns.CovenantOpened;
import org.thidua.contracts.campaigns.CovenantSigned;
import org.thidua.contracts.groups.GroupMembershipChanged;
import org.thidua.contracts.registrations.RegistrationAccepted;
import org.thidua.contracts.registrations.RegistrationReturned;
import org.thidua.contracts.registrations.RegistrationSubmitted;
import org.thidua.contracts.registrations.RegistrationWithdrawn;
import org.thidua.contracts.registrations.ScoreSheetApproved;
import org.thidua.contracts.registrations.ScoreSheetReturned;
import org.thidua.contracts.registrations.ScoreSheetSubmitted;
import org.thidua.contracts.units.UnitDeactivated;
import org.thidua.contracts.units.UnitRegistered;
import org.thidua.testing.Headers;
import org.thidua.testing.RealInfrastructure;
import org.thidua.testing.TopicReader;

/**
 * The year of one campaign through the HTTP API, against the real broker and database: launch, registrations,
 * a covenant, mid-year and year-end score sheets, finalising, and the ranking events with ties; every refusal on
 * the way is a problem that writes and publishes nothing.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignFlowTest implements RealInfrastructure {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    private CampaignsApi api;
    private final TopicReader campaigns = new TopicReader(Topics.CAMPAIGNS);
    private final TopicReader registrations = new TopicReader(Topics.REGISTRATIONS);
    private final TopicReader reviews = new TopicReader(Topics.REVIEWS);

    /** Block 1: units a..e, then z joins; block 2: f, g, h. x is in no group, y is deactivated. */
    private final Map<String, String> units = new LinkedHashMap<>();

    private String block1;
    private String block2;
    private List<String> block1Members;
    private String memberOfA;

    @BeforeAll
    void feedTheProjection() {
        api = new CampaignsApi(client.toBlocking(), jdbc, transactions);
        Instant earlier = Instant.now().minusSeconds(3600);
        for (String name : List.of("a", "b", "c", "d", "e", "f", "g", "h", "x", "y", "z")) {
            units.put(name, UUID.randomUUID().toString());
        }
        block1Members = new ArrayList<>(List.of(
                units.get("a"), units.get("b"), units.get("c"), units.get("d"), units.get("e"), units.get("y")));
        // groups before their units: the projection keeps memberships of units it does not know yet
        block1 = api.group("KHOI-I", YEAR, block1Members);
        block2 = api.group("KHOI-II", YEAR, List.of(units.get("f"), units.get("g"), units.get("h")));
        units.forEach((name, id) -> {
            if (!name.equals("y")) {
                api.send(new UnitRegistered(
                        id, "DV-" + name.toUpperCase(), "Đơn vị " + name, null, "vi", true, earlier));
            }
        });
        // y: deactivated, then an older registration arrives late; it must stay inactive
        api.send(new UnitDeactivated(units.get("y"), "Sáp nhập", Instant.now()));
        api.send(new UnitRegistered(units.get("y"), "DV-Y", "Đơn vị y", null, "vi", true, earlier));
        memberOfA = api.member(units.get("a"), "Nguyễn Văn An");
    }

    @AfterAll
    void close() {
        api.close();
        campaigns.close();
        registrations.close();
        reviews.close();
    }

    @Test
    void aCampaignYearFromLaunchToTheRankings() {
        // --- a draft, frozen at launch --------------------------------------------------------------------------
        JsonNode created =
                api.post("/api/v1/campaigns", campaign("PT-2019", TODAY.plusDays(10), List.of(block1, block2)));
        String id = created.get("id").asText();
        String base = "/api/v1/campaigns/" + id;
        assertThat(created.get("state").asText()).isEqualTo("DRAFT");
        assertThat(created.get("criteria")).hasSize(3);
        assertThat(fields(api.refused(
                        "POST", "/api/v1/campaigns", campaign("PT-2019", TODAY, List.of(block1)), HttpStatus.CONFLICT)))
                .containsExactly("code");
        api.conflict(base + "/start", null, "DRAFT");
        api.conflict(base + "/close", null, "DRAFT");
        api.conflict(base + "/registrations", registration(units.get("a")), "DRAFT");
        api.put(base + "/criteria", CampaignsApi.criteria());

        api.awaitScope(
                id,
                Set.of(
                        units.get("a"),
                        units.get("b"),
                        units.get("c"),
                        units.get("d"),
                        units.get("e"),
                        units.get("f"),
                        units.get("g"),
                        units.get("h")));
        assertThat(api.post(base + "/launch", null).get("state").asText()).isEqualTo("LAUNCHED");
        api.conflict(base + "/launch", null, "LAUNCHED");
        JsonNode frozen = api.refused("PUT", base + "/criteria", CampaignsApi.criteria(), HttpStatus.CONFLICT);
        assertThat(frozen.get("currentState").asText()).isEqualTo("LAUNCHED");
        api.refused("PUT", base, campaign("PT-2019", TODAY, List.of(block1)), HttpStatus.CONFLICT);

        // --- registrations --------------------------------------------------------------------------------------
        Map<String, String> registrationOf = new HashMap<>();
        for (String name : List.of("a", "b", "c", "d", "e", "f", "g", "h")) {
            JsonNode registered = api.post(
                    base + "/registrations",
                    name.equals("a")
                            ? registration(units.get(name), List.of(memberOfA))
                            : registration(units.get(name)));
            assertThat(registered.get("state").asText()).isEqualTo("SUBMITTED");
            registrationOf.put(name, registered.get("id").asText());
        }
        assertThat(fields(api.refused(
                        "POST", base + "/registrations", registration(units.get("a")), HttpStatus.CONFLICT)))
                .containsExactly("unitId");
        api.refused("POST", base + "/registrations", registration(units.get("x")), HttpStatus.UNPROCESSABLE_ENTITY);
        api.refused("POST", base + "/registrations", registration(units.get("y")), HttpStatus.UNPROCESSABLE_ENTITY);
        api.refused(
                "POST",
                base + "/registrations",
                registration(UUID.randomUUID().toString()),
                HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(fields(api.refused(
                        "POST",
                        base + "/registrations",
                        Map.of("unitId", "not-a-uuid", "commitments", List.of()),
                        HttpStatus.BAD_REQUEST)))
                .containsExactly("commitments", "unitId");

        // z joins block 1 after the launch: it is in scope from then on
        block1Members.add(units.get("z"));
        api.send(new GroupMembershipChanged(
                block1, YEAR, block1Members, List.of(units.get("z")), List.of(), Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> api.scope(id).contains(units.get("z")));
        registrationOf.put(
                "z",
                api.post(base + "/registrations", registration(units.get("z")))
                        .get("id")
                        .asText());

        String b = base + "/registrations/" + registrationOf.get("b");
        assertThat(fields(api.refused("POST", b + "/return", Map.of(), HttpStatus.BAD_REQUEST)))
                .containsExactly("reason");
        assertThat(api.post(b + "/return", Map.of("reason", "Thiếu chỉ tiêu về cải cách hành chính"))
                        .get("state")
                        .asText())
                .isEqualTo("RETURNED");
        api.conflict(b + "/accept", null, "RETURNED");
        assertThat(api.put(
                                b,
                                Map.of(
                                        "commitments",
                                        List.of("Hoàn thành 100% chỉ tiêu", "Cải cách hành chính"),
                                        "collectiveTitle",
                                        "TTLDTT"))
                        .get("state")
                        .asText())
                .isEqualTo("SUBMITTED");
        String h = base + "/registrations/" + registrationOf.get("h");
        assertThat(api.post(h + "/withdraw", Map.of("reason", "Đơn vị sáp nhập"))
                        .get("state")
                        .asText())
                .isEqualTo("WITHDRAWN");
        api.conflict(h + "/accept", null, "WITHDRAWN");
        api.conflict(h + "/withdraw", Map.of(), "WITHDRAWN");
        for (String name : List.of("a", "b", "c", "d", "e", "f", "g", "z")) {
            api.post(base + "/registrations/" + registrationOf.get(name) + "/accept", null);
        }
        api.conflict(base + "/registrations/" + registrationOf.get("a") + "/accept", null, "ACCEPTED");
        assertThat(api.get(base + "/registrations?state=ACCEPTED&size=100")).hasSize(8);
        assertThat(api.get(base + "/registrations?page=1&size=5")).hasSize(4);

        // --- an inspection, visible on the registration ---------------------------------------------------------
        api.post(
                base + "/inspections",
                Map.of(
                        "registrationId",
                        registrationOf.get("c"),
                        "inspectedOn",
                        TODAY.toString(),
                        "inspector",
                        "Đoàn kiểm tra Ban Thi đua",
                        "findings",
                        "Hồ sơ đầy đủ",
                        "rating",
                        "GOOD"));
        assertThat(api.get(base + "/registrations/" + registrationOf.get("c"))
                        .get("inspections")
                        .get(0)
                        .get("findings")
                        .asText())
                .isEqualTo("Hồ sơ đầy đủ");
        assertThat(fields(api.refused(
                        "POST",
                        base + "/inspections",
                        Map.of(
                                "registrationId",
                                "nope",
                                "inspectedOn",
                                TODAY.toString(),
                                "inspector",
                                "X",
                                "findings",
                                "Y",
                                "rating",
                                "GOOD"),
                        HttpStatus.BAD_REQUEST)))
                .containsExactly("registrationId");

        // --- the covenant of block 2: f, g and h (h withdrew its registration but is still a member) ------------
        JsonNode covenant = api.post(
                base + "/covenants",
                Map.of(
                        "groupId",
                        block2,
                        "text",
                        "Giao ước thi đua năm " + YEAR,
                        "targets",
                        List.of(Map.of("code", "T1", "description", "100% đơn vị hoàn thành nhiệm vụ"))));
        String covenantPath = base + "/covenants/" + covenant.get("id").asText();
        assertThat(covenant.get("parties")).hasSize(3);
        api.refused(
                "POST",
                base + "/covenants",
                Map.of("groupId", block2, "text", "Lần hai", "targets", List.of(Map.of("description", "x"))),
                HttpStatus.CONFLICT);
        api.post(covenantPath + "/sign", Map.of("unitId", units.get("f")));
        api.refused("POST", covenantPath + "/sign", Map.of("unitId", units.get("f")), HttpStatus.CONFLICT);
        api.refused("POST", covenantPath + "/sign", Map.of("unitId", units.get("a")), HttpStatus.UNPROCESSABLE_ENTITY);
        api.post(covenantPath + "/sign", Map.of("unitId", units.get("g")));
        assertThat(api.post(covenantPath + "/sign", Map.of("unitId", units.get("h")))
                        .get("state")
                        .asText())
                .isEqualTo("SIGNED");

        assertThat(api.post(base + "/start", null).get("state").asText()).isEqualTo("IN_PROGRESS");
        api.conflict(base + "/cancel", Map.of("reason", "Quá muộn"), "IN_PROGRESS");

        // --- mid-year sheets: block 1 ranks e 1, b 2, c 2, a 4, d 5; block 2: f 1, g 1; z is excluded ----------
        String midYear = base + "/periods/MID_YEAR/score-sheets";
        JsonNode tooMany = api.refused(
                "POST",
                midYear,
                Map.of(
                        "registrationId",
                        registrationOf.get("a"),
                        "entries",
                        List.of(entry("A1", new BigDecimal("40.01")), entry("A2", 10))),
                HttpStatus.BAD_REQUEST);
        assertThat(fields(tooMany)).containsExactly("entries[0].points");
        api.refused(
                "POST",
                midYear,
                Map.of("registrationId", registrationOf.get("a"), "entries", List.of(entry("Z9", 1))),
                HttpStatus.BAD_REQUEST);
        api.conflict(midYear, Map.of("registrationId", registrationOf.get("h"), "entries", entries(50)), "WITHDRAWN");
        assertThat(fields(api.refused(
                        "POST",
                        midYear,
                        Map.of(
                                "registrationId",
                                registrationOf.get("a"),
                                "entries",
                                entries(1),
                                "memberOutcomes",
                                List.of(outcome(UUID.randomUUID().toString()))),
                        HttpStatus.BAD_REQUEST)))
                .as("only the year-end sheet carries member outcomes")
                .containsExactly("memberOutcomes");

        Map<String, Integer> selfPoints = Map.of("a", 85, "b", 85, "c", 85, "d", 70, "e", 95, "f", 88, "g", 88);
        Map<String, String> sheetOf = new HashMap<>();
        for (var unit : selfPoints.entrySet()) {
            sheetOf.put(
                    unit.getKey(),
                    api.post(
                                    midYear,
                                    Map.of(
                                            "registrationId",
                                            registrationOf.get(unit.getKey()),
                                            "entries",
                                            entries(unit.getValue())))
                            .get("id")
                            .asText());
        }
        String zSheet = api.post(
                        midYear, Map.of("registrationId", registrationOf.get("z"), "entries", List.of(entry("A1", 10))))
                .get("id")
                .asText();
        api.refused(
                "POST",
                midYear,
                Map.of("registrationId", registrationOf.get("a"), "entries", entries(10)),
                HttpStatus.CONFLICT);
        api.refused("POST", midYear + "/" + zSheet + "/submit", null, HttpStatus.UNPROCESSABLE_ENTITY);
        api.conflict(midYear + "/" + sheetOf.get("a") + "/approve", null, "DRAFT");
        api.conflict(midYear + "/" + sheetOf.get("a") + "/return", Map.of("reason", "x"), "DRAFT");

        for (String name : selfPoints.keySet()) {
            String sheet = midYear + "/" + sheetOf.get(name);
            assertThat(api.post(sheet + "/submit", null).get("state").asText()).isEqualTo("SUBMITTED");
        }
        String aSheet = midYear + "/" + sheetOf.get("a");
        api.refused("PUT", aSheet, Map.of("entries", entries(90)), HttpStatus.CONFLICT);
        assertThat(fields(api.refused("POST", aSheet + "/return", Map.of("reason", " "), HttpStatus.BAD_REQUEST)))
                .containsExactly("reason");
        // d: returned to DRAFT, corrected, submitted again
        String dSheet = midYear + "/" + sheetOf.get("d");
        assertThat(api.post(dSheet + "/return", Map.of("reason", "Thiếu minh chứng"))
                        .get("state")
                        .asText())
                .isEqualTo("DRAFT");
        api.put(dSheet, Map.of("entries", entries(70)));
        api.post(dSheet + "/submit", null);

        api.refused("POST", aSheet + "/review", Map.of("entries", List.of(entry("A1", 41))), HttpStatus.BAD_REQUEST);
        JsonNode reviewed = api.post(
                aSheet + "/review",
                Map.of(
                        "entries",
                        List.of(Map.of("criterionCode", "A1", "points", 35, "note", "Chưa đạt chỉ tiêu quý II"))));
        assertThat(reviewed.get("state").asText()).isEqualTo("REVIEWED");
        assertThat(reviewed.get("reviewedTotal").decimalValue()).isEqualByComparingTo("80");
        JsonNode aEntries = api.get(aSheet).get("entries");
        JsonNode a1 = aEntries.get(0).get("criterionCode").asText().equals("A1") ? aEntries.get(0) : aEntries.get(1);
        assertThat(a1.get("selfPoints").decimalValue())
                .as("the unit's own value stays")
                .isEqualByComparingTo("40");
        assertThat(a1.get("reviewedPoints").decimalValue()).isEqualByComparingTo("35");
        // a review returned one step (REVIEWED -> SUBMITTED), reviewed again
        assertThat(api.post(aSheet + "/return", Map.of("reason", "Xem lại tiêu chí A1"))
                        .get("state")
                        .asText())
                .isEqualTo("SUBMITTED");
        api.post(aSheet + "/review", Map.of("entries", List.of(Map.of("criterionCode", "A1", "points", 35))));
        for (String name : selfPoints.keySet()) {
            String sheet = midYear + "/" + sheetOf.get(name);
            if (!name.equals("a")) {
                api.post(sheet + "/review", Map.of("entries", List.of()));
            }
            assertThat(api.post(sheet + "/approve", null).get("state").asText()).isEqualTo("APPROVED");
        }
        api.conflict(aSheet + "/approve", null, "APPROVED");
        api.conflict(aSheet + "/return", Map.of("reason", "Muộn"), "APPROVED");
        api.refused("PUT", aSheet, Map.of("entries", entries(90)), HttpStatus.CONFLICT);

        String finalizeMidYear = base + "/periods/MID_YEAR/finalize";
        assertThat(api.refused("POST", finalizeMidYear, Map.of(), HttpStatus.UNPROCESSABLE_ENTITY)
                        .get("detail")
                        .asText())
                .contains(units.get("z"));
        assertThat(fields(api.refused(
                        "POST",
                        finalizeMidYear,
                        Map.of("excludedUnitIds", List.of(units.get("z"))),
                        HttpStatus.BAD_REQUEST)))
                .containsExactly("reason");
        api.refused("POST", base + "/periods/MID_YEAR/ranking", null, HttpStatus.METHOD_NOT_ALLOWED);
        JsonNode ranking = api.post(
                finalizeMidYear,
                Map.of("excludedUnitIds", List.of(units.get("z")), "reason", "Chưa hoàn thành bảng chấm điểm"));
        assertThat(ranks(ranking, block1))
                .containsExactly(
                        Map.entry(units.get("e"), 1),
                        Map.entry(min(units.get("b"), units.get("c")), 2),
                        Map.entry(max(units.get("b"), units.get("c")), 2),
                        Map.entry(units.get("a"), 4),
                        Map.entry(units.get("d"), 5));
        assertThat(ranks(ranking, block2))
                .containsExactly(
                        Map.entry(min(units.get("f"), units.get("g")), 1),
                        Map.entry(max(units.get("f"), units.get("g")), 1));
        assertThat(ranking.get("excluded").get(0).get("unitId").asText()).isEqualTo(units.get("z"));
        assertThat(api.get(base + "/periods/MID_YEAR/ranking")).isEqualTo(ranking);
        api.conflict(finalizeMidYear, Map.of(), "FINALIZED");
        api.conflict(midYear + "/" + zSheet + "/submit", null, "FINALIZED");
        api.refused("PUT", midYear + "/" + zSheet, Map.of("entries", entries(50)), HttpStatus.CONFLICT);
        api.refused("POST", base + "/close", null, HttpStatus.UNPROCESSABLE_ENTITY);

        // --- year end: the sheets carry member outcomes; a tie at the top of block 1 -----------------------------
        String yearEnd = base + "/periods/YEAR_END/score-sheets";
        String member = memberOfA;
        Map<String, Integer> yearEndPoints =
                Map.of("a", 90, "b", 90, "c", 80, "d", 70, "e", 60, "f", 75, "g", 95, "z", 50);
        for (var unit : yearEndPoints.entrySet()) {
            Map<String, Object> body = new HashMap<>(Map.of(
                    "registrationId",
                    registrationOf.get(unit.getKey()),
                    "entries",
                    entries(unit.getValue()),
                    "unitTaskRating",
                    "EXCELLENT"));
            if (unit.getKey().equals("a")) {
                body.put("memberOutcomes", List.of(outcome(member)));
            }
            String sheet = yearEnd + "/" + api.post(yearEnd, body).get("id").asText();
            api.post(sheet + "/submit", null);
            api.post(sheet + "/review", Map.of("entries", List.of()));
            api.post(sheet + "/approve", null);
        }
        JsonNode yearEndRanking = api.post(base + "/periods/YEAR_END/finalize", null);
        assertThat(ranks(yearEndRanking, block1))
                .containsExactly(
                        Map.entry(min(units.get("a"), units.get("b")), 1),
                        Map.entry(max(units.get("a"), units.get("b")), 1),
                        Map.entry(units.get("c"), 3),
                        Map.entry(units.get("d"), 4),
                        Map.entry(units.get("e"), 5),
                        Map.entry(units.get("z"), 6));
        assertThat(api.post(base + "/close", null).get("state").asText()).isEqualTo("CLOSED");
        api.conflict(base + "/cancel", Map.of("reason", "x"), "CLOSED");
        api.conflict(base + "/start", null, "CLOSED");

        // --- what the other services saw -------------------------------------------------------------------------
        await().atMost(Duration.ofSeconds(30))
                .until(() -> campaigns.withKey(id).stream()
                        .anyMatch(r -> CampaignClosed.TYPE.equals(Headers.of(r, "ce_type"))));
        List<ConsumerRecord<String, byte[]>> campaignEvents = campaigns.withKey(id);
        assertThat(campaignEvents)
                .extracting(r -> Headers.of(r, "ce_type"))
                .containsExactly(
                        CampaignLaunched.TYPE,
                        CovenantOpened.TYPE,
                        CovenantSigned.TYPE,
                        CampaignStarted.TYPE,
                        CampaignClosed.TYPE);
        campaignEvents.forEach(CampaignFlowTest::assertValid);
        JsonNode launched = CampaignsApi.read(campaignEvents.get(0).value());
        assertThat(launched.get("scope").get("groupIds")).hasSize(2);
        assertThat(launched.get("registrationDeadline").asText())
                .isEqualTo(TODAY.plusDays(10).toString());
        assertThat(launched.get("periods")).hasSize(2);
        assertThat(CampaignsApi.read(campaignEvents.get(2).value()).get("unitIds"))
                .hasSize(3);

        Set<String> ours = Set.copyOf(registrationOf.values());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> registrations.poll(r -> ours.contains(r.key())).stream()
                                .filter(r -> ScoreSheetApproved.TYPE.equals(Headers.of(r, "ce_type")))
                                .count()
                        == 15);
        List<ConsumerRecord<String, byte[]>> registrationEvents = registrations.poll(r -> ours.contains(r.key()));
        registrationEvents.forEach(CampaignFlowTest::assertValid);
        assertThat(registrationEvents)
                .extracting(r -> Headers.of(r, "ce_type"))
                .contains(
                        RegistrationSubmitted.TYPE,
                        RegistrationReturned.TYPE,
                        RegistrationAccepted.TYPE,
                        RegistrationWithdrawn.TYPE,
                        ScoreSheetSubmitted.TYPE,
                        ScoreSheetReturned.TYPE,
                        ScoreSheetApproved.TYPE);
        assertThat(registrationEvents.stream()
                        .filter(r -> RegistrationSubmitted.TYPE.equals(Headers.of(r, "ce_type")))
                        .count())
                .as("9 registrations and b's resubmission")
                .isEqualTo(10);

        await().atMost(Duration.ofSeconds(30)).until(() -> reviews.withKey(id).size() == 2);
        List<ConsumerRecord<String, byte[]>> finalized = reviews.withKey(id);
        finalized.forEach(CampaignFlowTest::assertValid);
        JsonNode mid = CampaignsApi.read(finalized.get(0).value());
        assertThat(mid.get("period").asText()).isEqualTo("MID_YEAR");
        assertThat(mid.get("memberOutcomes")).isEmpty();
        assertThat(eventRanks(mid, block1)).containsExactly(1, 2, 2, 4, 5);
        assertThat(eventRanks(mid, block2)).containsExactly(1, 1);
        assertThat(mid.get("excluded").get(0).get("reason").asText()).isEqualTo("Chưa hoàn thành bảng chấm điểm");
        JsonNode end = CampaignsApi.read(finalized.get(1).value());
        assertThat(eventRanks(end, block1)).containsExactly(1, 1, 3, 4, 5, 6);
        assertThat(eventRanks(end, block2)).containsExactly(1, 2);
        assertThat(end.get("memberOutcomes")).hasSize(8);
        assertThat(end.get("campaignKind").asText()).isEqualTo("REGULAR");
        JsonNode aOutcomes = null;
        for (JsonNode unit : end.get("memberOutcomes")) {
            if (unit.get("unitId").asText().equals(units.get("a"))) {
                aOutcomes = unit;
            }
        }
        assertThat(aOutcomes.get("unitTaskRating").asText()).isEqualTo("EXCELLENT");
        assertThat(aOutcomes.get("members").get(0).get("memberId").asText()).isEqualTo(member);
        assertThat(aOutcomes
                        .get("members")
                        .get(0)
                        .get("initiative")
                        .get("title")
                        .asText())
                .isEqualTo("Số hoá hồ sơ thi đua");
    }

    private static Map<String, Object> outcome(String memberId) {
        return Map.of(
                "memberId",
                memberId,
                "taskRating",
                "EXCELLENT",
                "initiative",
                Map.of("recognised", true, "title", "Số hoá hồ sơ thi đua", "level", "BASE"),
                "discipline",
                "NONE");
    }

    private static void assertValid(ConsumerRecord<String, byte[]> record) {
        String type = Headers.of(record, "ce_type");
        assertThat(EventSchemas.violations(type, record.value())).as(type).isEmpty();
        assertThat(Headers.of(record, "ce_source")).isEqualTo("/campaigns-service");
        assertThat(Headers.of(record, "ce_subject")).isEqualTo(record.key());
    }

    private static List<Map.Entry<String, Integer>> ranks(JsonNode ranking, String groupId) {
        for (JsonNode group : ranking.get("groups")) {
            if (group.get("groupId").asText().equals(groupId)) {
                List<Map.Entry<String, Integer>> entries = new ArrayList<>();
                group.get("entries")
                        .forEach(e -> entries.add(Map.entry(
                                e.get("unitId").asText(), e.get("rank").asInt())));
                return entries;
            }
        }
        throw new AssertionError("no group " + groupId + " in " + ranking);
    }

    private static List<Integer> eventRanks(JsonNode event, String groupId) {
        for (JsonNode group : event.get("rankings")) {
            if (group.get("groupId").asText().equals(groupId)) {
                List<Integer> ranks = new ArrayList<>();
                group.get("entries").forEach(e -> ranks.add(e.get("rank").asInt()));
                return ranks;
            }
        }
        throw new AssertionError("no group " + groupId);
    }

    private static String min(String a, String b) {
        return a.compareTo(b) < 0 ? a : b;
    }

    private static String max(String a, String b) {
        return a.compareTo(b) < 0 ? b : a;
    }
}
