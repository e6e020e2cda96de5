package org.thidua.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.thidua.contracts.units.UnitRegistered;
import org.thidua.local.EmbeddedKafka;
import org.thidua.local.EmbeddedMariaDb;
import org.thidua.local.Ports;

/**
 * The database server and then the Kafka broker die (kill -9) and come back on the same port and data directory
 * while units are created through units-service at a steady pace, and notifications-service projects each one
 * (ADR 92). Neither service is restarted. While the database is gone both say DOWN on readiness and a write answers
 * 503 problem+json within seconds; while the broker is gone writes still succeed (they touch only the database) and
 * the outbox holds their events; afterwards every accepted write (201) has exactly one effect downstream, every
 * refused one (503) none, and no record went to the dead letters. The test starts its own MariaDB and broker as
 * processes (deploy/local), so it runs in a surefire execution of its own, as {@link CrashRecoveryTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestartRecoveryTest {

    private static final String UNITS_DB = "units_restart";
    private static final String NOTIFICATIONS_DB = "notifications_restart";
    private static final Duration BACK = Duration.ofSeconds(180);

    private Path work;
    private int databasePort;
    private int kafkaPort;
    private int controllerPort;
    private EmbeddedMariaDb database;
    private EmbeddedKafka broker;
    private RunningService units;
    private RunningService notifications;

    /** What the writer saw: the code of each unit by answer. */
    private final Set<String> accepted = ConcurrentHashMap.newKeySet();

    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private final Queue<String> unexpected = new ConcurrentLinkedQueue<>();
    private final AtomicInteger attempts = new AtomicInteger();
    private ScheduledExecutorService writer;

    @BeforeAll
    void start() throws IOException {
        Path target = Path.of("target").toAbsolutePath();
        Files.createDirectories(target);
        work = Files.createTempDirectory(target, "restart-infra-");
        databasePort = Ports.freePort();
        kafkaPort = Ports.freePort();
        controllerPort = Ports.freePort();
        database = startDatabase();
        broker = startBroker();
        database.createDatabase(UNITS_DB);
        database.createDatabase(NOTIFICATIONS_DB);
        units = RunningService.start(
                "units-service",
                database.jdbcUrl(UNITS_DB),
                database.username(),
                database.password(),
                broker.bootstrapServers(),
                Map.of());
        notifications = RunningService.start(
                "notifications-service",
                database.jdbcUrl(NOTIFICATIONS_DB),
                database.username(),
                database.password(),
                broker.bootstrapServers(),
                Map.of());
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (writer != null) {
            writer.shutdownNow();
            writer.awaitTermination(60, TimeUnit.SECONDS);
        }
        for (AutoCloseable closeable : new AutoCloseable[] {units, notifications, broker, database}) {
            if (closeable != null) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    System.err.println("restart test: stopping " + closeable + ": " + e);
                }
            }
        }
    }

    @Test
    void aDatabaseAndThenABrokerKilledUnderWritesLoseNothingAndDuplicateNothing() throws Exception {
        writer = Executors.newSingleThreadScheduledExecutor();
        writer.scheduleWithFixedDelay(this::writeOne, 0, 25, TimeUnit.MILLISECONDS);
        awaitMoreAccepted(20);

        // --- the database dies
        kill(database.pid());
        long databaseKilled = System.nanoTime();
        long probeStarted = System.nanoTime();
        HttpResponse<String> probe = units.post("/api/v1/units", "{\"code\":\"RST-PROBE-DB\",\"name\":\"Thử\"}");
        long probeMillis = millisSince(probeStarted);
        refused.add("RST-PROBE-DB");
        assertThat(probe.statusCode()).isEqualTo(503);
        assertThat(probe.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(probe.headers().firstValue("Retry-After")).isPresent();
        assertThat(probe.body())
                .contains(
                        "\"type\":\"https://thidua.org/problems/unavailable\"",
                        "\"status\":503",
                        "Dịch vụ tạm thời không khả dụng")
                .doesNotContainIgnoringCase("sql")
                .doesNotContainIgnoringCase("hikari")
                .doesNotContainIgnoringCase("jdbc");
        // Hikari's connection-timeout is 3 s; a 2-core machine under load gets a few seconds more
        assertThat(probeMillis).isLessThan(10_000);
        awaitReadiness(units, 503, Duration.ofSeconds(30));
        awaitReadiness(notifications, 503, Duration.ofSeconds(30));
        long databaseDownMillis = millisSince(databaseKilled);
        // liveness stays UP: an orchestrator must not restart a service because its database is away
        assertThat(units.get("/health/liveness").statusCode()).isEqualTo(200);
        int refusedWhileDown = refused.size();

        // --- the database comes back on the same port and data directory; the services are not restarted
        database = startDatabase();
        long databaseRestarted = System.nanoTime();
        awaitReadiness(units, 200, BACK);
        awaitReadiness(notifications, 200, BACK);
        long databaseBackMillis = millisSince(databaseRestarted);
        awaitMoreAccepted(20);

        // --- the broker dies: writes go on (they touch only the database) and wait in the outbox
        kill(broker.pid());
        long brokerKilled = System.nanoTime();
        awaitReadiness(units, 503, Duration.ofSeconds(60));
        long brokerDownMillis = millisSince(brokerKilled);
        long writeStarted = System.nanoTime();
        HttpResponse<String> written =
                units.post("/api/v1/units", "{\"code\":\"RST-PROBE-KAFKA\",\"name\":\"Đơn vị ghi khi Kafka dừng\"}");
        long writeMillis = millisSince(writeStarted);
        assertThat(written.statusCode()).isEqualTo(201);
        accepted.add("RST-PROBE-KAFKA");
        assertThat(writeMillis).isLessThan(5_000);
        awaitMoreAccepted(20);
        assertThat(units.count("SELECT COUNT(*) FROM outbox_event WHERE published_at IS NULL"))
                .isPositive();

        // --- the broker comes back on the same ports and log directory
        broker = startBroker();
        long brokerRestarted = System.nanoTime();
        awaitReadiness(units, 200, BACK);
        awaitReadiness(notifications, 200, BACK);
        long brokerBackMillis = millisSince(brokerRestarted);
        awaitMoreAccepted(20);

        writer.shutdown();
        assertThat(writer.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(unexpected).isEmpty();
        assertThat(refusedWhileDown).isPositive();

        // every accepted unit is in units-service with its event in the outbox (one transaction), no refused one is
        String acceptedCodes = inList(accepted);
        String refusedCodes = inList(refused);
        assertThat(units.count("SELECT COUNT(*) FROM unit WHERE code IN (" + acceptedCodes + ")"))
                .isEqualTo(accepted.size());
        assertThat(units.count("SELECT COUNT(*) FROM unit WHERE code IN (" + refusedCodes + ")"))
                .isZero();
        assertThat(units.count("SELECT COUNT(*) FROM unit")).isEqualTo(accepted.size());
        assertThat(units.count("SELECT COUNT(*) FROM outbox_event WHERE event_type = '" + UnitRegistered.TYPE + "'"))
                .isEqualTo(accepted.size());

        // the relay and the consumer resumed by themselves: every event published and projected exactly once
        await().atMost(BACK)
                .until(() -> units.count("SELECT COUNT(*) FROM outbox_event WHERE published_at IS NULL") == 0
                        && notifications.count("SELECT COUNT(*) FROM recipient_unit") == accepted.size());
        assertThat(notifications.count("SELECT COUNT(*) FROM recipient_unit WHERE code IN (" + acceptedCodes + ")"))
                .isEqualTo(accepted.size());
        assertThat(notifications.count("SELECT COUNT(*) FROM recipient_unit WHERE code IN (" + refusedCodes + ")"))
                .isZero();
        long events = units.count("SELECT COUNT(*) FROM outbox_event");
        await().atMost(BACK)
                .until(() -> notifications.count("SELECT COUNT(*) FROM processed_event p JOIN `" + UNITS_DB
                                + "`.outbox_event o ON o.event_id = p.event_id")
                        == events);
        assertThat(notifications.count("SELECT COUNT(*) FROM processed_event")).isEqualTo(events);
        assertThat(units.count("SELECT COUNT(*) FROM dead_letter")).isZero();
        assertThat(notifications.count("SELECT COUNT(*) FROM dead_letter")).isZero();

        System.out.printf(
                "restarts: %d writes, %d accepted, %d refused (503); database killed: a write answered 503 "
                        + "in %d ms, readiness DOWN within %d ms; back: ready %d ms after the restart; broker killed: "
                        + "readiness DOWN within %d ms, a write answered 201 in %d ms; back: ready %d ms after the "
                        + "restart; %d events published and projected once each%n",
                attempts.get(),
                accepted.size(),
                refused.size(),
                probeMillis,
                databaseDownMillis,
                databaseBackMillis,
                brokerDownMillis,
                writeMillis,
                brokerBackMillis,
                events);
    }

    /** One unit with a code of its own; what it answered decides which set the code goes to. */
    private void writeOne() {
        String code = "RST-" + attempts.incrementAndGet();
        try {
            HttpResponse<String> response =
                    units.post("/api/v1/units", "{\"code\":\"" + code + "\",\"name\":\"Đơn vị " + code + "\"}");
            if (response.statusCode() == 201) {
                accepted.add(code);
            } else if (response.statusCode() == 503 && response.body().contains("problems/unavailable")) {
                refused.add(code);
            } else {
                unexpected.add(code + ": HTTP " + response.statusCode() + " " + response.body());
            }
        } catch (IOException e) {
            unexpected.add(code + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitMoreAccepted(int more) {
        int target = accepted.size() + more;
        await().atMost(BACK).until(() -> accepted.size() >= target);
    }

    private static void awaitReadiness(RunningService service, int status, Duration within) {
        await().atMost(within).pollInterval(Duration.ofMillis(100)).until(() -> {
            try {
                return service.get("/health/readiness").statusCode() == status;
            } catch (IOException e) {
                return false;
            }
        });
    }

    /** kill -9 of a server process found by its pid, and wait until it is gone. */
    private static void kill(long pid) {
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        assertThat(process.destroyForcibly()).isTrue();
        await().atMost(Duration.ofSeconds(30)).until(() -> !process.isAlive());
    }

    private EmbeddedMariaDb startDatabase() {
        return EmbeddedMariaDb.start(work.resolve("mariadb"), databasePort, work.resolve("mariadb.log"));
    }

    private EmbeddedKafka startBroker() {
        return EmbeddedKafka.start(work.resolve("kafka"), kafkaPort, controllerPort, work.resolve("kafka.log"));
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static String inList(Set<String> codes) {
        List<String> quoted = codes.stream().map(code -> "'" + code + "'").toList();
        return quoted.isEmpty() ? "NULL" : String.join(",", quoted);
    }
}
