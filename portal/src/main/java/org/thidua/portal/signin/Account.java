package org.thidua.portal.signin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A development account: one role and its scope. Its {@link #key()} is what the development sign-in form posts as the
 * user name: {@code ADMIN}, {@code UNIT_OFFICER:<unit id>}, {@code REVIEWER:<group id>,<group id>},
 * {@code COUNCIL_MEMBER:<member id>}, {@code VIEWER}, {@code OPERATOR} (ADR 93).
 */
@Serdeable
public record Account(
        String label,
        String role,
        @Nullable String unitId,
        List<String> groupIds,
        @Nullable String memberId) {

    public Account {
        groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
    }

    static Account office(String label) {
        return new Account(label, "ADMIN", null, List.of(), null);
    }

    /** The operator (ADR 93): runs the suite (dead letters, deliveries, traces), takes no part in its business. */
    static Account operator(String label) {
        return new Account(label, "OPERATOR", null, List.of(), null);
    }

    public String key() {
        return switch (role) {
            case "UNIT_OFFICER" -> role + ":" + unitId;
            case "REVIEWER" -> role + ":" + String.join(",", groupIds);
            case "COUNCIL_MEMBER" -> role + ":" + memberId;
            default -> role;
        };
    }

    /** The account a posted key names, with {@code label} as its display name; empty if the key is malformed. */
    static Optional<Account> parse(String key, String label) {
        String[] parts = key == null ? new String[0] : key.split(":", 2);
        if (parts.length == 0 || parts[0].isBlank()) {
            return Optional.empty();
        }
        String role = parts[0];
        String scope = parts.length == 2 ? parts[1] : "";
        boolean wellFormedScope = scope.matches("[A-Za-z0-9._,-]{0,400}");
        if (!wellFormedScope) {
            return Optional.empty();
        }
        return switch (role) {
            case "ADMIN", "VIEWER", "OPERATOR" ->
                scope.isEmpty() ? Optional.of(new Account(label, role, null, List.of(), null)) : Optional.empty();
            case "UNIT_OFFICER" ->
                scope.isEmpty() ? Optional.empty() : Optional.of(new Account(label, role, scope, List.of(), null));
            case "REVIEWER" ->
                scope.isEmpty()
                        ? Optional.empty()
                        : Optional.of(new Account(label, role, null, Arrays.asList(scope.split(",")), null));
            case "COUNCIL_MEMBER" ->
                scope.isEmpty() ? Optional.empty() : Optional.of(new Account(label, role, null, List.of(), scope));
            default -> Optional.empty();
        };
    }
}
