package org.thidua.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** The few JDBC shorthands the services' hand-written SQL shares (projections, batches, IN lists). */
public final class Sql {

    private Sql() {}

    /** Runs one INSERT, UPDATE or DELETE with positional parameters on the current transaction's connection. */
    public static int update(JdbcOperations jdbc, String sql, Object... parameters) {
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, Arrays.asList(parameters));
            return statement.executeUpdate();
        });
    }

    /** The first column of the one row {@code sql} returns (a count or a sum), with positional parameters. */
    public static long count(JdbcOperations jdbc, String sql, Object... parameters) {
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, Arrays.asList(parameters));
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("No row from " + sql);
                }
                return rs.getLong(1);
            }
        });
    }

    /** Sets {@code parameters} (nulls included) as the statement's positional parameters, in order. */
    public static void bind(PreparedStatement statement, List<?> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    /** {@code ?,?,…}: the placeholders of an IN list of {@code count} values. */
    public static String marks(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("An IN list needs at least one value, not " + count);
        }
        return String.join(",", Collections.nCopies(count, "?"));
    }

    /** {@code table} as it is, after checking it is a plain table name: it is put into SQL text, so never input. */
    public static String tableName(String table) {
        if (table == null || !table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("Not a table name: " + table);
        }
        return table;
    }
}
