package org.thidua.awards.registry;

/** An award in the registry stands (ACTIVE) or was revoked with a reason (REVOKED, final). */
public enum AwardState {
    ACTIVE,
    REVOKED
}
