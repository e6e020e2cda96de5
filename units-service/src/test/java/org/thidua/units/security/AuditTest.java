package org.thidua.units.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thidua.contracts.Topics;
import org.thidua.contracts.units.UnitRegistered;
import org.thidua.contracts.units.UnitUpdated;
import org.thidua.testing.Headers;
import org.thidua.testing.TestTokens;
import org.thidua.units.UnitsApiTest;

/** Who did each change, and when: stored with the change (audit_log) and carried in its event (ce_thiduaactor). */
@MicronautTest(transactional = false)
class AuditTest extends UnitsApiTest {

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void eachChangeNamesTheSubjectOfTheTokenThatMadeIt() {
        String office = TestTokens.token("nguyen.van.a@vpqh", List.of("ADMIN"), Map.of(), Duration.ofMinutes(10));
        String unit = api.send(HttpRequest.POST("/api/v1/units", Map.of("code", "AUD-1", "name", "Đơn vị"))
                        .bearerAuth(office))
                .get("id")
                .asText();
        String other = TestTokens.token("tran.thi.b@vpqh", List.of("ADMIN"), Map.of(), Duration.ofMinutes(10));
        api.send(HttpRequest.PUT("/api/v1/units/" + unit, Map.of("version", 0, "name", "Đơn vị mới", "language", "vi"))
                .bearerAuth(other));

        events.await(Topics.UNITS, unit, UnitRegistered.TYPE, UnitUpdated.TYPE);
        assertThat(events.of(Topics.UNITS, unit))
                .extracting(r -> Headers.of(r, "ce_thiduaactor"))
                .containsExactly("nguyen.van.a@vpqh", "tran.thi.b@vpqh");
        assertThat(audit(unit))
                .containsExactly("nguyen.van.a@vpqh " + UnitRegistered.TYPE, "tran.thi.b@vpqh " + UnitUpdated.TYPE);
    }

    private List<String> audit(String subject) {
        return transactions.executeRead(status -> jdbc.prepareStatement(
                "SELECT actor, event_type, occurred_at FROM audit_log WHERE subject = ? ORDER BY id", statement -> {
                    statement.setString(1, subject);
                    List<String> rows = new ArrayList<>();
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            assertThat(rs.getTimestamp(3)).isNotNull();
                            rows.add(rs.getString(1) + " " + rs.getString(2));
                        }
                    }
                    return rows;
                }));
    }
}
