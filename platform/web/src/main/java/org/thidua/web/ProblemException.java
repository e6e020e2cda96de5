package org.thidua.web;

import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;

/** Thrown by use cases to answer with a problem; the transaction rolls back, so nothing is written or published. */
public class ProblemException extends RuntimeException {

    /** MySQL's and MariaDB's error code for a duplicate key (ER_DUP_ENTRY); a foreign-key violation is not one. */
    private static final int DUPLICATE_KEY = 1062;

    private final transient ProblemType type;
    private final transient List<Problem.Violation> violations;
    private final String currentState;
    private final Long currentVersion;

    private ProblemException(
            ProblemType type,
            String detail,
            List<Problem.Violation> violations,
            String currentState,
            Long currentVersion) {
        super(detail);
        this.type = type;
        this.violations = violations;
        this.currentState = currentState;
        this.currentVersion = currentVersion;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " " + id + " does not exist", null, null, null);
    }

    /** 400: one field is invalid in a way bean validation cannot see (e.g. a cycle in a hierarchy). */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(
                ProblemType.VALIDATION,
                field + ": " + message,
                List.of(new Problem.Violation(field, message)),
                null,
                null);
    }

    /** 400 with several violations (e.g. every bad row of an import). */
    public static ProblemException invalid(String detail, List<Problem.Violation> violations) {
        return new ProblemException(ProblemType.VALIDATION, detail, List.copyOf(violations), null, null);
    }

    /** 409: a unique value (named by {@code field}) is already taken. */
    public static ProblemException duplicate(String field, String message) {
        return new ProblemException(
                ProblemType.DUPLICATE, message, List.of(new Problem.Violation(field, message)), null, null);
    }

    /** 409: the transition is not allowed from {@code currentState}. */
    public static ProblemException invalidState(String currentState, String detail) {
        return new ProblemException(ProblemType.INVALID_STATE, detail, null, currentState, null);
    }

    /** 409: optimistic locking lost; the client must re-read {@code currentVersion}. */
    public static ProblemException staleVersion(long currentVersion, String detail) {
        return new ProblemException(ProblemType.STALE_VERSION, detail, null, null, currentVersion);
    }

    /** 403: the caller is authenticated but may not do this (e.g. an officer acting for another unit). */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail, null, null, null);
    }

    /** 422: well-formed but not acceptable now (e.g. a deadline passed). */
    public static ProblemException unprocessable(String detail) {
        return new ProblemException(ProblemType.UNPROCESSABLE, detail, null, null, null);
    }

    /** 422 naming the fields that are well-formed but not acceptable (e.g. a group or title that does not exist). */
    public static ProblemException unprocessable(String detail, List<Problem.Violation> violations) {
        return new ProblemException(ProblemType.UNPROCESSABLE, detail, List.copyOf(violations), null, null);
    }

    /** The next state of an allowed transition; for a refused one, 409 naming the current state. */
    public static <S extends Enum<S>> S orConflict(Transition<S> transition) {
        if (!transition.allowed()) {
            throw invalidState(transition.from().name(), transition.refusal());
        }
        return transition.to();
    }

    /** The stripped reason; 400 naming {@code reason} when a return or rejection comes without one. */
    public static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw invalidField("reason", "must not be blank");
        }
        return reason.strip();
    }

    /**
     * Runs {@code action}; when two requests raced past an existence check and the unique key decided, the loser gets
     * the same 409 as if the check had caught it.
     */
    public static <T> T duplicateOnUniqueKey(String field, String message, Supplier<T> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLException sql && sql.getErrorCode() == DUPLICATE_KEY) {
                    throw duplicate(field, message);
                }
            }
            throw e;
        }
    }

    public ProblemType type() {
        return type;
    }

    /** The fields this problem names (empty when it names none). */
    public List<Problem.Violation> violations() {
        return violations == null ? List.of() : violations;
    }

    Problem toProblem(String instance) {
        return new Problem(
                type.uri(),
                type.title(),
                type.status().getCode(),
                getMessage(),
                instance,
                violations,
                currentState,
                currentVersion);
    }
}
