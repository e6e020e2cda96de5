package org.thidua.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.thidua.awards.AwardsApi.fields;
import static org.thidua.awards.AwardsApi.read;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thidua.contracts.EventSchemas;
import org.thidua.contracts.ReviewPeriod;
import org.thidua.contracts.Topics;
import org.thidua.contracts.awards.AwardDecided;
import org.thidua.contracts.awards.AwardRevoked;
import org.thidua.contracts.awards.NominationApproved;
import org.thidua.contracts.awards.NominationDisclosed;
import org.thidua.contracts.awards.NominationProposed;
import org.thidua.contracts.awards.NominationRejected;
import org.thidua.contracts.awards.NominationWithdrawn;
import org.thidua.contracts.campaigns.CampaignLaunched;
import org.thidua.contracts.reviews.ReviewPeriodFinalized;
import org.thidua.contracts.reviews.ReviewPeriodFinalized.GroupRanking;
import org.thidua.contracts.reviews.ReviewPeriodFinalized.Initiative;
import org.thidua.contracts.reviews.ReviewPeriodFinalized.MemberOutcome;
import org.thidua.contracts.reviews.ReviewPeriodFinalized.RankingEntry;
import org.thidua.contracts.reviews.ReviewPeriodFinalized.UnitOutcomes;
import org.thidua.testing.Headers;
import org.thidua.testing.JsonApi;
import org.thidua.testing.TestTokens;
import org.thidua.testing.TopicReader;

/**
 * The awards year through the API against the real broker and database: a finalized year-end review arrives, the
 * rule set proposes nominations (one over the cap), the council votes (secretly, against all its members),
 * nominations are disclosed and objected to, a decision is issued with its bonuses and published, an award revoked.
 * Every refusal on the way is a problem that writes and publishes nothing.
 */
@MicronautTest(transactional = false)
class AwardFlowTest extends AwardsApiTest {

    private static final int YEAR = 2025;

    private final TopicReader awards = new TopicReader(Topics.AWARDS);

    private final String best = UUID.randomUUID().toString();
    private final String second = UUID.randomUUID().toString();
    private final String block = UUID.randomUUID().toString();
    private List<String> bestMembers;
    private List<String> secondMembers;

    @BeforeAll
    void units() {
        bestMembers = api.unitWithMembers(best, "VP-TH", 10);
        secondMembers = api.unitWithMembers(second, "VP-NA", 2);
        api.group(block, YEAR, List.of(best, second));
    }

    @AfterAll
    void close() {
        awards.close();
    }

