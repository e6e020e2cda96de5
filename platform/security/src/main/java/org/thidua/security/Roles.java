package org.thidua.security;

/**
 * The suite's roles, as the {@code roles} claim of a token carries them. Constants, so that {@code @Secured} can name
 * them.
 */
public final class Roles {

    /** The emulation office: manages units, groups, campaigns, rule sets and decisions; acts for any unit. */
    public static final String ADMIN = "ADMIN";
    /** Acts only for the unit of its {@code unit_id} claim: registers, signs, self-assesses, reads its inbox. */
    public static final String UNIT_OFFICER = "UNIT_OFFICER";
    /** Reviews only the score sheets of units in the groups of its {@code group_ids} claim. */
    public static final String REVIEWER = "REVIEWER";
    /** Votes in council sessions, once, as the member of its {@code member_id} claim. */
    public static final String COUNCIL_MEMBER = "COUNCIL_MEMBER";
    /** Reads. */
    public static final String VIEWER = "VIEWER";
    /**
     * Runs the suite: the operations console, dead letters, delivery retries, traces. No business writes and no
     * business reads beyond what an operation shows (ADR 93).
     */
    public static final String OPERATOR = "OPERATOR";

    /** The claims that scope a caller. */
    public static final String UNIT_ID_CLAIM = "unit_id";

    public static final String GROUP_IDS_CLAIM = "group_ids";
    public static final String MEMBER_ID_CLAIM = "member_id";

    private Roles() {}
}
