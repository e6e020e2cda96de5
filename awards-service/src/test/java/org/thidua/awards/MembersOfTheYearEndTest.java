package org.thidua.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.thidua.contracts.ReviewPeriod;
import org.thidua.contracts.campaigns.CampaignLaunched;
import org.thidua.contracts.reviews.ReviewPeriodFinalized;
import org.thidua.contracts.reviews.ReviewPeriodFinalized.ExcludedMember;
import org.thidua.contracts.reviews.ReviewPeriodFinalized.GroupRanking;
import org.thidua.contracts.reviews.ReviewPeriodFinalized.MemberOutcome;
import org.thidua.contracts.reviews.ReviewPeriodFinalized.RankingEntry;
import org.thidua.contracts.reviews.ReviewPeriodFinalized.UnitOutcomes;
import org.thidua.contracts.units.MemberJoined;
import org.thidua.contracts.units.MemberLeft;

/**
 * Members in what awards-service decides (issue 14): a move applied out of order, the year end of a thematic
 * campaign, and shares of members counted over every member the sheet covers.
 */
@MicronautTest(transactional = false)
class MembersOfTheYearEndTest extends AwardsApiTest {

    private static final int YEAR = 2025;

    @Test
    void aMoveWhoseJoinedIsAppliedBeforeItsLeftLeavesTheMemberActiveInTheNewUnit() {
        String from = UUID.randomUUID().toString();
        String to = UUID.randomUUID().toString();
        String member =
                api.unitWithMembers(from, "CU-" + from.substring(0, 4), 1).get(0);
        api.unitWithMembers(to, "MOI-" + to.substring(0, 4), 0);

        // the move: one instant (as units-service stores it, to the microsecond), two partitions; "joined"
        // (version 2) is consumed before "left" (version 1)
        Instant moved = Instant.now().truncatedTo(ChronoUnit.MICROS);
        api.send(new MemberJoined(to, member, "Cán bộ chuyển đến", "Chuyên viên", null, moved, 2L));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.count(
                                "SELECT COUNT(*) FROM directory_member " + "WHERE member_id = ? AND unit_id = ?",
                                member,
                                to)
                        == 1);
        String left = api.send(new MemberLeft(from, member, moved, 1L));
        awaitConsumed(left);

