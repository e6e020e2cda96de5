package org.thidua.campaigns;

import java.sql.SQLIntegrityConstraintViolationException;
import java.util.function.Supplier;

import io.micronaut.data.exceptions.DataAccessException;
import org.thidua.web.ProblemException;

/** Two requests that raced past an existence check: the unique key decided, and the loser gets the same 409. */
public final class Duplicates {

    private Duplicates() {
    }

    public static <T> T asConflict(String field, String message, Supplier<T> action) {
        try {
            return action.get();
        } catch (DataAccessException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLIntegrityConstraintViolationException) {
                    throw ProblemException.duplicate(field, message);
                }
            }
            throw e;
        }
    }
}
