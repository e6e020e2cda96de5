package org.thidua.notifications;

import static org.awaitility.Awaitility.await;
import static org.thidua.testing.AuthorizationMatrixTest.Caller.ADMIN;
import static org.thidua.testing.AuthorizationMatrixTest.Caller.OFFICER;
import static org.thidua.testing.AuthorizationMatrixTest.Caller.OPERATOR;
import static org.thidua.testing.AuthorizationMatrixTest.Caller.VIEWER;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.thidua.testing.AuthorizationMatrixTest;
import org.thidua.testing.DatabaseState;
import org.thidua.testing.JsonApi;

/**
 * Who may do what in notifications-service: a unit's inbox, preferences and recipient entry (its e-mail addresses)
 * are its officer's and ADMIN's alone; deliveries, which name addresses, are ADMIN's and the operator's (who retries
 * them, ADR 93), and a VIEWER reads only their counts (ADR 65); templates any role reads. The operator is refused
 * every other route.
 */
@MicronautTest(transactional = false)
class NotificationsAuthorizationMatrixTest extends AuthorizationMatrixTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    private final TestEvents events = new TestEvents();
    private String unit;
    private String eventId;
    private long notice;

    @Override
    protected Scope prepare() {
        // a unit without contacts: its notice goes to the inbox only, so no delivery changes in the background
        unit = events.unit(TestEvents.id(), "AUTH-U1", "Đơn vị một", "vi");
        String group = events.group("Khối một", List.of(unit));
        // 60 s, as the module's other waits for a consumer: on a loaded CI machine a listener of the new context can
        // wait out the previous test class's consumer-group session before it gets its partitions
        // 404 until the unit's projection arrives
        await().atMost(Duration.ofSeconds(60))
                .ignoreException(HttpClientResponseException.class)
                .until(() -> get("/api/v1/recipients/units/" + unit)
                        .get("unitId")
                        .asText()
                        .equals(unit));
        // the group's members come on another topic than the unit: a launch routed before them reaches nobody
        await().atMost(Duration.ofSeconds(60)).until(() -> members(group) == 1);
        eventId = events.launch(TestEvents.id(), TestEvents.id(), "Phong trào thi đua", List.of(group));
        await().atMost(Duration.ofSeconds(60)).until(() -> inbox().size() == 1);
        notice = inbox().get(0).get("id").asLong();
        return new Scope(unit, Set.of(group));
    }

    @AfterAll
    void closeEvents() {
        events.close();
    }

    private long members(String group) {
        return new DatabaseState(jdbc, transactions)
                .count("SELECT COUNT(*) FROM recipient_group_member WHERE group_id = ?", group);
    }

    private JsonNode inbox() {
        return get("/api/v1/inbox?unitId=" + unit);
    }

    private JsonNode get(String uri) {
        return new JsonApi(http.toBlocking()).get(uri);
    }

    @Override
    protected List<Row> table() {
        String missing = "00000000-0000-4000-8000-000000000001";
        return List.of(
                row("GET", "/api/v1/recipients/units/{unitId}", "/api/v1/recipients/units/" + unit)
                        .allow(ADMIN, OFFICER),
                row("GET", "/api/v1/inbox", "/api/v1/inbox?unitId=" + unit).allow(ADMIN, OFFICER),
                row("GET", "/api/v1/inbox/unread-count", "/api/v1/inbox/unread-count?unitId=" + unit)
                        .allow(ADMIN, OFFICER),
                row("POST", "/api/v1/inbox/{id}/read", "/api/v1/inbox/" + notice + "/read")
                        .allow(ADMIN, OFFICER),
                row("GET", "/api/v1/preferences/units/{unitId}", "/api/v1/preferences/units/" + unit)
                        .allow(ADMIN, OFFICER),
                row("PUT", "/api/v1/preferences/units/{unitId}", "/api/v1/preferences/units/" + unit)
                        .body("{\"remindersMuted\":true}")
                        .allow(ADMIN, OFFICER),
                row("GET", "/api/v1/deliveries", "/api/v1/deliveries?eventId=" + eventId)
                        .allow(ADMIN, OPERATOR),
                row("GET", "/api/v1/deliveries/{id}", "/api/v1/deliveries/1").allow(ADMIN, OPERATOR),
                row("GET", "/api/v1/deliveries/counts", "/api/v1/deliveries/counts?eventId=" + eventId)
                        .allow(ADMIN, OPERATOR, VIEWER),
                row("POST", "/api/v1/deliveries/{id}/retry", "/api/v1/deliveries/1/retry")
                        .allow(ADMIN, OPERATOR),
                row("POST", "/api/v1/deliveries/retry", "/api/v1/deliveries/retry?eventId=" + missing)
                        .allow(ADMIN, OPERATOR),
                row("GET", "/api/v1/templates").allow(ANY_ROLE),
                row("GET", "/api/v1/templates/{template}/{language}", "/api/v1/templates/campaign-launched/vi")
                        .allow(ANY_ROLE));
    }
}
