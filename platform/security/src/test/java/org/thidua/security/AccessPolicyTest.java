package org.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AccessPolicyTest {

    private static final String UNIT = "u-1";
    private static final String OTHER_UNIT = "u-2";

    private final AccessPolicy policy = new AccessPolicy();

    private static Caller caller(String role, String unitId, Set<String> groups, String memberId) {
        return new Caller("someone", Set.of(role), unitId, groups, memberId);
    }

    private static Caller role(String role) {
        return caller(role, null, Set.of(), null);
    }

    @Test
    void anOfficerActsOnlyForItsOwnUnit() {
        assertThat(policy.actForUnit(caller(Roles.UNIT_OFFICER, UNIT, Set.of(), null), UNIT).allowed()).isTrue();
        Access other = policy.actForUnit(caller(Roles.UNIT_OFFICER, UNIT, Set.of(), null), OTHER_UNIT);
        assertThat(other.allowed()).isFalse();
        assertThat(other.refusal()).contains(UNIT).contains(OTHER_UNIT);
        assertThat(policy.actForUnit(caller(Roles.UNIT_OFFICER, null, Set.of(), null), UNIT).allowed()).isFalse();
    }

    @Test
    void theOfficeActsForAnyUnitAndOtherRolesForNone() {
        assertThat(policy.actForUnit(role(Roles.ADMIN), OTHER_UNIT).allowed()).isTrue();
        for (String role : List.of(Roles.REVIEWER, Roles.COUNCIL_MEMBER, Roles.VIEWER)) {
            assertThat(policy.actForUnit(role(role), UNIT).allowed()).as(role).isFalse();
        }
    }

    @Test
    void aViewerReadsWhatBelongsToAnyUnitButAReviewerDoesNot() {
        assertThat(policy.readForUnit(role(Roles.VIEWER), UNIT).allowed()).isTrue();
        assertThat(policy.readForUnit(role(Roles.ADMIN), UNIT).allowed()).isTrue();
        assertThat(policy.readForUnit(caller(Roles.UNIT_OFFICER, UNIT, Set.of(), null), UNIT).allowed()).isTrue();
        assertThat(policy.readForUnit(caller(Roles.UNIT_OFFICER, UNIT, Set.of(), null), OTHER_UNIT).allowed()).isFalse();
        assertThat(policy.readForUnit(role(Roles.REVIEWER), UNIT).allowed()).isFalse();
    }

    @Test
    void aReviewerReviewsOnlyUnitsInItsGroups() {
        Caller reviewer = caller(Roles.REVIEWER, null, Set.of("g-1", "g-2"), null);
        assertThat(policy.review(reviewer, UNIT, List.of("g-2", "g-9")).allowed()).isTrue();
        Access refused = policy.review(reviewer, UNIT, List.of("g-9"));
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.refusal()).contains(UNIT);
        assertThat(policy.review(reviewer, UNIT, List.of()).allowed()).isFalse();
        assertThat(policy.review(role(Roles.ADMIN), UNIT, List.of()).allowed()).isTrue();
        assertThat(policy.review(caller(Roles.UNIT_OFFICER, UNIT, Set.of("g-1"), null), UNIT, List.of("g-1"))
                .allowed()).isFalse();
    }

    @Test
    void onlyACouncilMemberVotesAndOnlyForItself() {
        assertThat(policy.voteAs(caller(Roles.COUNCIL_MEMBER, null, Set.of(), "m-1"), "m-1").allowed()).isTrue();
        assertThat(policy.voteAs(caller(Roles.COUNCIL_MEMBER, null, Set.of(), "m-1"), "m-2").allowed()).isFalse();
        assertThat(policy.voteAs(caller(Roles.COUNCIL_MEMBER, null, Set.of(), null), "m-1").allowed()).isFalse();
        assertThat(policy.voteAs(role(Roles.ADMIN), "m-1").allowed()).isFalse();
    }

    @Test
    void officeOnlyActionsNeedAnAdmin() {
        assertThat(policy.officeOnly(role(Roles.ADMIN), "admit late").allowed()).isTrue();
        Access refused = policy.officeOnly(caller(Roles.UNIT_OFFICER, UNIT, Set.of(), null), "admit late");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.refusal()).isEqualTo("Only an ADMIN may admit late");
    }
}
