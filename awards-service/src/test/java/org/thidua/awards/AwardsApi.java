package org.thidua.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.thidua.contracts.Event;
import org.thidua.contracts.groups.GroupMembershipChanged;
import org.thidua.contracts.units.MemberJoined;
import org.thidua.contracts.units.UnitRegistered;
import org.thidua.testing.CloudEventSender;
import org.thidua.testing.DatabaseState;
import org.thidua.testing.JsonApi;

/**
 * What the API tests of this service share: calls (as ADMIN, or as the caller of {@link #as}), refusals that change
 * nothing, events fed like other services.
 */
public final class AwardsApi extends JsonApi {

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final DatabaseState database;
    private final CloudEventSender sender;

    public AwardsApi(BlockingHttpClient http, JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this(http, jdbc, transactions, new CloudEventSender(), null);
    }

    private AwardsApi(
            BlockingHttpClient http,
            JdbcOperations jdbc,
            TransactionOperations<Connection> transactions,
            CloudEventSender sender,
            String token) {
        super(http, token);
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.database = new DatabaseState(jdbc, transactions);
        this.sender = sender;
    }

    /** The same calls sent with {@code token} (e.g. {@code TestTokens.councilMember(id)}) instead of ADMIN's. */
    public AwardsApi as(String token) {
        return new AwardsApi(http(), jdbc, transactions, sender, token);
    }

    /**
     * Discloses {@code nominationIds} from today, then moves their stored window {@code days} back, as if disclosed
     * that long ago: the API opens windows from today on only, and a decision waits until the window is over.
     */
    public JsonNode discloseAsIfDaysAgo(List<String> nominationIds, int days) {
        JsonNode disclosed = post("/api/v1/nominations/disclose", Map.of("nominationIds", nominationIds));
        transactions.executeWrite(status -> jdbc.prepareStatement(
                "UPDATE nomination SET disclosure_start ="
                        + " disclosure_start - INTERVAL ? DAY, disclosure_end = disclosure_end - INTERVAL ? DAY WHERE id IN ("
                        + String.join(", ", Collections.nCopies(nominationIds.size(), "?")) + ")",
                statement -> {
                    statement.setInt(1, days);
                    statement.setInt(2, days);
                    for (int i = 0; i < nominationIds.size(); i++) {
                        statement.setString(i + 3, nominationIds.get(i));
                    }
                    return statement.executeUpdate();
                }));
        return disclosed;
    }

    public void close() {
        sender.close();
    }

    // --- HTTP ---------------------------------------------------------------------------------------------------

    public JsonNode postCsv(String path, String csv) {
        return send(HttpRequest.POST(path, csv).contentType(MediaType.TEXT_CSV));
    }

    /** A request that must be refused with {@code status}, writing and publishing nothing; returns the problem. */
    public JsonNode refused(String path, Object body, HttpStatus status) {
        return refused(
                HttpRequest.POST(path, body == null ? Map.of() : body).contentType(MediaType.APPLICATION_JSON), status);
    }

    public JsonNode refusedCsv(String path, String csv, HttpStatus status) {
        return refused(HttpRequest.POST(path, csv).contentType(MediaType.TEXT_CSV), status);
    }

    private JsonNode refused(MutableHttpRequest<?> request, HttpStatus status) {
        String before = fingerprint();
        JsonNode problem = problem(request, status.getCode());
        assertThat(fingerprint())
                .as("nothing written or published by a refused %s", request.getPath())
                .isEqualTo(before);
        return problem;
    }

    /** 409 naming the current state. */
    public JsonNode conflict(String path, Object body, String currentState) {
        JsonNode problem = refused(path, body, HttpStatus.CONFLICT);
        assertThat(problem.path("type").asText()).isEqualTo("https://thidua.org/problems/invalid-state");
        assertThat(problem.path("currentState").asText()).as(path).isEqualTo(currentState);
        return problem;
    }

    // --- the state of the database ------------------------------------------------------------------------------

    /** Row counts and a checksum of the states of every table a request may change, and the outbox. */
    public String fingerprint() {
        return database.fingerprint("SELECT "
                + "(SELECT COUNT(*) FROM outbox_event), (SELECT COUNT(*) FROM rule_set), "
                + "(SELECT COUNT(*) FROM base_salary), (SELECT COUNT(*) FROM evaluation), "
                + "(SELECT COUNT(*) FROM nomination), "
                + "(SELECT COALESCE(SUM(CRC32(CONCAT(id, state, COALESCE(active_key, ''), COALESCE(session_id, ''), "
                + "COALESCE(disclosure_end, '')))), 0) FROM nomination), "
                + "(SELECT COUNT(*) FROM objection), (SELECT COALESCE(SUM(CRC32(CONCAT(id, state))), 0) FROM objection), "
                + "(SELECT COUNT(*) FROM council), (SELECT COUNT(*) FROM council_member), "
                + "(SELECT COUNT(*) FROM council_session), "
                + "(SELECT COALESCE(SUM(CRC32(CONCAT(id, state))), 0) FROM council_session), "
                + "(SELECT COUNT(*) FROM vote), (SELECT COALESCE(SUM(last_number), 0) FROM decision_counter), "
                + "(SELECT COUNT(*) FROM decision), (SELECT COUNT(*) FROM award), "
                + "(SELECT COALESCE(SUM(CRC32(CONCAT(id, state))), 0) FROM award), "
                + "(SELECT COUNT(*) FROM audit_entry), (SELECT COUNT(retired_at) FROM rule_set)");
    }

    public long count(String sql, Object... parameters) {
        return database.count(sql, parameters);
    }

    // --- other services, as seen on the broker ------------------------------------------------------------------

    /** Sends {@code event} as its publisher would; returns the CloudEvents id. */
    public String send(Event event) {
        return sender.send(event);
    }

    /** Sends {@code event} with a given CloudEvents id (the same id twice: a redelivery). */
    public String send(Event event, String eventId) {
        return sender.send(event, eventId);
    }

    /** A unit with {@code members} members, known to the directory once this returns; the member ids. */
    public List<String> unitWithMembers(String unitId, String code, int members) {
        send(new UnitRegistered(unitId, code, "Đơn vị " + code, null, "vi", true, Instant.now(), null, null, null));
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= members; i++) {
            String memberId = UUID.randomUUID().toString();
            ids.add(memberId);
            send(new MemberJoined(
                    unitId,
                    memberId,
                    "Cán bộ " + code + " " + i,
                    "Chuyên viên",
                    code.toLowerCase() + i + "@example.vn",
                    Instant.now(),
                    0L));
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count("SELECT COUNT(*) FROM directory_member " + "WHERE unit_id = ? AND active", unitId)
                                == members
                        && count("SELECT COUNT(*) FROM directory_unit WHERE unit_id = ? AND active", unitId) == 1);
        return ids;
    }

    public void group(String groupId, int year, List<String> unitIds) {
        send(new GroupMembershipChanged(groupId, year, unitIds, unitIds, List.of(), Instant.now()));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count("SELECT COUNT(*) FROM directory_group_member " + "WHERE group_id = ?", groupId)
                        == unitIds.size());
    }
}
