package org.thidua.campaigns.review;

/** A review period is OPEN until it is FINALIZED (ranking computed and published, final). */
public enum PeriodState {
    OPEN,
    FINALIZED
}
