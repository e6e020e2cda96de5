package org.thidua.campaigns.covenant;

/** OPEN until every listed unit has signed, then SIGNED (final). */
public enum CovenantState {
    OPEN,
    SIGNED
}
