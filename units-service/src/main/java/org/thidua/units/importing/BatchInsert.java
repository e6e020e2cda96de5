package org.thidua.units.importing;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

import io.micronaut.data.jdbc.runtime.JdbcOperations;

/**
 * Inserts many rows with multi-row {@code INSERT ... VALUES (...), (...)} statements of up to {@link #ROWS} rows each,
 * in the caller's transaction: one round trip per chunk instead of one per row, whatever the driver's batch
 * settings. Common SQL of MySQL 8.4 and MariaDB.
 */
final class BatchInsert {

    /** Rows a statement; keeps the placeholders far below the protocol's 65,535. */
    static final int ROWS = 500;

    /** Binds one row's values, starting at parameter {@code first}. */
    interface Binder<T> {
        void bind(PreparedStatement statement, int first, T row) throws SQLException;
    }

    private BatchInsert() {
    }

    static <T> void insert(JdbcOperations jdbc, String table, List<String> columns, List<T> rows, Binder<T> binder) {
        String tuple = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        for (int from = 0; from < rows.size(); from += ROWS) {
            List<T> chunk = rows.subList(from, Math.min(from + ROWS, rows.size()));
            String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES "
                    + String.join(", ", Collections.nCopies(chunk.size(), tuple));
            jdbc.prepareStatement(sql, statement -> {
                int parameter = 1;
                for (T row : chunk) {
                    binder.bind(statement, parameter, row);
                    parameter += columns.size();
                }
                return statement.executeUpdate();
            });
        }
    }
}
