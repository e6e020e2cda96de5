package org.thidua.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Statements the database server executed between two points ({@code SHOW GLOBAL STATUS}), per unit of work: how
 * many round trips a request costs, by kind. Counts every client of the server, so run it against a server of its own.
 */
final class StatementCounter implements AutoCloseable {

    private static final List<String> COUNTERS = List.of("Questions", "Com_select", "Com_insert", "Com_update",
            "Com_delete", "Com_commit", "Com_rollback", "Com_set_option", "Com_begin");

    private final Connection connection;

    StatementCounter(String jdbcUrl, String user, String password) throws SQLException {
        this.connection = DriverManager.getConnection(jdbcUrl, user, password);
    }

    Map<String, Long> snapshot() throws SQLException {
        Map<String, Long> values = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SHOW GLOBAL STATUS")) {
            while (rs.next()) {
                if (COUNTERS.contains(rs.getString(1))) {
                    values.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return values;
    }

    /** e.g. {@code Questions 7.1, Com_select 3.0, ...} per {@code unit} since {@code before}. */
    String since(Map<String, Long> before, long work, String unit) throws SQLException {
        Map<String, Long> after = snapshot();
        StringBuilder line = new StringBuilder("statements per " + unit + ":");
        for (String counter : COUNTERS) {
            if (after.containsKey(counter)) {
                line.append(String.format(" %s %.2f,", counter.replace("Com_", ""),
                        (after.get(counter) - before.getOrDefault(counter, 0L)) / (double) work));
            }
        }
        return line.substring(0, line.length() - 1);
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
