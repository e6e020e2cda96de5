package org.thidua.awards.nomination;

/**
 * PROPOSED → IN_COUNCIL → APPROVED | REJECTED; APPROVED → DISCLOSED → DECIDED; any state before a decision →
 * WITHDRAWN. OVER_CAP: eligible but beyond the unit's cap, kept visible; it can only be withdrawn.
 */
public enum NominationState {
    PROPOSED,
    OVER_CAP,
    IN_COUNCIL,
    APPROVED,
    REJECTED,
    DISCLOSED,
    DECIDED,
    WITHDRAWN;

    /** Whether the nomination still claims its title for its recipient and year (one achievement, one award). */
    public boolean holdsTheTitle() {
        return this != REJECTED && this != WITHDRAWN;
    }
}
