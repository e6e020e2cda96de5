package org.thidua.awards.council;

import java.util.Collection;
import org.thidua.contracts.awards.VoteTally;

/**
 * Counting a nomination's votes: it passes when the approvals reach the title's threshold counted against ALL the
 * council's members, not against those who voted (an abstention or a missing vote counts as no approval).
 */
public final class VoteCount {

    private VoteCount() {}

    public static VoteTally tally(Collection<Vote.Choice> votes, int councilMembers) {
        int approve = (int) votes.stream().filter(v -> v == Vote.Choice.APPROVE).count();
        int reject = (int) votes.stream().filter(v -> v == Vote.Choice.REJECT).count();
        int abstain = (int) votes.stream().filter(v -> v == Vote.Choice.ABSTAIN).count();
        return new VoteTally(approve, reject, abstain, councilMembers);
    }

    /** approvals / all members ≥ threshold%, in whole numbers (7 of 10 reaches 70%, 6 of 9 does not). */
    public static boolean passes(VoteTally tally, int thresholdPercent) {
        return tally.councilMembers() > 0
                && (long) tally.votesFor() * 100 >= (long) thresholdPercent * tally.councilMembers();
    }

    public static String explain(VoteTally tally, int thresholdPercent) {
        return tally.votesFor() + " of " + tally.councilMembers() + " council members approved ("
                + tally.votesAgainst() + " against, " + tally.abstentions() + " abstained); " + thresholdPercent
                + "% of all members required";
    }
}
