package org.thidua.campaigns.scoresheet;

/** DRAFT → SUBMITTED → REVIEWED → APPROVED (final); a return goes one step back. */
public enum ScoreSheetState {
    DRAFT,
    SUBMITTED,
    REVIEWED,
    APPROVED
}
