package org.thidua.awards.rules;

/** The reach of a recognised initiative (sáng kiến), smallest first: the unit (cơ sở), a ministry or sector, the country. */
public enum InitiativeLevel {
    BASE,
    MINISTRY,
    NATIONAL;

    public boolean atLeast(InitiativeLevel other) {
        return ordinal() >= other.ordinal();
    }
}
