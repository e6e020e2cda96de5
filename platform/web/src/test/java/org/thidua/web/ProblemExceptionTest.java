package org.thidua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

/** Plain JUnit: how rejections become problems. */
class ProblemExceptionTest {

    enum State {
        DRAFT,
        LAUNCHED
    }

    @Test
    void aRefusedTransitionIsA409NamingTheCurrentState() {
        assertThat(ProblemException.orConflict(Transition.to(State.DRAFT, State.LAUNCHED)))
                .isEqualTo(State.LAUNCHED);
        ProblemException refused = catchThrowableOfType(
                ProblemException.class,
                () -> ProblemException.orConflict(Transition.refused(State.LAUNCHED, "already launched")));
        assertThat(refused.type()).isEqualTo(ProblemType.INVALID_STATE);
        assertThat(refused.toProblem("/x").currentState()).isEqualTo("LAUNCHED");
    }

    @Test
    void aMissingReasonNamesTheField() {
        ProblemException missing =
                catchThrowableOfType(ProblemException.class, () -> ProblemException.requireReason(" "));
        assertThat(missing.violations()).extracting(Problem.Violation::field).containsExactly("reason");
        assertThat(ProblemException.requireReason(" thiếu hồ sơ ")).isEqualTo("thiếu hồ sơ");
    }

    @Test
    void onlyADuplicateKeyBecomesADuplicateProblem() {
        ProblemException duplicate = catchThrowableOfType(
                ProblemException.class,
                () -> ProblemException.duplicateOnUniqueKey("code", "taken", () -> {
                    throw new IllegalStateException(
                            new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062));
                }));
        assertThat(duplicate.type()).isEqualTo(ProblemType.DUPLICATE);
        assertThat(duplicate.violations()).extracting(Problem.Violation::field).containsExactly("code");

        IllegalStateException foreignKey = catchThrowableOfType(
                IllegalStateException.class,
                () -> ProblemException.duplicateOnUniqueKey("code", "taken", () -> {
                    throw new IllegalStateException(
                            new SQLIntegrityConstraintViolationException("FK fails", "23000", 1452));
                }));
        assertThat(foreignKey).isNotNull();
    }
}
