package org.thidua.units;

/**
 * What a policy answers: allowed, or rejected with a reason a user can read. Policies are plain classes (no framework,
 * no database), so each rule is tested on its own; use cases turn a rejection into a problem response.
 */
public record Decision(boolean allowed, String reason) {

    private static final Decision ALLOWED = new Decision(true, null);

    public static Decision allow() {
        return ALLOWED;
    }

    public static Decision reject(String reason) {
        return new Decision(false, reason);
    }

    public boolean rejected() {
        return !allowed;
    }
}
