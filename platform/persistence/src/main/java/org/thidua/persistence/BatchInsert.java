package org.thidua.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * Inserts many rows with multi-row {@code INSERT ... VALUES (...), (...)} statements of up to {@link #ROWS} rows each,
 * in the caller's transaction, keeping the rows' order: one round trip per chunk instead of one per row, whatever the
 * driver's batch settings (ADR 97). Common SQL of MySQL 8.4 and MariaDB.
 */
public final class BatchInsert {

    /** Rows a statement; keeps the placeholders far below the protocol's 65,535. */
    public static final int ROWS = 500;

    /** Binds one row's values, starting at parameter {@code first}. */
    @FunctionalInterface
    public interface Binder<T> {
        void bind(PreparedStatement statement, int first, T row) throws SQLException;
    }

    private BatchInsert() {}

    /** Inserts {@code rows} into {@code table} (a constant, never input), {@code binder} setting each row's values. */
    public static <T> void insert(
            JdbcOperations jdbc, String table, List<String> columns, List<T> rows, Binder<T> binder) {
        for (int from = 0; from < rows.size(); from += ROWS) {
            List<T> chunk = rows.subList(from, Math.min(from + ROWS, rows.size()));
            jdbc.prepareStatement(sql(table, columns, chunk.size()), statement -> {
                int parameter = 1;
                for (T row : chunk) {
                    binder.bind(statement, parameter, row);
                    parameter += columns.size();
                }
                return statement.executeUpdate();
            });
        }
    }

    /** Inserts rows given as their values in column order, each set with {@code setObject}. */
    public static void insertValues(JdbcOperations jdbc, String table, List<String> columns, List<Object[]> rows) {
        insert(jdbc, table, columns, rows, (statement, first, row) -> {
            if (row.length != columns.size()) {
                throw new IllegalArgumentException(
                        row.length + " values for the " + columns.size() + " columns " + columns);
            }
            for (int i = 0; i < row.length; i++) {
                statement.setObject(first + i, row[i]);
            }
        });
    }

    /** The statement inserting {@code rows} rows: {@code INSERT INTO t (a, b) VALUES (?, ?), (?, ?)}. */
    public static String sql(String table, List<String> columns, int rows) {
        if (!table.matches("[a-z_]+") || columns.isEmpty() || rows < 1) {
            throw new IllegalArgumentException("Cannot insert " + rows + " rows of " + columns + " into " + table);
        }
        String tuple = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES "
                + String.join(", ", Collections.nCopies(rows, tuple));
    }
}
