package org.thidua.awards.nomination;

import io.micronaut.core.annotation.Nullable;
import java.util.Arrays;
import java.util.List;
import org.thidua.security.Caller;
import org.thidua.web.ProblemException;

/**
 * The role an objection is filed in: one the caller's token carries. Anyone with a role may object (docs/rules.md);
 * a caller may not object in a role it does not hold (403), and names its role only when its token has several.
 */
final class ObjectorRole {

    private ObjectorRole() {}

    static Objection.Role of(Caller caller, @Nullable Objection.Role requested) {
        List<Objection.Role> held = Arrays.stream(Objection.Role.values())
                .filter(r -> caller.has(r.name()))
                .toList();
        if (held.isEmpty()) {
            throw ProblemException.forbidden("Objections are filed by holders of one of the suite's roles "
                    + Arrays.toString(Objection.Role.values()));
        }
        if (requested != null) {
            if (!held.contains(requested)) {
                throw ProblemException.forbidden(
                        "The caller objects in one of its own roles " + held + ", not as " + requested);
            }
            return requested;
        }
        if (held.size() > 1) {
            throw ProblemException.invalidField("role", "is required when the token has several roles: one of " + held);
        }
        return held.get(0);
    }
}
