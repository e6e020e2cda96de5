package org.thidua.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** What {@link AuthorizationMatrixTest} compares before and after a refused request: the database's tables. */
final class TableSnapshot {

    private TableSnapshot() {}

    /** Every table's checksum and the outbox's size: what a refused request must leave as it was. */
    static Map<String, String> take(
            String jdbcUrl, String jdbcUser, String jdbcPassword, Set<String> changedInTheBackground)
            throws SQLException {
        Set<String> skipped = new TreeSet<>(changedInTheBackground);
        skipped.addAll(List.of("flyway_schema_history", "processed_event", "dead_letter", "outbox_event"));
        Map<String, String> state = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, jdbcUser, jdbcPassword);
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY table_name")) {
                while (rs.next()) {
                    if (!skipped.contains(rs.getString(1).toLowerCase())) {
                        tables.add(rs.getString(1));
                    }
                }
            }
            try (ResultSet rs = statement.executeQuery("CHECKSUM TABLE " + String.join(", ", tables))) {
                while (rs.next()) {
                    state.put(rs.getString(1), rs.getString(2));
                }
            }
            try (ResultSet rs = statement.executeQuery("SELECT COUNT(*), MAX(id) FROM outbox_event")) {
                rs.next();
                state.put("outbox_event", rs.getLong(1) + " rows, last " + rs.getLong(2));
            }
        }
        return state;
    }
}
