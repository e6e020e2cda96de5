package org.thidua.security;

/** The answer of the {@link AccessPolicy}: allowed, or refused with a reason a caller can read. */
public record Access(boolean allowed, String refusal) {

    static final Access ALLOWED = new Access(true, null);

    static Access refused(String reason) {
        return new Access(false, reason);
    }
}
