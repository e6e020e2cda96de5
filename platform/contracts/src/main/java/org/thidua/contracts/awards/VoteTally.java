package org.thidua.contracts.awards;

/**
 * The tally of a council (Hội đồng thi đua – khen thưởng) vote on a nomination. Votes are secret: only the counts
 * are published. Thresholds count against {@code councilMembers}, all members of the council, not only those who
 * voted.
 */
public record VoteTally(int votesFor, int votesAgainst, int abstentions, int councilMembers) {}