    @Test
    void fromAFinalizedYearEndReviewToAnIssuedDecisionAndItsEvent() {
        String an = bestMembers.get(0);
        String binh = bestMembers.get(1);
        // --- the registry knows an's two previous CSTĐCS, imported from the office's records ----------------------
        JsonNode imported = api.postCsv("/api/v1/awards/import", """
                year,titleCode,recipientKind,unitId,memberId,decisionNumber,decisionDate,bonusAmount
                2023,CSTDCS,MEMBER,%s,%s,12/QĐ-VPQH,2024-01-15,1800000
                2024,CSTDCS,MEMBER,%s,%s,9/QĐ-VPQH,2025-01-20,2340000
                """.formatted(best, an, best, an));
        assertThat(imported.get("imported").asInt()).isEqualTo(2);

        // --- campaigns-service finalizes the year-end review ------------------------------------------------------
        String campaign = UUID.randomUUID().toString();
        List<MemberOutcome> outcomes = new ArrayList<>();
        outcomes.add(new MemberOutcome(
                an,
                ReviewPeriodFinalized.TaskRating.EXCELLENT,
                new Initiative(true, "Số hoá hồ sơ khen thưởng", ReviewPeriodFinalized.InitiativeLevel.MINISTRY),
                ReviewPeriodFinalized.Discipline.NONE));
        outcomes.add(new MemberOutcome(
                binh, ReviewPeriodFinalized.TaskRating.EXCELLENT, null, ReviewPeriodFinalized.Discipline.NONE));
        bestMembers
                .subList(2, 10)
                .forEach(m -> outcomes.add(new MemberOutcome(
                        m, ReviewPeriodFinalized.TaskRating.GOOD, null, ReviewPeriodFinalized.Discipline.NONE)));
        api.send(new ReviewPeriodFinalized(
                campaign,
                YEAR,
                ReviewPeriod.YEAR_END,
                LocalDate.of(YEAR, 12, 31),
                List.of(new GroupRanking(
                        block,
                        List.of(
                                new RankingEntry(best, new BigDecimal("97.5"), 1),
                                new RankingEntry(second, new BigDecimal("80"), 2)))),
                List.of(
                        new UnitOutcomes(best, ReviewPeriodFinalized.TaskRating.EXCELLENT, outcomes, List.of()),
                        new UnitOutcomes(
                                second,
                                ReviewPeriodFinalized.TaskRating.COMPLETED,
                                secondMembers.stream()
                                        .map(m -> new MemberOutcome(
                                                m,
                                                ReviewPeriodFinalized.TaskRating.COMPLETED,
                                                null,
                                                ReviewPeriodFinalized.Discipline.NONE))
                                        .toList(),
                                List.of())),
                List.of(),
                Instant.now(),
                CampaignLaunched.Kind.REGULAR));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> nominations("campaignId=" + campaign).size() == 16);
        List<JsonNode> generated = nominations("campaignId=" + campaign);
        Map<String, List<String>> byTitle = new HashMap<>();
        generated.stream()
                .filter(n -> n.get("state").asText().equals("PROPOSED"))
                .forEach(n -> byTitle.computeIfAbsent(n.get("titleCode").asText(), k -> new ArrayList<>())
                        .add(n.get("id").asText()));
        assertThat(byTitle.get("LDTT")).hasSize(10);
        assertThat(byTitle.get("CSTDCS")).hasSize(1);
        assertThat(byTitle.get("CSTD_BO")).hasSize(1);
        assertThat(byTitle.get("TTLDTT")).hasSize(1);
        assertThat(byTitle.get("TTLDXS")).hasSize(1);
        assertThat(byTitle.get("CO_THI_DUA")).hasSize(1);
        JsonNode cstdcs = nomination(byTitle.get("CSTDCS").get(0));
        assertThat(cstdcs.get("memberId").asText()).isEqualTo(an);
        assertThat(cstdcs.get("ruleSetId").asText()).isEqualTo("vn-2025-v2");
        String vn2025 = StreamSupport.stream(api.get("/api/v1/rule-sets").spliterator(), false)
                .filter(s -> s.get("id").asText().equals("vn-2025-v2"))
                .findFirst()
                .orElseThrow()
                .get("eventId")
                .asText();
        JsonNode overCap = generated.stream()
                .filter(n -> n.get("state").asText().equals("OVER_CAP"))
                .findFirst()
                .orElseThrow();
        assertThat(overCap.get("titleCode").asText()).isEqualTo("CSTDCS");
        assertThat(overCap.get("memberId").asText()).isEqualTo(binh);
        JsonNode ministry = nomination(byTitle.get("CSTD_BO").get(0));
        assertThat(ministry.get("memberId").asText()).isEqualTo(an);
        assertThat(ministry.get("grounds"))
                .extracting(g -> g.get("reason").asText())
                .contains("holds CSTDCS in every year 2023-2025");
        JsonNode flag = nomination(byTitle.get("CO_THI_DUA").get(0));
        assertThat(flag.get("unitId").asText()).isEqualTo(best);
        assertThat(flag.get("grounds"))
                .allSatisfy(g -> assertThat(g.get("passed").asBoolean()).isTrue());

