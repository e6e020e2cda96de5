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

    private static final List<String> COUNTERS = List.of(
            "Questions",
            "Com_select",
            "Com_insert",
            "Com_update",
            "Com_delete",
            "Com_commit",
            "Com_rollback",
            "Com_set_option",
            "Com_begin");

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
                line.append(String.format(
                        " %s %.2f,",
                        counter.replace("Com_", ""),
                        (after.get(counter) - before.getOrDefault(counter, 0L)) / (double) work));
            }
        }
        return line.substring(0, line.length() - 1);
    }

    /**
     * What the server ran during {@code millis} (its general log, written to a table meanwhile), each statement shape
     * (literals masked) with its count, most frequent first: which statements a request is made of.
     */
    String sample(long millis) throws SQLException, InterruptedException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE TABLE mysql.general_log");
            statement.execute("SET GLOBAL log_output = 'TABLE'");
            statement.execute("SET GLOBAL general_log = 1");
            Thread.sleep(millis);
            statement.execute("SET GLOBAL general_log = 0");
            Map<String, Integer> shapes = new LinkedHashMap<>();
            try (ResultSet rs = statement.executeQuery(
                    "SELECT command_type, CONVERT(argument USING utf8mb4) FROM mysql.general_log")) {
                while (rs.next()) {
                    String text = rs.getString(2) == null ? "" : rs.getString(2);
                    String shape = rs.getString(1) + " "
                            + text.replaceAll("'[^']*'", "?")
                                    .replaceAll("\\b\\d+(\\.\\d+)?\\b", "N")
                                    .replaceAll("\\s+", " ");
                    shapes.merge(shape.length() > 110 ? shape.substring(0, 110) : shape, 1, Integer::sum);
                }
            }
            StringBuilder out = new StringBuilder("statements in " + millis + " ms:\n");
            shapes.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .limit(40)
                    .forEach(e -> out.append(String.format("%6d  %s%n", e.getValue(), e.getKey())));
            return out.toString();
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
