package org.thidua.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMariaDbTest {

    @TempDir
    Path dir;

    @Test
    void connectsWithConnectorJAndKeepsDataAcrossARestart() throws Exception {
        int port = Ports.freePort();
        Path data = dir.resolve("data");
        Path log = dir.resolve("mariadb.log");

        EmbeddedMariaDb db = EmbeddedMariaDb.start(data, port, log);
        try {
            assertThat(db.jdbcUrl("thidua_test")).isEqualTo("jdbc:mysql://127.0.0.1:" + port + "/thidua_test");
            db.createDatabase("thidua_test");
            db.createDatabase("thidua_test"); // idempotent
            assertThatThrownBy(() -> db.createDatabase("x`; DROP DATABASE mysql; --"))
                    .isInstanceOf(IllegalArgumentException.class);
            try (Connection connection =
                            DriverManager.getConnection(db.jdbcUrl("thidua_test"), db.username(), db.password());
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE unit (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL)");
                statement.execute("INSERT INTO unit (id, name) VALUES (1, 'Phòng Thi đua – Khen thưởng')");
                try (ResultSet rs = statement.executeQuery("SELECT @@character_set_database, @@collation_database")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("utf8mb4");
                    assertThat(rs.getString(2)).isEqualTo("utf8mb4_unicode_ci");
                }
            }
        } finally {
            db.stop();
        }
        assertThat(db.isRunning()).isFalse();

        EmbeddedMariaDb restarted = EmbeddedMariaDb.start(data, port, log);
        try {
            try (Connection connection = DriverManager.getConnection(
                            restarted.jdbcUrl("thidua_test"), restarted.username(), restarted.password());
                    Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT name FROM unit WHERE id = 1")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Phòng Thi đua – Khen thưởng");
            }
        } finally {
            restarted.stop();
        }
        // installed once, started twice
        assertThat(Files.readString(log))
                .containsOnlyOnce("Installing MariaDB/MySQL system tables")
                .contains("ready for connections");
    }
}