        assertThat(api.count(
                        "SELECT COUNT(*) FROM directory_member WHERE member_id = ? AND unit_id = ? AND active",
                        member,
                        to))
                .as("the older version of the move does not undo the newer")
                .isEqualTo(1);
        JsonNode nomination = api.post(
                "/api/v1/nominations",
                Map.of(
                        "year",
                        YEAR,
                        "titleCode",
                        "LDTT",
                        "recipientKind",
                        "MEMBER",
                        "unitId",
                        to,
                        "memberId",
                        member,
                        "grounds",
                        List.of("Hoàn thành tốt nhiệm vụ tại đơn vị mới")));
        assertThat(nomination.get("state").asText()).isEqualTo("PROPOSED");
        assertThat(nomination.get("unitId").asText()).isEqualTo(to);
    }

    @Test
    void aThematicYearEndProposesNoAnnualTitlesAndDoesNotBlockTheRegularOne() {
        String unit = UUID.randomUUID().toString();
        List<String> members = api.unitWithMembers(unit, "CD-" + unit.substring(0, 4), 2);
        String thematic = UUID.randomUUID().toString();
        awaitConsumed(api.send(
                yearEnd(thematic, CampaignLaunched.Kind.THEMATIC, List.of(outcomes(unit, members, List.of())))));
        assertThat(api.get("/api/v1/evaluations?campaignId=" + thematic)).isEmpty();
        assertThat(nominations(thematic)).isEmpty();

        String regular = UUID.randomUUID().toString();
        api.send(yearEnd(regular, CampaignLaunched.Kind.REGULAR, List.of(outcomes(unit, members, List.of()))));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> nominations(regular).stream()
                                .filter(n -> n.get("titleCode").asText().equals("LDTT"))
                                .count()
                        == 2);
        assertThat(nominations(regular))
                .filteredOn(n -> n.get("titleCode").asText().equals("LDTT"))
                .extracting(n -> n.get("memberId").asText())
                .containsExactlyInAnyOrderElementsOf(members);
    }

    @Test
    void sharesOfMembersCountEveryMemberTheSheetCoversAndNoMoreThanTheNamedExclusions() {
        // four members, a sheet rating two of them: two of four hold LĐTT, not "more than 50 %"
        String partial = UUID.randomUUID().toString();
        List<String> partialMembers = api.unitWithMembers(partial, "TP-" + partial.substring(0, 4), 4);
        // three members, one of them excluded by name with a reason: two of two
        String excluding = UUID.randomUUID().toString();
        List<String> excludingMembers = api.unitWithMembers(excluding, "LT-" + excluding.substring(0, 4), 3);
        String campaign = UUID.randomUUID().toString();
        api.send(yearEnd(
                campaign,
                CampaignLaunched.Kind.REGULAR,
                List.of(
                        outcomes(partial, partialMembers.subList(0, 2), List.of()),
                        outcomes(
                                excluding,
                                excludingMembers.subList(0, 2),
                                List.of(new ExcludedMember(
                                        excludingMembers.get(2), "Chuyển đến đơn vị sau ngày 01/10/2025"))))));

        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        api.get("/api/v1/evaluations?campaignId=" + campaign).size() == 1);
        JsonNode evaluation = api.get("/api/v1/evaluations/"
                + api.get("/api/v1/evaluations?campaignId=" + campaign)
                        .get(0)
                        .get("id")
                        .asText());
        JsonNode left = result(evaluation, partial, "TTLDTT");
        assertThat(left.get("status").asText())
                .as("a sheet that leaves members out inflates no share")
                .isEqualTo("NOT_ELIGIBLE");
        assertThat(left.toString()).contains("50% of members hold LDTT (2 of 4; 2 active member(s) not on the sheet");
        JsonNode excluded = result(evaluation, excluding, "TTLDTT");
        assertThat(excluded.get("status").asText()).isEqualTo("ELIGIBLE");
        assertThat(excluded.toString()).contains("100% of members hold LDTT (2 of 2; 1 excluded by the unit's sheet)");
        assertThat(result(evaluation, partial, "TTLDXS").toString()).contains("2 of 4 members did not complete tasks");
    }

    private static ReviewPeriodFinalized yearEnd(
            String campaignId, CampaignLaunched.Kind kind, List<UnitOutcomes> units) {
        List<RankingEntry> ranking = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            ranking.add(new RankingEntry(units.get(i).unitId(), new BigDecimal(95 - i), i + 1));
        }
        return new ReviewPeriodFinalized(
                campaignId,
                YEAR,
                ReviewPeriod.YEAR_END,
                LocalDate.of(YEAR, 12, 31),
                List.of(new GroupRanking(UUID.randomUUID().toString(), ranking)),
                units,
                List.of(),
                Instant.now(),
                kind);
    }

    private static UnitOutcomes outcomes(String unitId, List<String> rated, List<ExcludedMember> excluded) {
        return new UnitOutcomes(
                unitId,
                ReviewPeriodFinalized.TaskRating.EXCELLENT,
                rated.stream()
                        .map(m -> new MemberOutcome(
                                m,
                                ReviewPeriodFinalized.TaskRating.EXCELLENT,
                                null,
                                ReviewPeriodFinalized.Discipline.NONE))
                        .toList(),
                excluded);
    }

    private void awaitConsumed(String eventId) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.count("SELECT COUNT(*) FROM processed_event " + "WHERE event_id = ?", eventId) == 1);
    }

    private List<JsonNode> nominations(String campaignId) {
        List<JsonNode> found = new ArrayList<>();
        api.get("/api/v1/nominations?size=1000&campaignId=" + campaignId).forEach(found::add);
        return found;
    }

    private static JsonNode result(JsonNode evaluation, String recipientId, String titleCode) {
        return StreamSupport.stream(evaluation.get("results").spliterator(), false)
                .filter(r -> r.get("recipientId").asText().equals(recipientId)
                        && r.get("titleCode").asText().equals(titleCode))
                .findFirst()
                .orElseThrow();
    }
}
