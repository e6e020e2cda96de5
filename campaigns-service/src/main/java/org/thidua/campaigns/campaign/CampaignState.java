package org.thidua.campaigns.campaign;

/** DRAFT → LAUNCHED (registration open) → IN_PROGRESS → CLOSED; DRAFT | LAUNCHED → CANCELLED. */
public enum CampaignState {
    DRAFT,
    LAUNCHED,
    IN_PROGRESS,
    CLOSED,
    CANCELLED;

    /** Units may register, and the office may accept, return or admit registrations. */
    public boolean openForRegistrations() {
        return this == LAUNCHED || this == IN_PROGRESS;
    }
}
