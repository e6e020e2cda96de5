package org.thidua.awards.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.thidua.security.Caller;
import org.thidua.web.Problem;
import org.thidua.web.ProblemException;
import org.thidua.web.ProblemType;

class ObjectorRoleTest {

    private static Caller caller(String... roles) {
        return new Caller("someone", Set.of(roles), null, Set.of(), null);
    }

    @Test
    void aCallerWithOneRoleObjectsInIt() {
        assertThat(ObjectorRole.of(caller("VIEWER"), null)).isEqualTo(Objection.Role.VIEWER);
        assertThat(ObjectorRole.of(caller("UNIT_OFFICER"), Objection.Role.UNIT_OFFICER))
                .isEqualTo(Objection.Role.UNIT_OFFICER);
    }

    @Test
    void aCallerWithSeveralRolesNamesOneOfThem() {
        assertThat(ObjectorRole.of(caller("REVIEWER", "COUNCIL_MEMBER"), Objection.Role.REVIEWER))
                .isEqualTo(Objection.Role.REVIEWER);
        ProblemException unnamed = catchThrowableOfType(
                ProblemException.class, () -> ObjectorRole.of(caller("REVIEWER", "COUNCIL_MEMBER"), null));
        assertThat(unnamed.type()).isEqualTo(ProblemType.VALIDATION);
        assertThat(unnamed.violations()).extracting(Problem.Violation::field).containsExactly("role");
        assertThat(unnamed.violations().get(0).message()).contains("several roles");
    }

    @Test
    void noOneObjectsInARoleItDoesNotHoldNorWithoutASuiteRole() {
        ProblemException claimed = catchThrowableOfType(
                ProblemException.class, () -> ObjectorRole.of(caller("VIEWER"), Objection.Role.ADMIN));
        assertThat(claimed.type()).isEqualTo(ProblemType.FORBIDDEN);
        ProblemException roleless =
                catchThrowableOfType(ProblemException.class, () -> ObjectorRole.of(caller("AUDITOR"), null));
        assertThat(roleless.type()).isEqualTo(ProblemType.FORBIDDEN);
    }
}
