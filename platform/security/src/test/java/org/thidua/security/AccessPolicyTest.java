package org.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
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
        assertThat(policy.actForUnit(caller(Roles.UNIT_OFFICER, UNIT, Set.of(), null), UNIT)
                        .allowed())
                .isTrue();
        Access other = policy.actForUnit(caller(Roles.UNIT_OFFICER, UNIT, Set.of(), null), OTHER_UNIT);
        assertThat(other.allowed()).isFalse();
        assertThat(other.refusal()).contains(UNIT).contains(OTHER_UNIT);
        assertThat(policy.actForUnit(caller(Roles.UNIT_OFFICER, null, Set.of(), null), UNIT)
                        .allowed())
                .isFalse();
    }

    @Test
    void theOfficeActsForAnyUnitAndOtherRolesForNone() {
        assertThat(policy.actForUnit(role(Roles.ADMIN), OTHER_UNIT).allowed()).isTrue();
        for (String role : List.of(Roles.REVIEWER, Roles.COUNCIL_MEMBER, Roles.VIEWER)) {
            assertThat(policy.actForUnit(role(role), UNIT).allowed()).as(role).isFalse();
        }
    }

    @Test
    void aUnitsInboxAndAddressesAreReadByItsOfficerAndTheOfficeOnly() {
        assertThat(policy.readForUnit(role(Roles.VIEWER), UNIT).allowed()).isFalse();
        assertThat(policy.readForUnit(role(Roles.ADMIN), UNIT).allowed()).isTrue();
        assertThat(policy.readForUnit(caller(Roles.UNIT_OFFICER, UNIT, Set.of(), null), UNIT)
                        .allowed())
                .isTrue();
        assertThat(policy.readForUnit(caller(Roles.UNIT_OFFICER, UNIT, Set.of(), null), OTHER_UNIT)
                        .allowed())
                .isFalse();
        assertThat(policy.readForUnit(role(Roles.REVIEWER), UNIT).allowed()).isFalse();
    }

    @Test
    void aReviewerReviewsOnlyUnitsInItsGroups() {
        Caller reviewer = caller(Roles.REVIEWER, null, Set.of("g-1", "g-2"), null);
        assertThat(policy.review(reviewer, UNIT, List.of("g-2", "g-9")).allowed())
                .isTrue();
        Access refused = policy.review(reviewer, UNIT, List.of("g-9"));
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.refusal()).contains(UNIT);
        assertThat(policy.review(reviewer, UNIT, List.of()).allowed()).isFalse();
        assertThat(policy.review(role(Roles.ADMIN), UNIT, List.of()).allowed()).isTrue();
        assertThat(policy.review(caller(Roles.UNIT_OFFICER, UNIT, Set.of("g-1"), null), UNIT, List.of("g-1"))
                        .allowed())
                .isFalse();
    }

    @Test
    void onlyACouncilMemberVotesAndOnlyForItself() {
        assertThat(policy.voteAs(caller(Roles.COUNCIL_MEMBER, null, Set.of(), "m-1"), "m-1")
                        .allowed())
                .isTrue();
        assertThat(policy.voteAs(caller(Roles.COUNCIL_MEMBER, null, Set.of(), "m-1"), "m-2")
                        .allowed())
                .isFalse();
        assertThat(policy.voteAs(caller(Roles.COUNCIL_MEMBER, null, Set.of(), null), "m-1")
                        .allowed())
                .isFalse();
        assertThat(policy.voteAs(role(Roles.ADMIN), "m-1").allowed()).isFalse();
    }

    @Test
    void officeOnlyActionsNeedAnAdmin() {
        assertThat(policy.officeOnly(role(Roles.ADMIN), "admit late").allowed()).isTrue();
        Access refused = policy.officeOnly(caller(Roles.UNIT_OFFICER, UNIT, Set.of(), null), "admit late");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.refusal()).isEqualTo("Only an ADMIN may admit late");
    }

    @Test
    void theOfficeReadsEveryUnitsDataAnOfficerItsOwnAndAReviewerItsGroupsUnits() {
        assertThat(policy.readUnitData(role(Roles.ADMIN), UNIT, List.of()).allowed())
                .isTrue();
        Caller officer = caller(Roles.UNIT_OFFICER, UNIT, Set.of(), null);
        assertThat(policy.readUnitData(officer, UNIT, List.of()).allowed()).isTrue();
        Access other = policy.readUnitData(officer, OTHER_UNIT, List.of("g-1"));
        assertThat(other.allowed()).isFalse();
        assertThat(other.refusal()).doesNotContain(OTHER_UNIT).contains("own unit");
        Caller reviewer = caller(Roles.REVIEWER, null, Set.of("g-1"), null);
        assertThat(policy.readUnitData(reviewer, OTHER_UNIT, List.of("g-9", "g-1"))
                        .allowed())
                .isTrue();
        Access outside = policy.readUnitData(reviewer, OTHER_UNIT, List.of("g-9"));
        assertThat(outside.allowed()).isFalse();
        assertThat(outside.refusal()).doesNotContain(OTHER_UNIT).doesNotContain("g-9");
    }

    @Test
    void aCouncilMemberReadsOnlyWhatIsBeforeItsOwnCouncil() {
        Caller member = caller(Roles.COUNCIL_MEMBER, null, Set.of(), "m-1");
        assertThat(policy.readCouncilMatters(member, List.of("m-1", "m-2")).allowed())
                .isTrue();
        Access other = policy.readCouncilMatters(member, List.of("m-2"));
        assertThat(other.allowed()).isFalse();
        assertThat(other.refusal()).doesNotContain("m-2");
        assertThat(policy.readCouncilMatters(role(Roles.ADMIN), List.of()).allowed())
                .isTrue();
        assertThat(policy.readCouncilMatters(caller(Roles.VIEWER, null, Set.of(), "m-1"), List.of("m-1"))
                        .allowed())
                .isFalse();
        assertThat(policy.readCouncilMatters(caller(Roles.UNIT_OFFICER, UNIT, Set.of(), null), List.of("m-1"))
                        .allowed())
                .isFalse();
    }

    @Test
    void aNominationIsPublicOnceDisclosedAndBeforeThatItsUnitsAndItsCouncils() {
        Caller viewer = role(Roles.VIEWER);
        assertThat(policy.readNomination(viewer, UNIT, List.of(), List.of(), true)
                        .allowed())
                .isTrue();
        assertThat(policy.readNomination(viewer, UNIT, List.of(), List.of(), false)
                        .allowed())
                .isFalse();
        Caller member = caller(Roles.COUNCIL_MEMBER, null, Set.of(), "m-1");
        assertThat(policy.readNomination(member, UNIT, List.of(), List.of("m-1"), false)
                        .allowed())
                .isTrue();
        assertThat(policy.readNomination(member, UNIT, List.of(), List.of("m-2"), false)
                        .allowed())
                .isFalse();
        assertThat(policy.readNomination(
                                caller(Roles.UNIT_OFFICER, UNIT, Set.of(), null), UNIT, List.of(), List.of(), false)
                        .allowed())
                .isTrue();
        assertThat(policy.readNomination(
                                caller(Roles.UNIT_OFFICER, OTHER_UNIT, Set.of(), null),
                                UNIT,
                                List.of(),
                                List.of(),
                                false)
                        .allowed())
                .isFalse();
        assertThat(policy.readNomination(
                                caller(Roles.REVIEWER, null, Set.of("g-1"), null),
                                UNIT,
                                List.of("g-1"),
                                List.of(),
                                false)
                        .allowed())
                .isTrue();
    }

    @Test
    void onlyTheOfficeReadsWhatItHasNotPublished() {
        assertThat(policy.readUnpublished(role(Roles.ADMIN), "a draft").allowed())
                .isTrue();
        for (String role : List.of(Roles.UNIT_OFFICER, Roles.REVIEWER, Roles.COUNCIL_MEMBER, Roles.VIEWER)) {
            Access refused = policy.readUnpublished(caller(role, UNIT, Set.of("g-1"), "m-1"), "a draft campaign");
            assertThat(refused.allowed()).as(role).isFalse();
            assertThat(refused.refusal()).isEqualTo("Only an ADMIN may read a draft campaign");
        }
    }

    @Test
    void whatUnitsShareIsReadByAnyOneOfThem() {
        Caller officer = caller(Roles.UNIT_OFFICER, UNIT, Set.of(), null);
        assertThat(policy.readSharedUnitData(officer, Map.of(OTHER_UNIT, List.of(), UNIT, List.of()))
                        .allowed())
                .isTrue();
        assertThat(policy.readSharedUnitData(officer, Map.of(OTHER_UNIT, List.of("g-1")))
                        .allowed())
                .isFalse();
        assertThat(policy.readSharedUnitData(officer, Map.of()).allowed()).isFalse();
        assertThat(policy.readSharedUnitData(role(Roles.ADMIN), Map.of()).allowed())
                .isTrue();
        assertThat(policy.readSharedUnitData(
                                caller(Roles.REVIEWER, null, Set.of("g-1"), null), Map.of(OTHER_UNIT, List.of("g-1")))
                        .allowed())
                .isTrue();
    }

    @Test
    void aViewerAndACouncilMemberReadNoUnitsOwnData() {
        for (Caller caller : List.of(
                role(Roles.VIEWER),
                caller(Roles.COUNCIL_MEMBER, null, Set.of(), "m-1"),
                caller(Roles.UNIT_OFFICER, null, Set.of(), null))) {
            assertThat(policy.readUnitData(caller, UNIT, List.of("g-1")).allowed())
                    .as(caller.toString())
                    .isFalse();
            assertThat(policy.unitDataScope(caller).none())
                    .as(caller.toString())
                    .isTrue();
        }
    }

    @Test
    void aListIsFilteredToTheCallersUnitsOrGroups() {
        assertThat(policy.unitDataScope(role(Roles.ADMIN))).isEqualTo(UnitScope.EVERY_UNIT);
        assertThat(policy.unitDataScope(caller(Roles.UNIT_OFFICER, UNIT, Set.of("g-1"), null)))
                .isEqualTo(new UnitScope(false, Set.of(UNIT), Set.of()));
        assertThat(policy.unitDataScope(caller(Roles.REVIEWER, UNIT, Set.of("g-1"), null)))
                .isEqualTo(new UnitScope(false, Set.of(), Set.of("g-1")));
        Caller both = new Caller("x", Set.of(Roles.UNIT_OFFICER, Roles.REVIEWER), UNIT, Set.of("g-1"), null);
        UnitScope scope = policy.unitDataScope(both);
        assertThat(scope.covers(UNIT, List.of())).isTrue();
        assertThat(scope.covers(OTHER_UNIT, List.of("g-1"))).isTrue();
        assertThat(scope.covers(OTHER_UNIT, List.of("g-2"))).isFalse();
    }
}
