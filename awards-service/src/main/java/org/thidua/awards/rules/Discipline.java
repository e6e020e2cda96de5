package org.thidua.awards.rules;

/** The heaviest discipline a member received in the year, lightest first. */
public enum Discipline {
    NONE,
    REPRIMAND,
    WARNING_OR_WORSE;

    public boolean atLeast(Discipline other) {
        return ordinal() >= other.ordinal();
    }
}
