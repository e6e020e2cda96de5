package org.thidua.messaging;

import java.util.Collections;

import io.micronaut.data.jdbc.runtime.JdbcOperations;

/** The few JDBC shorthands the services' hand-written SQL shares (projections, batches, IN lists). */
public final class Sql {

    private Sql() {
    }

    /** Runs one INSERT, UPDATE or DELETE with positional parameters on the current transaction's connection. */
    public static int update(JdbcOperations jdbc, String sql, Object... parameters) {
        return jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        });
    }

    /** {@code ?,?,…}: the placeholders of an IN list of {@code count} values. */
    public static String marks(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("An IN list needs at least one value, not " + count);
        }
        return String.join(",", Collections.nCopies(count, "?"));
    }
}
