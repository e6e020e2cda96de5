package org.thidua.security;

import java.util.Set;

/**
 * Who sends a request: the token's subject, its roles and the claims that scope it. Plain data, so that the
 * {@link AccessPolicy} is tested without Micronaut.
 */
public record Caller(String subject, Set<String> roles, String unitId, Set<String> groupIds, String memberId) {

    /** What acts when no request does (a consumer, a scheduled job). */
    public static final Caller SYSTEM = new Caller("system", Set.of(), null, Set.of(), null);

    public Caller {
        roles = Set.copyOf(roles);
        groupIds = Set.copyOf(groupIds);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }
}
