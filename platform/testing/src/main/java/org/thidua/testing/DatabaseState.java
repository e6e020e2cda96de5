package org.thidua.testing;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * What a test reads back from a service's database, each in its own read transaction: a count, or one row of
 * counts and checksums (a fingerprint) to show that a refused request wrote nothing.
 */
public final class DatabaseState {

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    public DatabaseState(JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** The first column of the first row of {@code sql}, with positional parameters. */
    public long count(String sql, Object... parameters) {
        return transactions.executeRead(status -> jdbc.prepareStatement(sql, s -> {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (var rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new AssertionError("No row from " + sql);
                }
                return rs.getLong(1);
            }
        }));
    }

    /** Every column of the one row {@code sql} returns, joined by {@code /}: equal before and after means unchanged. */
    public String fingerprint(String sql) {
        return transactions.executeRead(status -> jdbc.prepareStatement(sql, s -> {
            try (var rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new AssertionError("No row from " + sql);
                }
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    values.add(rs.getString(i));
                }
                return String.join("/", values);
            }
        }));
    }
}
