package org.thidua.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.thidua.campaigns.CampaignsApi.TODAY;
import static org.thidua.campaigns.CampaignsApi.YEAR;
import static org.thidua.campaigns.CampaignsApi.campaign;
import static org.thidua.campaigns.CampaignsApi.entries;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.thidua.contracts.EventSchemas;
import org.thidua.contracts.Topics;
import org.thidua.testing.RealInfrastructure;
import org.thidua.testing.TopicReader;

/**
 * The members a registration or a score sheet names belong to its unit, and a year-end sheet covers every active
 * member of the unit or names who it leaves out and why (issue 14).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MembersOfTheUnitTest implements RealInfrastructure {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    private CampaignsApi api;
    private final TopicReader reviews = new TopicReader(Topics.REVIEWS);
    private String ours;
    private String theirs;
    private String an;
    private String binh;
    private String chi;
    private String stranger;
    private String group;

    @BeforeAll
    void feedTheProjection() {
        api = new CampaignsApi(client.toBlocking(), jdbc, transactions);
        Instant at = Instant.now().minusSeconds(60);
        ours = api.unit("TV-1", at);
        theirs = api.unit("TV-2", at);
        group = api.group("KHOI-TV", YEAR, List.of(ours, theirs));
        an = api.member(ours, "Nguyễn Văn An");
        binh = api.member(ours, "Trần Thị Bình");
        chi = api.member(ours, "Lê Minh Chí");
        stranger = api.member(theirs, "Phạm Quốc Dũng");
    }

    @AfterAll
    void close() {
        api.close();
        reviews.close();
    }

    @Test
    void aRegistrationNamesOnlyActiveMembersOfItsOwnUnit() {
        String base = launched("PT-TV-DK");
        JsonNode problem = api.refused(
                "POST",
                base + "/registrations",
                registration(ours, List.of(an, stranger)),
                HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(fields(problem)).containsExactly("memberTitles[1].memberId");
        assertThat(CampaignsApi.message(problem, "memberTitles[1].memberId"))
                .isEqualTo("is not an active member of Đơn vị TV-1");
        assertThat(problem.toString()).doesNotContain("scope_member", "SQL", "Exception");

        String id = api.post(base + "/registrations", registration(ours, List.of(an, binh)))
                .get("id")
                .asText();
        String registration = base + "/registrations/" + id;
        api.post(registration + "/return", Map.of("reason", "Bổ sung danh sách"));
        assertThat(fields(api.refused(
                        "PUT",
                        registration,
                        Map.of(
                                "commitments",
                                List.of("Hoàn thành 100% chỉ tiêu"),
                                "memberTitles",
                                List.of(Map.of("memberId", stranger, "titleCode", "CSTDCS"))),
                        HttpStatus.UNPROCESSABLE_ENTITY)))
                .containsExactly("memberTitles[0].memberId");
        assertThat(api.get(registration).get("state").asText()).isEqualTo("RETURNED");
    }

    @Test
    void aYearEndSheetRatesOrExcludesEveryActiveMemberAndTheEventCarriesTheExclusions() {
        String base = launched("PT-TV-TK");
        String registration =
                api.post(base + "/registrations", registration(ours)).get("id").asText();
        api.post(base + "/registrations/" + registration + "/accept", null);
        String yearEnd = base + "/periods/YEAR_END/score-sheets";

        // another unit's member, rated or excluded: 422 naming the entry, nothing written
        Map<String, Object> body = new HashMap<>(Map.of(
                "registrationId",
                registration,
                "entries",
                entries(90),
                "unitTaskRating",
                "EXCELLENT",
                "memberOutcomes",
                List.of(outcome(an), outcome(stranger))));
        assertThat(fields(api.refused("POST", yearEnd, body, HttpStatus.UNPROCESSABLE_ENTITY)))
                .containsExactly("memberOutcomes[1].memberId");
        body.put("memberOutcomes", List.of(outcome(an)));
        body.put("memberExclusions", List.of(Map.of("memberId", stranger, "reason", "Không thuộc đơn vị")));
        assertThat(fields(api.refused("POST", yearEnd, body, HttpStatus.UNPROCESSABLE_ENTITY)))
                .containsExactly("memberExclusions[0].memberId");
        body.put("memberExclusions", List.of(Map.of("memberId", an, "reason", "Trùng")));
        assertThat(fields(api.refused("POST", yearEnd, body, HttpStatus.BAD_REQUEST)))
                .containsExactly("memberExclusions[0].memberId");

        // a draft may be partial; submitted, it must cover Bình and Chí too
        body.remove("memberExclusions");
        String sheet = yearEnd + "/" + api.post(yearEnd, body).get("id").asText();
        JsonNode missing = api.refused("POST", sheet + "/submit", null, HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(fields(missing)).containsExactly("memberOutcomes");
        assertThat(CampaignsApi.message(missing, "memberOutcomes"))
                .contains(
                        "2 active member(s) of Đơn vị TV-1",
                        "Trần Thị Bình (" + binh + ")",
                        "Lê Minh Chí (" + chi + ")")
                .doesNotContain("Nguyễn Văn An");

        // Chí joined after 1 October: excluded by name, with the reason
        String reason = "Chuyển đến đơn vị sau ngày 01/10/" + YEAR;
        api.put(
                sheet,
                Map.of(
                        "entries",
                        entries(90),
                        "unitTaskRating",
                        "EXCELLENT",
                        "memberOutcomes",
                        List.of(outcome(an), outcome(binh)),
                        "memberExclusions",
                        List.of(Map.of("memberId", chi, "reason", reason))));
        assertThat(api.post(sheet + "/submit", null).get("state").asText()).isEqualTo("SUBMITTED");
        assertThat(api.get(sheet).get("memberExclusions").get(0).get("reason").asText())
                .isEqualTo(reason);
        api.post(sheet + "/review", Map.of("entries", List.of()));
        api.post(sheet + "/approve", null);
        String campaignId = base.substring(base.lastIndexOf('/') + 1);
        api.post(base + "/periods/YEAR_END/finalize", null);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> reviews.withKey(campaignId).size() == 1);
        byte[] event = reviews.withKey(campaignId).get(0).value();
        assertThat(EventSchemas.violations("thidua.review.period.finalized.v1", event))
                .isEmpty();
        JsonNode finalized = CampaignsApi.read(event);
        assertThat(finalized.get("campaignKind").asText()).isEqualTo("REGULAR");
        JsonNode unit = finalized.get("memberOutcomes").get(0);
        assertThat(unit.get("members"))
                .extracting(m -> m.get("memberId").asText())
                .containsExactlyInAnyOrder(an, binh);
        assertThat(unit.get("excludedMembers")).hasSize(1);
        assertThat(unit.get("excludedMembers").get(0).get("memberId").asText()).isEqualTo(chi);
        assertThat(unit.get("excludedMembers").get(0).get("reason").asText()).isEqualTo(reason);
    }

    /**
     * A year-end sheet may give each member a score, 0 to the sheet's maximum (criteria A1 40 + A2 30 + B1 30 = 100);
     * 100.01 is refused naming the member's entry, nothing written; the finalized review carries the scores given.
     */
    @Test
    void aYearEndSheetScoresMembersUpToItsMaximumAndTheEventCarriesTheScores() {
        String base = launched("PT-TV-DIEM");
        String registration =
                api.post(base + "/registrations", registration(ours)).get("id").asText();
        api.post(base + "/registrations/" + registration + "/accept", null);
        String yearEnd = base + "/periods/YEAR_END/score-sheets";

        Map<String, Object> body = new HashMap<>(Map.of(
                "registrationId",
                registration,
                "entries",
                entries(90),
                "unitTaskRating",
                "EXCELLENT",
                "memberOutcomes",
                List.of(scored(an, "92.5"), scored(binh, "100.01"), outcome(chi))));
        JsonNode tooHigh = api.refused("POST", yearEnd, body, HttpStatus.BAD_REQUEST);
        assertThat(fields(tooHigh)).containsExactly("memberOutcomes[1].score");
        assertThat(CampaignsApi.message(tooHigh, "memberOutcomes[1].score"))
                .isEqualTo("must be at most 100 (the sheet's maximum)");
        body.put("memberOutcomes", List.of(scored(an, "92.5"), scored(binh, "-1"), outcome(chi)));
        assertThat(fields(api.refused("POST", yearEnd, body, HttpStatus.BAD_REQUEST)))
                .containsExactly("memberOutcomes[1].score");
        assertThat(api.get(base + "/periods/YEAR_END/score-sheets").toString()).doesNotContain(registration);

        body.put("memberOutcomes", List.of(scored(an, "92.5"), scored(binh, "100"), outcome(chi)));
        String sheet = yearEnd + "/" + api.post(yearEnd, body).get("id").asText();
        JsonNode outcomes = api.get(sheet).get("memberOutcomes");
        assertThat(outcomes)
                .extracting(o -> o.get("memberId").asText() + "="
                        + (o.hasNonNull("score")
                                ? o.get("score")
                                        .decimalValue()
                                        .stripTrailingZeros()
                                        .toPlainString()
                                : "none"))
                .containsExactlyInAnyOrder(an + "=92.5", binh + "=100", chi + "=none");
        api.post(sheet + "/submit", null);
        api.post(sheet + "/review", Map.of("entries", List.of()));
        api.post(sheet + "/approve", null);
        String campaignId = base.substring(base.lastIndexOf('/') + 1);
        api.post(base + "/periods/YEAR_END/finalize", null);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> reviews.withKey(campaignId).size() == 1);
        byte[] event = reviews.withKey(campaignId).get(0).value();
        assertThat(EventSchemas.violations("thidua.review.period.finalized.v1", event))
                .isEmpty();
        JsonNode members = CampaignsApi.read(event).get("memberOutcomes").get(0).get("members");
        assertThat(members)
                .extracting(m -> m.get("memberId").asText() + "="
                        + (m.hasNonNull("score")
                                ? new BigDecimal(m.get("score").asText())
                                        .stripTrailingZeros()
                                        .toPlainString()
                                : "none"))
                .containsExactlyInAnyOrder(an + "=92.5", binh + "=100", chi + "=none");
    }

    private static Map<String, Object> scored(String memberId, String score) {
        return Map.of("memberId", memberId, "taskRating", "GOOD", "discipline", "NONE", "score", new BigDecimal(score));
    }

    private String launched(String code) {
        String id = api.post("/api/v1/campaigns", campaign(code, TODAY.plusDays(10), List.of(group)))
                .get("id")
                .asText();
        api.awaitScope(id, Set.of(ours, theirs));
        api.post("/api/v1/campaigns/" + id + "/launch", null);
        return "/api/v1/campaigns/" + id;
    }

    private static Map<String, Object> outcome(String memberId) {
        return Map.of("memberId", memberId, "taskRating", "EXCELLENT", "discipline", "NONE");
    }
}
