package org.thidua.portal.signin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The signed-in person as the pages see it: a display name, the suite's roles and scope claims, and the bearer token
 * the portal sends to the services on the person's behalf.
 */
public record Person(
        String subject,
        String name,
        List<String> roles,
        @Nullable String unitId,
        List<String> groupIds,
        @Nullable String memberId,
        String accessToken) {

    /** Keys of the session's attributes (the claims of the portal's cookie). */
    public static final String NAME = "name";

    public static final String UNIT = "unit_id";
    public static final String GROUPS = "group_ids";
    public static final String MEMBER = "member_id";
    public static final String ACCESS_TOKEN = "accessToken";
    /** The person's language ({@code vi}, {@code en}): a unit officer's is the unit's; the default of its pages. */
    public static final String LANGUAGE = "language";

    public static Person of(Authentication authentication) {
        Map<String, Object> attributes = authentication.getAttributes();
        Object name = attributes.get(NAME);
        return new Person(
                authentication.getName(),
                name == null ? authentication.getName() : name.toString(),
                List.copyOf(authentication.getRoles()),
                text(attributes.get(UNIT)),
                texts(attributes.get(GROUPS)),
                text(attributes.get(MEMBER)),
                String.valueOf(attributes.get(ACCESS_TOKEN)));
    }

    public boolean isAdmin() {
        return roles.contains("ADMIN");
    }

    public boolean isOfficer() {
        return roles.contains("UNIT_OFFICER") && unitId != null;
    }

    public boolean isReviewer() {
        return roles.contains("REVIEWER");
    }

    public boolean isCouncilMember() {
        return roles.contains("COUNCIL_MEMBER") && memberId != null;
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    private static List<String> texts(Object value) {
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return value == null || value.toString().isBlank()
                ? List.of()
                : List.of(value.toString().split(","));
    }
}
