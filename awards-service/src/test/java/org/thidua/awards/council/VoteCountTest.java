package org.thidua.awards.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thidua.contracts.awards.VoteTally;

class VoteCountTest {

    @Test
    void sevenApprovalsOfTenMembersReachSeventyPercent() {
        assertThat(VoteCount.passes(new VoteTally(7, 3, 0, 10), 70)).isTrue();
        assertThat(VoteCount.passes(new VoteTally(6, 0, 0, 9), 70)).isFalse();
    }

    @Test
    void theThresholdCountsAgainstAllMembersNotThoseWhoVoted() {
        // 5 voters all approve, but the council has 9 members: 5/9 = 55.6% < 70%
        VoteTally tally = VoteCount.tally(Collections.nCopies(5, Vote.Choice.APPROVE), 9);
        assertThat(tally).isEqualTo(new VoteTally(5, 0, 0, 9));
        assertThat(VoteCount.passes(tally, 70)).isFalse();
    }

    @Test
    void abstentionsAreNotApprovals() {
        VoteTally tally = VoteCount.tally(List.of(Vote.Choice.APPROVE, Vote.Choice.APPROVE, Vote.Choice.ABSTAIN), 3);
        assertThat(tally).isEqualTo(new VoteTally(2, 0, 1, 3));
        assertThat(VoteCount.passes(tally, 70)).isFalse();
        assertThat(VoteCount.passes(tally, 66)).isTrue();
    }

    @Test
    void theThresholdIsPerTitle() {
        VoteTally tally = new VoteTally(8, 2, 0, 10);
        assertThat(VoteCount.passes(tally, 70)).isTrue();
        assertThat(VoteCount.passes(tally, 90)).isFalse();
        assertThat(VoteCount.explain(tally, 90))
                .isEqualTo("8 of 10 council members approved (2 against, 0 abstained); 90% of all members required");
    }
}