        // every result is kept with the conditions that failed
        JsonNode evaluations = api.get("/api/v1/evaluations?campaignId=" + campaign);
        assertThat(evaluations).hasSize(1);
        JsonNode evaluation =
                api.get("/api/v1/evaluations/" + evaluations.get(0).get("id").asText());
        JsonNode secondFlag = StreamSupport.stream(evaluation.get("results").spliterator(), false)
                .filter(r -> r.get("recipientId").asText().equals(second)
                        && r.get("titleCode").asText().equals("CO_THI_DUA"))
                .findFirst()
                .orElseThrow();
        assertThat(secondFlag.get("status").asText()).isEqualTo("NOT_ELIGIBLE");
        assertThat(secondFlag.toString()).contains("ranked 2 in group " + block);
        // a unit's officer reads its own unit's results only, a VIEWER no one's (ADR 65)
        String evaluationPath =
                "/api/v1/evaluations/" + evaluations.get(0).get("id").asText();
        assertThat(api.as(TestTokens.unitOfficer(second)).get(evaluationPath).get("results"))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("unitId").asText()).isEqualTo(second));
        assertThat(api.as(TestTokens.viewer()).get(evaluationPath).get("results"))
                .isEmpty();

        // NominationProposed for each PROPOSED one, schema-valid
        await().atMost(Duration.ofSeconds(20))
                .until(() -> awards.poll(r -> typed(r, NominationProposed.TYPE)
                                        && read(r.value())
                                                .get("campaignId")
                                                .asText()
                                                .equals(campaign))
                                .size()
                        == 15);
        awards.poll(r -> typed(r, NominationProposed.TYPE)
                        && read(r.value()).get("campaignId").asText().equals(campaign))
                .forEach(r -> {
                    assertThat(EventSchemas.violations(NominationProposed.TYPE, r.value()))
                            .isEmpty();
                    assertThat(read(r.value()).get("ruleSetId").asText()).isEqualTo(vn2025);
                });

        // --- the council: five members, votes counted against all five -------------------------------------------
        List<String> council = List.of("cm-chair", "cm-2", "cm-3", "cm-4", "cm-5");
        JsonNode formed = api.post(
                "/api/v1/councils",
                Map.of(
                        "name",
                        "Hội đồng Thi đua – Khen thưởng VPQH",
                        "members",
                        council.stream()
                                .map(m -> Map.of(
                                        "memberId", m, "fullName", "Ủy viên " + m, "chair", m.equals("cm-chair")))
                                .toList()));
        String councilPath = "/api/v1/councils/" + formed.get("id").asText();
        List<String> proposed =
                byTitle.values().stream().flatMap(List::stream).sorted().toList();
        api.conflict(
                councilPath + "/sessions",
                Map.of("nominationIds", List.of(overCap.get("id").asText())),
                "OVER_CAP");
        JsonNode session = api.post(councilPath + "/sessions", Map.of("nominationIds", proposed));
        String sessionPath = councilPath + "/sessions/" + session.get("id").asText();
        String collective = byTitle.get("TTLDTT").get(0);
        String flagId = byTitle.get("CO_THI_DUA").get(0);
        for (String member : council) {
            List<Map<String, String>> votes = new ArrayList<>();
            for (String nomination : proposed) {
                String choice = "APPROVE";
                if (nomination.equals(collective) && (member.equals("cm-4") || member.equals("cm-5"))) {
                    choice = "REJECT";
                }
                if (nomination.equals(flagId) && member.equals("cm-5")) {
                    choice = "ABSTAIN";
                }
                votes.add(Map.of("nominationId", nomination, "choice", choice));
            }
            AwardsApi asMember = api.as(TestTokens.councilMember(member));
            if (member.equals("cm-5")) {
                // the last member votes on one nomination first, and cannot vote on it again
                asMember.post(sessionPath + "/votes", Map.of("memberId", member, "votes", votes.subList(0, 1)));
                JsonNode twice = asMember.refused(
                        sessionPath + "/votes", Map.of("memberId", member, "votes", votes), HttpStatus.CONFLICT);
                assertThat(fields(twice)).containsExactly("votes[0].nominationId");
                votes = votes.subList(1, votes.size());
                // nobody votes for another member, nor the office for anyone (403, nothing recorded)
                assertThat(asMember.refused(
                                        sessionPath + "/votes",
                                        Map.of("memberId", "cm-chair", "votes", votes),
                                        HttpStatus.FORBIDDEN)
                                .get("detail")
                                .asText())
                        .contains("votes only for itself");
                api.refused(sessionPath + "/votes", Map.of("memberId", member, "votes", votes), HttpStatus.FORBIDDEN);
            }
            assertThat(asMember.post(sessionPath + "/votes", Map.of("memberId", member, "votes", votes))
                            .get("votesRecorded")
                            .asInt())
                    .isEqualTo(votes.size());
        }
        // a council member of another council: its own id, but not on this council, stays a 400 naming memberId
        JsonNode outsider = api.as(TestTokens.councilMember("not-a-member"))
                .refused(
                        sessionPath + "/votes",
                        Map.of(
                                "memberId",
                                "not-a-member",
                                "votes",
                                List.of(Map.of("nominationId", proposed.get(0), "choice", "APPROVE"))),
                        HttpStatus.BAD_REQUEST);
        assertThat(fields(outsider)).containsExactly("memberId");
        JsonNode elsewhere = api.as(TestTokens.councilMember("cm-2"))
                .refused(
                        sessionPath + "/votes",
                        Map.of(
                                "memberId",
                                "cm-2",
                                "votes",
                                List.of(Map.of("nominationId", overCap.get("id").asText(), "choice", "APPROVE"))),
                        HttpStatus.BAD_REQUEST);
        assertThat(fields(elsewhere)).containsExactly("votes[0].nominationId");
        // while open, only how many voted; never who voted how
        JsonNode open = api.get(sessionPath);
        assertThat(open.get("nominations")).allSatisfy(n -> {
            assertThat(n.get("votesCast").asInt()).isEqualTo(5);
            assertThat(n.hasNonNull("tally")).isFalse();
        });
        assertThat(open.toString()).doesNotContain("cm-4");

        JsonNode closed = api.post(sessionPath + "/close", null);
        assertThat(closed.get("state").asText()).isEqualTo("CLOSED");
        api.conflict(sessionPath + "/close", null, "CLOSED");
        api.as(TestTokens.councilMember("cm-2"))
                .conflict(
                        sessionPath + "/votes",
                        Map.of(
                                "memberId",
                                "cm-2",
                                "votes",
                                List.of(Map.of("nominationId", proposed.get(0), "choice", "REJECT"))),
                        "CLOSED");
        JsonNode rejected = nomination(collective);
        assertThat(rejected.get("state").asText()).isEqualTo("REJECTED");
        assertThat(rejected.get("tally").toString())
                .isEqualTo("{\"votesFor\":3,\"votesAgainst\":2,\"abstentions\":0,\"councilMembers\":5}");
        assertThat(rejected.get("reason").asText()).contains("3 of 5 council members approved");
        assertThat(nomination(flagId).get("state").asText()).isEqualTo("APPROVED");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> awards.withKey(collective).stream().anyMatch(r -> typed(r, NominationRejected.TYPE)));
        JsonNode approvedEvent = read(awards.withKey(flagId).stream()
                .filter(r -> typed(r, NominationApproved.TYPE))
                .findFirst()
                .orElseThrow()
                .value());
        assertThat(approvedEvent.get("tally").get("votesFor").asInt()).isEqualTo(4);
        assertThat(approvedEvent.get("tally").get("abstentions").asInt()).isEqualTo(1);

        // --- public disclosure ------------------------------------------------------------------------------------
        List<String> approved =
                proposed.stream().filter(id -> !id.equals(collective)).toList();
        api.conflict("/api/v1/nominations/disclose", Map.of("nominationIds", List.of(collective)), "REJECTED");
        List<String> past = approved.stream().filter(id -> !id.equals(flagId)).toList();
        // the window starts today at the earliest: one that began in the past would be over before anyone objected
        LocalDate yesterday = LocalDate.now(Dates.VIETNAM).minusDays(1);
        JsonNode inThePast = api.refused(
                "/api/v1/nominations/disclose",
                Map.of("nominationIds", past, "startDate", yesterday.toString()),
                HttpStatus.BAD_REQUEST);
        assertThat(JsonApi.fields(inThePast)).containsExactly("startDate");
        assertThat(inThePast.get("detail").asText()).contains("past");
        JsonNode disclosed = api.discloseAsIfDaysAgo(past, 30);
        assertThat(disclosed)
                .hasSize(past.size())
                .allSatisfy(n -> assertThat(n.get("state").asText()).isEqualTo("DISCLOSED"));
        api.post("/api/v1/nominations/disclose", Map.of("nominationIds", List.of(flagId)));
        JsonNode flagDisclosed = read(await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> awards.withKey(flagId).stream()
                                .filter(r -> typed(r, NominationDisclosed.TYPE))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow()
                .value());
        assertThat(flagDisclosed.get("workingDays").asInt()).isEqualTo(5);
        assertThat(flagDisclosed.get("scopeUnitIds"))
                .extracting(JsonNode::asText)
                .containsExactly(best, second);

        // an objection blocks the decision until resolved; an upheld one withdraws the nomination
        Map<String, String> ldttOf = new HashMap<>();
        generated.stream()
                .filter(n -> n.get("titleCode").asText().equals("LDTT"))
                .forEach(n -> ldttOf.put(n.get("memberId").asText(), n.get("id").asText()));
        String objected = ldttOf.get(bestMembers.get(2));
        String upheld = ldttOf.get(bestMembers.get(3));
        // anyone with a role objects: filed by the token's subject, in the token's role; not in a role it lacks
        AwardsApi officer = api.as(TestTokens.unitOfficer(best));
        officer.refused(
                "/api/v1/nominations/" + objected + "/objections",
                Map.of("role", "ADMIN", "text", "Tôi là lãnh đạo"),
                HttpStatus.FORBIDDEN);
        JsonNode objection = officer.post(
                "/api/v1/nominations/" + objected + "/objections",
                Map.of("text", "Đồng chí này nghỉ không lý do 3 ngày trong quý IV"));
        assertThat(objection.get("filedBy").asText()).isEqualTo("officer-" + best);
        assertThat(objection.get("role").asText()).isEqualTo("UNIT_OFFICER");
        JsonNode wrongInitiative = api.as(TestTokens.viewer())
                .post(
                        "/api/v1/nominations/" + upheld + "/objections",
                        Map.of("role", "VIEWER", "text", "Hồ sơ sáng kiến không đúng"));
        assertThat(wrongInitiative.get("filedBy").asText()).isEqualTo("viewer");
        String organisation =
                "VPQH-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Map<String, Object> decision = Map.of(
                "organisation",
                organisation,
                "signer",
                Map.of("name", "Bùi Văn Cường", "position", "Tổng Thư ký Quốc hội – Chủ nhiệm Văn phòng Quốc hội"),
                "nominationIds",
                past);
        JsonNode blocked = api.refused("/api/v1/decisions", decision, HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(blocked.get("detail").asText()).contains("open objection");
        JsonNode early = api.refused(
                "/api/v1/decisions",
                Map.of(
                        "organisation",
                        organisation,
                        "signer",
                        decision.get("signer"),
                        "nominationIds",
                        List.of(flagId)),
                HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(early.get("detail").asText()).contains("công khai đến").contains("quyết định chỉ có thể ký từ");
        api.refused(
                "/api/v1/nominations/" + objected + "/objections/"
                        + objection.get("id").asText() + "/resolve",
                Map.of("outcome", "DISMISSED"),
                HttpStatus.BAD_REQUEST);
        assertThat(api.post(
                                "/api/v1/nominations/" + objected + "/objections/"
                                        + objection.get("id").asText() + "/resolve",
                                Map.of("outcome", "DISMISSED", "resolution", "Đã xác minh: nghỉ phép có đơn"))
                        .get("resolvedBy")
                        .asText())
                .isEqualTo("admin");
        api.post(
                "/api/v1/nominations/" + upheld + "/objections/"
                        + wrongInitiative.get("id").asText() + "/resolve",
                Map.of("outcome", "UPHELD", "resolution", "Xác minh đúng phản ánh"));
        assertThat(nomination(upheld).get("state").asText()).isEqualTo("WITHDRAWN");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> awards.withKey(upheld).stream().anyMatch(r -> typed(r, NominationWithdrawn.TYPE)));
        api.conflict("/api/v1/decisions", decision, "WITHDRAWN");

        // --- the decision -----------------------------------------------------------------------------------------
        List<String> decided = past.stream().filter(id -> !id.equals(upheld)).toList();
        JsonNode issued = api.post(
                "/api/v1/decisions",
                Map.of("organisation", organisation, "signer", decision.get("signer"), "nominationIds", decided));
        assertThat(issued.get("number").asText()).isEqualTo("1/QĐ-" + organisation);
        assertThat(issued.get("issuedBy").asText()).isEqualTo("admin");
        assertThat(issued.get("decisionDate").asText())
                .isEqualTo(LocalDate.now(Dates.VIETNAM).toString());
        assertThat(issued.get("awards")).hasSize(decided.size());
        // vn-2025 in force today, base salary 2,340,000 since 2024-07-01. an's LĐTT and CSTĐCS of the year are one
        // achievement (line INDIVIDUAL_YEAR, ADR 85): an is paid the CSTĐCS, 1.0 × 2,340,000, and 0 for the LĐTT;
        // every other LĐTT 0.3 × 2,340,000 = 702,000
        Map<String, Long> bonusByTitle = new HashMap<>();
        issued.get("awards").forEach(a -> {
            if (!(a.get("titleCode").asText().equals("LDTT")
                    && a.get("memberId").asText().equals(an))) {
                bonusByTitle.put(
                        a.get("titleCode").asText(), a.get("bonusAmount").asLong());
            }
        });
        assertThat(bonusByTitle)
                .containsEntry("LDTT", 702_000L)
                .containsEntry("CSTD_BO", 7_020_000L)
                .containsEntry("CSTDCS", 2_340_000L)
                .containsEntry("TTLDXS", 3_510_000L);
        JsonNode ansLdtt = StreamSupport.stream(issued.get("awards").spliterator(), false)
                .filter(a -> a.get("titleCode").asText().equals("LDTT")
                        && a.get("memberId").asText().equals(an))
                .findFirst()
                .orElseThrow();
        assertThat(ansLdtt.get("bonusAmount").asLong()).isZero();
        assertThat(ansLdtt.get("bonusNote").asText()).contains("Chiến sĩ thi đua cơ sở (1 × 2.340.000 ₫");
        api.conflict(
                "/api/v1/decisions",
                Map.of(
                        "organisation",
                        organisation,
                        "signer",
                        decision.get("signer"),
                        "nominationIds",
                        decided.subList(0, 1)),
                "DECIDED");
        api.conflict("/api/v1/nominations/" + decided.get(0) + "/withdraw", Map.of("reason", "nhầm"), "DECIDED");

        String decisionId = issued.get("id").asText();
        ConsumerRecord<String, byte[]> event = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> awards.withKey(decisionId).stream()
                                .filter(r -> typed(r, AwardDecided.TYPE))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
        assertThat(EventSchemas.violations(AwardDecided.TYPE, event.value())).isEmpty();
        // audited: the office's token issued it; the engine's proposals were the consumer's (system)
        assertThat(Headers.of(event, "ce_thiduaactor")).isEqualTo("admin");
        assertThat(api.count(
                        "SELECT COUNT(*) FROM audit_log WHERE actor = 'admin' AND event_type = ? AND subject = ?",
                        AwardDecided.TYPE,
                        decisionId))
                .isEqualTo(1);
        assertThat(awards.poll(r -> typed(r, NominationProposed.TYPE)
                        && read(r.value()).get("campaignId").asText().equals(campaign)))
                .extracting(r -> Headers.of(r, "ce_thiduaactor"))
                .containsOnly("system");
        JsonNode data = read(event.value());
        assertThat(data.get("number").asText()).isEqualTo("1/QĐ-" + organisation);
        assertThat(data.get("signer").get("name").asText()).isEqualTo("Bùi Văn Cường");
        assertThat(data.get("awards")).hasSize(decided.size());
        assertThat(data.get("awards")).anySatisfy(a -> {
            assertThat(a.get("titleCode").asText()).isEqualTo("CSTD_BO");
            assertThat(a.get("memberId").asText()).isEqualTo(an);
            assertThat(a.get("bonusAmount").asLong()).isEqualTo(7_020_000L);
        });

        // --- the registry, and a revocation -----------------------------------------------------------------------
        JsonNode history = api.get("/api/v1/awards?memberId=" + an);
        assertThat(history)
                .extracting(
                        a -> a.get("year").asInt() + " " + a.get("titleCode").asText())
                .containsExactlyInAnyOrder("2023 CSTDCS", "2024 CSTDCS", "2025 CSTDCS", "2025 CSTD_BO", "2025 LDTT");
        assertThat(api.get("/api/v1/awards?unitId=" + best + "&year=" + YEAR + "&titleCode=TTLDXS"))
                .hasSize(1);
        String awardId = StreamSupport.stream(issued.get("awards").spliterator(), false)
                .filter(a -> a.get("titleCode").asText().equals("CO_THI_DUA")
                        || a.get("titleCode").asText().equals("TTLDXS"))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asText();
        String revokePath = "/api/v1/decisions/" + decisionId + "/awards/" + awardId + "/revoke";
        assertThat(fields(api.refused(revokePath, Map.of(), HttpStatus.BAD_REQUEST)))
                .containsExactly("reason");
        JsonNode revoked = api.post(revokePath, Map.of("reason", "Phát hiện sai sót trong hồ sơ"));
        assertThat(revoked.get("state").asText()).isEqualTo("REVOKED");
        api.conflict(revokePath, Map.of("reason", "lần nữa"), "REVOKED");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> awards.withKey(decisionId).stream().anyMatch(r -> typed(r, AwardRevoked.TYPE)));
        // the decision itself is unchanged: same number, same awards (one now revoked)
        JsonNode again = api.get("/api/v1/decisions/" + decisionId);
        assertThat(again.get("number").asText()).isEqualTo(issued.get("number").asText());
        assertThat(again.get("awards")).hasSize(decided.size());

        // the same review finalized again (another event) proposes nothing twice, not even what was rejected
        long before = api.count("SELECT COUNT(*) FROM nomination");
        ReviewPeriodFinalized sameReview = new ReviewPeriodFinalized(
                campaign,
                YEAR,
                ReviewPeriod.YEAR_END,
                LocalDate.of(YEAR, 12, 31),
                List.of(),
                List.of(new UnitOutcomes(best, ReviewPeriodFinalized.TaskRating.EXCELLENT, outcomes, List.of())),
                List.of(),
                Instant.now(),
                CampaignLaunched.Kind.REGULAR);
        String eventId = api.send(sameReview);
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        api.get("/api/v1/evaluations?campaignId=" + campaign).size() == 2);
        assertThat(api.count("SELECT COUNT(*) FROM nomination")).isEqualTo(before);
        // the same event delivered again is not evaluated again; then a review under no rule set (before 01/06/2014,
        // ADR 82)
        // goes to the dead letters and changes nothing. Same key, same partition: once the second is dead, the
        // redelivery before it has been consumed.
        api.send(sameReview, eventId);
        api.send(new ReviewPeriodFinalized(
                campaign,
                2013,
                ReviewPeriod.YEAR_END,
                LocalDate.of(2013, 12, 31),
                List.of(),
                List.of(new UnitOutcomes(best, ReviewPeriodFinalized.TaskRating.EXCELLENT, outcomes, List.of())),
                List.of(),
                Instant.now(),
                CampaignLaunched.Kind.REGULAR));
        JsonNode dead = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> StreamSupport.stream(
                                        api.get("/api/v1/dead-letters?eventType=" + ReviewPeriodFinalized.TYPE)
                                                .spliterator(),
                                        false)
                                .filter(d -> d.get("key").asText().equals(campaign))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
        assertThat(dead.get("consumer").asText()).isEqualTo("awards.eligibility");
        assertThat(dead.get("errorMessage").asText()).contains("No rule set is in force on 2013-12-31");
        assertThat(dead.get("eventId").asText()).isNotEqualTo(eventId);
        assertThat(api.get("/api/v1/evaluations?campaignId=" + campaign)).hasSize(2);
        assertThat(api.count("SELECT COUNT(*) FROM nomination")).isEqualTo(before);

        // everything this service published on the way matches its contract
        List<ConsumerRecord<String, byte[]>> published = awards.poll(r -> true);
        assertThat(published)
                .extracting(r -> Headers.of(r, "ce_type"))
                .contains(
                        NominationProposed.TYPE,
                        NominationApproved.TYPE,
                        NominationRejected.TYPE,
                        NominationDisclosed.TYPE,
                        NominationWithdrawn.TYPE,
                        AwardDecided.TYPE,
                        AwardRevoked.TYPE);
        assertThat(published)
                .allSatisfy(r -> assertThat(EventSchemas.violations(Headers.of(r, "ce_type"), r.value()))
                        .as(Headers.of(r, "ce_type"))
                        .isEmpty());
    }

    private List<JsonNode> nominations(String query) {
        List<JsonNode> found = new ArrayList<>();
        api.get("/api/v1/nominations?size=1000&" + query).forEach(found::add);
        return found;
    }

    private JsonNode nomination(String id) {
        return api.get("/api/v1/nominations/" + id);
    }

    private static boolean typed(ConsumerRecord<String, byte[]> record, String type) {
        return type.equals(Headers.of(record, "ce_type"));
    }
}
