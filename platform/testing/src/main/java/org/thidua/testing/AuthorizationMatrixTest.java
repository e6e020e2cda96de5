package org.thidua.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The authorisation matrix every secured service runs: every route Micronaut knows × every {@link Caller} → the
 * status the service's table expects (2xx-or-business-answer for a caller the row allows, otherwise 401 without a
 * valid token and 403 with one), and a refused request writes nothing and publishes nothing (every table's checksum
 * and the outbox are the same after it). A route without a row fails {@link #everyRouteHasARow()}, so a new endpoint
 * cannot ship without a rule.
 *
 * <p>A service's test extends this with {@code @MicronautTest(transactional = false)}, creates its fixtures in
 * {@link #prepare()} (the unit of {@link Caller#OFFICER}, the groups of {@link Caller#REVIEWER}, the resources the
 * rows' URIs name) and lists its rows in {@link #table()}. Reads are scoped too (ADR 65): the fixture's unit is in
 * the reviewer's group, a route reading a unit's own data allows {@link #UNIT_DATA}, and a list that others may call
 * says with {@link Row#hides} which callers must not see the fixture unit's rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AuthorizationMatrixTest implements RealInfrastructure {

    /** Who calls. OFFICER and REVIEWER are scoped to {@link Scope}; the OTHER_ ones to something else. */
    public enum Caller {
        NO_TOKEN,
        EXPIRED,
        WRONG_SIGNATURE,
        ADMIN,
        VIEWER,
        OFFICER,
        OTHER_OFFICER,
        REVIEWER,
        OTHER_REVIEWER,
        COUNCIL_MEMBER,
        OPERATOR;

        boolean authenticated() {
            return this != NO_TOKEN && this != EXPIRED && this != WRONG_SIGNATURE;
        }
    }

    /**
     * Every authenticated caller of the business: what a route any role may read allows. Not {@link Caller#OPERATOR},
     * who runs the suite and reads none of its business (ADR 93).
     */
    public static final Set<Caller> ANY_ROLE = Set.of(
            Caller.ADMIN,
            Caller.VIEWER,
            Caller.OFFICER,
            Caller.OTHER_OFFICER,
            Caller.REVIEWER,
            Caller.OTHER_REVIEWER,
            Caller.COUNCIL_MEMBER);
    /**
     * Who reads a unit's own data (members, contacts, registrations, score sheets, nominations, inbox; ADR 65): ADMIN,
     * the unit's officer and a reviewer of its group, never a VIEWER, a council member or another unit's officer.
     */
    public static final Set<Caller> UNIT_DATA = Set.of(Caller.ADMIN, Caller.OFFICER, Caller.REVIEWER);
    /** Who runs the suite (ADR 93): dead letters, the operations status, deliveries, management endpoints. */
    public static final Set<Caller> OPERATIONS = Set.of(Caller.ADMIN, Caller.OPERATOR);
    /** Everyone, even without a token: health, metrics, API documents. */
    public static final Set<Caller> PUBLIC = EnumSet.allOf(Caller.class);

    /** The unit of {@link Caller#OFFICER} and the groups of {@link Caller#REVIEWER}. */
    public record Scope(String unitId, Set<String> groupIds) {}

    /**
     * What a list must not show some callers it allows (ADR 65): {@code text} (an id of the fixture's unit, or of
     * something of it) is in ADMIN's answer and in none of {@code from}'s.
     */
    public record Hidden(String text, Set<Caller> from) {}

    /** One route of the service, a request to it, and who may send that request. */
    public record Row(
            String method,
            String template,
            String uri,
            String body,
            String contentType,
            Set<Caller> allowed,
            Hidden hidden) {

        public Row body(String json) {
            return new Row(
                    method,
                    template,
                    uri,
                    json,
                    contentType == null ? "application/json" : contentType,
                    allowed,
                    hidden);
        }

        public Row body(String content, String type) {
            return new Row(method, template, uri, content, type, allowed, hidden);
        }

        public Row allow(Caller... callers) {
            return new Row(method, template, uri, body, contentType, Set.copyOf(Arrays.asList(callers)), hidden);
        }

        public Row allow(Set<Caller> callers) {
            return new Row(method, template, uri, body, contentType, Set.copyOf(callers), hidden);
        }

        /** The answer shows {@code text} to ADMIN and to none of {@code from}, which the row allows (a list). */
        public Row hides(String text, Caller... from) {
            return new Row(
                    method,
                    template,
                    uri,
                    body,
                    contentType,
                    allowed,
                    new Hidden(text, Set.copyOf(Arrays.asList(from))));
        }

        String route() {
            return method + " " + template;
        }
    }

    /** A row for {@code method template}, sent to {@code uri}, allowing nobody until {@link Row#allow} says. */
    protected static Row row(String method, String template, String uri) {
        return new Row(method, template, uri, null, null, Set.of(), null);
    }

    /** A row whose URI is its template (no path variables). */
    protected static Row row(String method, String template) {
        return row(method, template, template);
    }

    @Inject
    protected Router router;

    @Inject
    protected EmbeddedServer server;

    @Value("${datasources.default.url}")
    protected String jdbcUrl;

    @Value("${datasources.default.username}")
    protected String jdbcUser;

    @Value("${datasources.default.password}")
    protected String jdbcPassword;

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private Scope scope;

    /** Creates what the rows need (as ADMIN through the injected client, or with events) and names the scope. */
    protected abstract Scope prepare();

    /** The service's own expectations: one row per route it has besides {@link #COMMON_ROWS}. */
    protected abstract List<Row> table();

    /**
     * The routes every service has: management endpoints (health and Prometheus public, the others ADMIN's and the
     * operator's) and the dead-letter operations and operations status of platform/messaging (ADMIN's and the
     * operator's; ADR 93).
     */
    protected static final List<Row> COMMON_ROWS = CommonRows.ROWS;

    /** Every row: {@link #COMMON_ROWS} and the service's {@link #table()}. */
    private List<Row> rows() {
        return Stream.concat(COMMON_ROWS.stream(), table().stream()).toList();
    }

    /** Tables that change without a request (consumers' projections, a dispatcher), left out of the snapshot. */
    protected Set<String> changedInTheBackground() {
        return Set.of();
    }

    @BeforeAll
    void prepareScope() {
        scope = prepare();
    }

    @Test
    void everyRouteHasARow() {
        Set<String> routes = KnownRoutes.of(router);
        Set<String> rows = rows().stream().map(Row::route).collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>(routes);
        missing.removeAll(rows);
        Set<String> stale = new TreeSet<>(rows);
        stale.removeAll(routes);
        assertThat(missing)
                .as("routes without a row in the authorisation matrix (add one with its rule)")
                .isEmpty();
        assertThat(stale).as("rows for routes the service does not have").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyRouteAnswersEachCallerAsItsRowSays() {
        return rows().stream().map(row -> DynamicTest.dynamicTest(row.route(), () -> check(row)));
    }

    private void check(Row row) throws Exception {
        Map<Caller, Integer> refused = new LinkedHashMap<>();
        Map<String, String> before = TableSnapshot.take(jdbcUrl, jdbcUser, jdbcPassword, changedInTheBackground());
        for (Caller caller : Caller.values()) {
            if (!row.allowed().contains(caller)) {
                refused.put(caller, send(row, caller).statusCode());
            }
        }
        Map<String, String> after = TableSnapshot.take(jdbcUrl, jdbcUser, jdbcPassword, changedInTheBackground());
        Map<Caller, Integer> expected = new LinkedHashMap<>();
        refused.keySet().forEach(caller -> expected.put(caller, caller.authenticated() ? 403 : 401));
        assertThat(refused).as("%s refused", row.route()).isEqualTo(expected);
        assertThat(after)
                .as("%s: a refused request changed nothing and published nothing", row.route())
                .isEqualTo(before);
        for (Caller caller : Caller.values()) {
            if (row.allowed().contains(caller)) {
                HttpResponse<String> response = send(row, caller);
                assertThat(response.statusCode())
                        .as("%s as %s: %s", row.route(), caller, response.body())
                        .isNotIn(401, 403)
                        .isLessThan(500);
                checkHidden(row, caller, response);
            }
        }
    }

    /**
     * A well-signed token without one of the six roles (no {@code roles} claim, an empty list, only a role the suite
     * does not know) gets 403 on every {@code /api} route the router knows, listed or not, and changes nothing.
     */
    @Test
    void everyApiRouteRefusesATokenWithoutAKnownRole() throws Exception {
        Map<String, Row> listed = rows().stream().collect(Collectors.toMap(Row::route, row -> row, (a, b) -> a));
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("no roles claim", TestTokens.withRoles(null));
        tokens.put("roles []", TestTokens.withRoles(List.of()));
        tokens.put("roles [SUPERUSER]", TestTokens.withRoles(List.of("SUPERUSER")));
        Map<String, String> before = TableSnapshot.take(jdbcUrl, jdbcUser, jdbcPassword, changedInTheBackground());
        Map<String, Map<String, Integer>> answers = new LinkedHashMap<>();
        for (String route : KnownRoutes.of(router)) {
            String method = route.substring(0, route.indexOf(' '));
            String template = route.substring(route.indexOf(' ') + 1);
            if (!template.startsWith("/api/")) {
                continue;
            }
            Row row = listed.computeIfAbsent(route, unlisted -> {
                Row made =
                        row(method, template, template.replaceAll("\\{[^}]+}", "00000000-0000-4000-8000-000000000001"));
                return method.equals("GET") || method.equals("DELETE") ? made : made.body("{}");
            });
            for (Map.Entry<String, String> token : tokens.entrySet()) {
                answers.computeIfAbsent(route, r -> new LinkedHashMap<>())
                        .put(
                                token.getKey(),
                                send(row, token.getValue(), token.getKey()).statusCode());
            }
        }
        assertThat(answers).as("/api routes").isNotEmpty();
        assertThat(answers)
                .allSatisfy((route, statuses) ->
                        assertThat(statuses.values()).as(route).containsOnly(403));
        assertThat(TableSnapshot.take(jdbcUrl, jdbcUser, jdbcPassword, changedInTheBackground()))
                .as("a refused request changed nothing and published nothing")
                .isEqualTo(before);
    }

    /** A list the row {@link Row#hides} something in shows it to ADMIN and to none of the callers it hides it from. */
    private static void checkHidden(Row row, Caller caller, HttpResponse<String> response) {
        if (row.hidden() == null) {
            return;
        }
        if (caller == Caller.ADMIN) {
            assertThat(response.body())
                    .as("%s as ADMIN shows %s", row.route(), row.hidden().text())
                    .contains(row.hidden().text());
        } else if (row.hidden().from().contains(caller)) {
            assertThat(response.body())
                    .as("%s as %s: nothing of another unit", row.route(), caller)
                    .doesNotContain(row.hidden().text());
        }
    }

    private HttpResponse<String> send(Row row, Caller caller) throws Exception {
        return send(row, token(caller), caller.name());
    }

    private HttpResponse<String> send(Row row, String token, String caller) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + row.uri()))
                .timeout(Duration.ofSeconds(30))
                .method(
                        row.method(),
                        row.body() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(row.body()));
        if (row.body() != null) {
            request.header("Content-Type", row.contentType());
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            assertThat(response.headers().firstValue("Content-Type"))
                    .as("%s as %s", row.route(), caller)
                    .hasValue("application/problem+json");
        }
        return response;
    }

    /** The token {@code caller} sends (null for none). */
    protected String token(Caller caller) {
        return switch (caller) {
            case NO_TOKEN -> null;
            case EXPIRED -> TestTokens.expired();
            case WRONG_SIGNATURE -> TestTokens.wrongSignature();
            case ADMIN -> TestTokens.admin();
            case VIEWER -> TestTokens.viewer();
            case OFFICER -> TestTokens.unitOfficer(scope.unitId());
            case OTHER_OFFICER -> TestTokens.unitOfficer("00000000-0000-4000-8000-00000000dead");
            case REVIEWER -> TestTokens.reviewer(scope.groupIds());
            case OTHER_REVIEWER -> TestTokens.reviewer(List.of("00000000-0000-4000-8000-00000000beef"));
            case COUNCIL_MEMBER -> TestTokens.councilMember("00000000-0000-4000-8000-00000000cafe");
            case OPERATOR -> TestTokens.operator();
        };
    }
}
