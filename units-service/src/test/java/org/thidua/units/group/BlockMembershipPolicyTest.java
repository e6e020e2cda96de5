package org.thidua.units.group;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.thidua.contracts.groups.GroupCreated.Kind;

class BlockMembershipPolicyTest {

    private final BlockMembershipPolicy policy = new BlockMembershipPolicy();
    private final BlockMembershipPolicy.Seat inBlockIII = new BlockMembershipPolicy.Seat("g3", "KHOI-III", 2019);

    @Test
    void aUnitWithoutABlockThatYearMayJoinOne() {
        assertThat(policy.mayJoin(Kind.BLOCK, 2019, "g4", "VPQH", null).allowed())
                .isTrue();
    }

    @Test
    void aSecondBlockInTheSameYearIsRefusedNamingTheFirst() {
        var decision = policy.mayJoin(Kind.BLOCK, 2019, "g4", "VPQH", inBlockIII);
        assertThat(decision.rejected()).isTrue();
        assertThat(decision.reason()).contains("VPQH").contains("KHOI-III").contains("2019");
    }

    @Test
    void theSameBlockAgainAndAnyClusterAreFine() {
        assertThat(policy.mayJoin(Kind.BLOCK, 2019, "g3", "VPQH", inBlockIII).allowed())
                .isTrue();
        assertThat(policy.mayJoin(Kind.CLUSTER, 2019, "c1", "VPQH", inBlockIII).allowed())
                .isTrue();
    }
}
