package org.thidua.units.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class GroupLeadershipPolicyTest {

    private final GroupLeadershipPolicy policy = new GroupLeadershipPolicy();
    private final Set<String> members = Set.of("a", "b", "c");

    @Test
    void headAndDeputyAreTwoMembers() {
        assertThat(policy.mayHead("a", members).allowed()).isTrue();
        assertThat(policy.mayDeputise("b", "a", members).allowed()).isTrue();
        assertThat(policy.mayDeputise(null, "a", members).allowed())
                .as("no deputy")
                .isTrue();
    }

    @Test
    void outsidersTheSameUnitTwiceOrADeputyWithoutHeadAreRefused() {
        assertThat(policy.mayHead("x", members).reason()).contains("not a member");
        assertThat(policy.mayDeputise("x", "a", members).reason()).contains("not a member");
        assertThat(policy.mayDeputise("a", "a", members).reason()).contains("another unit than the head");
        assertThat(policy.mayHead(null, members).reason()).contains("needs a head");
    }

    @Test
    void aLeaderCannotLeaveWhileLeading() {
        assertThat(policy.mayLeave("a", "a", "b").reason()).contains("head");
        assertThat(policy.mayLeave("b", "a", "b").reason()).contains("deputy");
        assertThat(policy.mayLeave("c", "a", "b").allowed()).isTrue();
    }
}
