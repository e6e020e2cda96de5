package org.thidua.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.thidua.contracts.ReviewPeriod;
import org.thidua.contracts.campaigns.CampaignLaunched;
import org.thidua.contracts.groups.GroupCreated;
import org.thidua.contracts.groups.GroupMembershipChanged;
import org.thidua.contracts.units.ContactChanged;
import org.thidua.contracts.units.UnitRegistered;
import org.thidua.local.EmbeddedMariaDb;
import org.thidua.local.EmbeddedSmtp;
import org.thidua.local.Ports;
import org.thidua.local.ServiceProcess;
import org.thidua.messaging.Outbox;

/**
 * What tracing costs (ADR 94), in one run, with tracing off ({@code otel.sdk.disabled}), sampled at 10 % ({@code
 * parentbased_traceidratio} 0.1) and at 100 % ({@code parentbased_always_on}): (1) the outbox relay draining a backlog
 * of E events (each its own root PRODUCER span), after an unmeasured round, the three settings in turn and again in
 * reverse order, the mean of the two; (2) notifications-service fanning out ten launches (one per block of U/10 units,
 * each launch its own trace) into the embedded SMTP server, one service process per setting and round, each after an
 * unmeasured round of ten launches; the three settings in turn and again in reverse, the mean of the two (run first;
 * 0 units skips it). Usage: {@code bench/tracing.sh [events=20000] [units=2000]}.
 */
public final class TracingCostBenchmark {

    private static final int BLOCKS = 10;
    private static final String NAME_PADDING = "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Thanh Hóa ";

    private TracingCostBenchmark() {}

    /** The three settings, as {@code otel.*} properties. */
    private static Map<String, Map<String, String>> settings() {
        Map<String, Map<String, String>> settings = new LinkedHashMap<>();
        settings.put("off", Map.of("otel.sdk.disabled", "true"));
        settings.put(
                "10 %", Map.of("otel.traces.sampler", "parentbased_traceidratio", "otel.traces.sampler.arg", "0.1"));
        settings.put("100 %", Map.of("otel.traces.sampler", "parentbased_always_on"));
        return settings;
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int units = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        BenchInfrastructure infrastructure = BenchInfrastructure.start("tracing");
        try {
            // the fan-out first: its service reads the units topic from the start, which the relay's events would fill
            Map<String, Double> fanout = units > 0 ? fanout(infrastructure, units) : null;
            Map<String, Double> relay = relay(infrastructure, events);
            System.out.println();
            System.out.println("Machine: " + Machine.describe());
            System.out.println("Command: bench/tracing.sh " + events + " " + units);
            System.out.println("Date: " + LocalDate.now());
            System.out.println();
            System.out.println("| tracing | relay, " + events + " events (events/s) | vs off | fan-out, " + units
                    + " units in 10 launches (emails/s) | vs off |");
            System.out.println("|---|---|---|---|---|");
            for (String setting : settings().keySet()) {
                System.out.printf(
                        "| %s | %,.0f | %+.1f %% | %s | %s |%n",
                        setting,
                        relay.get(setting),
                        100 * (relay.get(setting) / relay.get("off") - 1),
                        fanout == null ? "—" : String.format("%,.0f", fanout.get(setting)),
                        fanout == null
                                ? "—"
                                : String.format("%+.1f %%", 100 * (fanout.get(setting) / fanout.get("off") - 1)));
            }
        } finally {
            infrastructure.close();
        }
    }

    private static Map<String, Double> relay(BenchInfrastructure infrastructure, int events) {
        EmbeddedMariaDb db = infrastructure.db();
        db.createDatabase("bench_tracing_relay");
        Map<String, Object> properties = new HashMap<>();
        properties.put("datasources.default.url", db.jdbcUrl("bench_tracing_relay"));
        properties.put("datasources.default.username", db.username());
        properties.put("datasources.default.password", db.password());
        properties.put("kafka.bootstrap.servers", infrastructure.kafka().bootstrapServers());
        List<String> order = new ArrayList<>(settings().keySet());
        List<String> rounds = new ArrayList<>(List.of("warm-up"));
        rounds.addAll(order);
        Collections.reverse(order);
        rounds.addAll(order);
        Map<String, Double> sums = new HashMap<>();
        for (String setting : rounds) {
            Map<String, Object> filling = new HashMap<>(properties);
            filling.put("thidua.messaging.relay.enabled", "false");
            filling.put("otel.sdk.disabled", "true");
            try (ApplicationContext context = ApplicationContext.run(filling, "bench")) {
                update(context, "DELETE FROM outbox_event");
                fill(context, events);
            }
            Map<String, Object> relaying = new HashMap<>(properties);
            relaying.putAll(settings().getOrDefault(setting, settings().get("off")));
            try (ApplicationContext context = ApplicationContext.run(relaying, "bench")) {
                while (query(context, "SELECT COUNT(*) FROM outbox_event WHERE published_at IS NULL")
                                .get(0)
                        > 0) {
                    sleep(50);
                }
                List<Long> row = query(
                        context,
                        "SELECT COUNT(*), TIMESTAMPDIFF(MICROSECOND, MIN(published_at), "
                                + "MAX(published_at)) FROM outbox_event WHERE published_at IS NOT NULL");
                double rate = row.get(0) / (row.get(1) / 1_000_000.0);
                System.out.printf("relay, tracing %s: %,.0f events/s%n", setting, rate);
                if (!setting.equals("warm-up")) { // the JIT's first round, unmeasured
                    sums.merge(setting, rate / 2, Double::sum);
                }
            }
        }
        return sums;
    }

    private static void fill(ApplicationContext context, int events) {
        TransactionOperations<Connection> transactions =
                context.getBean(Argument.of(TransactionOperations.class, Connection.class));
        Outbox outbox = context.getBean(Outbox.class);
        for (int i = 0; i < events; i += 1_000) {
            int from = i;
            transactions.executeWrite(status -> {
                for (int j = from; j < Math.min(from + 1_000, events); j++) {
                    outbox.publish(new UnitRegistered(
                            UUID.randomUUID().toString(),
                            "B-" + j,
                            NAME_PADDING.repeat(5) + j,
                            "VP Thanh Hóa",
                            "vi",
                            true,
                            Instant.now()));
                }
                return null;
            });
        }
    }

    private static Map<String, Double> fanout(BenchInfrastructure infrastructure, int units) throws Exception {
        EmbeddedMariaDb db = infrastructure.db();
        db.createDatabase("bench_tracing_notifications");
        Path work = infrastructure.work();
        EmbeddedSmtp smtp = EmbeddedSmtp.start(Ports.freePort());
        Path jar = ServiceProcess.findJar(Path.of("").toAbsolutePath(), "notifications-service")
                .orElseThrow(() -> new IllegalStateException("Build notifications-service first"));
        List<String> javaOptions = new ArrayList<>(ServiceProcess.DEFAULT_JAVA_OPTS);
        javaOptions.addAll(Machine.extraServiceOptions());
        Map<String, String> environment = new HashMap<>(new BenchTokens().serviceEnvironment());
        environment.putAll(Map.of(
                "DATASOURCES_DEFAULT_URL", db.jdbcUrl("bench_tracing_notifications"),
                "DATASOURCES_DEFAULT_USERNAME", db.username(),
                "DATASOURCES_DEFAULT_PASSWORD", db.password(),
                "KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafka().bootstrapServers(),
                "SMTP_HOST", smtp.host(),
                "SMTP_PORT", Integer.toString(smtp.port())));
        Map<String, Double> rates = new LinkedHashMap<>();
        List<String> groupIds = new ArrayList<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                        Map.of(
                                "bootstrap.servers",
                                infrastructure.kafka().bootstrapServers(),
                                "acks",
                                "all",
                                "linger.ms",
                                "5"),
                        new StringSerializer(),
                        new ByteArraySerializer());
                Connection jdbc = DriverManager.getConnection(
                        db.jdbcUrl("bench_tracing_notifications"), db.username(), db.password())) {
            // the settings in turn and again in reverse, the mean of the two: what warms up over the run (the
            // embedded SMTP server, the database) then favours none of them
            List<String> order = new ArrayList<>(settings().keySet());
            List<String> rounds = new ArrayList<>(order);
            Collections.reverse(order);
            rounds.addAll(order);
            int process = 0;
            for (String setting : rounds) {
                Map<String, String> env = new HashMap<>(environment);
                // otel.sdk.disabled -> OTEL_SDK_DISABLED, as an operator sets it
                settings()
                        .get(setting)
                        .forEach((key, value) -> env.put(key.toUpperCase().replace('.', '_'), value));
                process++;
                try (ServiceProcess service = ServiceProcess.start(
                        "notifications-service",
                        jar,
                        "",
                        Ports.freePort(),
                        env,
                        javaOptions,
                        work,
                        work.resolve("notifications-" + process + ".log"))) {
                    service.awaitReady(Duration.ofSeconds(180));
                    if (groupIds.isEmpty()) {
                        groupIds.addAll(recipients(producer, jdbc, units));
                    }
                    round(producer, jdbc, smtp, groupIds, units, "WARM-" + process); // unmeasured
                    long start = System.nanoTime();
                    round(producer, jdbc, smtp, groupIds, units, "BENCH-" + process);
                    double rate = units / ((System.nanoTime() - start) / 1e9);
                    System.out.printf("fan-out, tracing %s: %,.0f emails/s%n", setting, rate);
                    rates.merge(setting, rate / 2, Double::sum);
                }
            }
        } finally {
            smtp.stop();
        }
        return rates;
    }

    /** N units with one contact each, in 10 blocks; returns the blocks' ids once the service projected them. */
    private static List<String> recipients(KafkaProducer<String, byte[]> producer, Connection jdbc, int units)
            throws Exception {
        List<String> groupIds = new ArrayList<>();
        List<List<String>> members = new ArrayList<>();
        for (int g = 0; g < BLOCKS; g++) {
            groupIds.add(UUID.randomUUID().toString());
            members.add(new ArrayList<>());
        }
        Instant now = Instant.now();
        for (int i = 0; i < units; i++) {
            String unitId = UUID.randomUUID().toString();
            BenchEvents.send(
                    producer, new UnitRegistered(unitId, "U" + i, "Đơn vị số " + i, null, "vi", true, now), "/bench");
            BenchEvents.send(
                    producer,
                    new ContactChanged(
                            unitId,
                            List.of(new ContactChanged.Contact(
                                    "unit" + i + "@bench.vn",
                                    ContactChanged.Role.EMULATION_OFFICER,
                                    "Cán bộ thi đua " + i)),
                            now),
                    "/bench");
            members.get(i % BLOCKS).add(unitId);
        }
        for (int g = 0; g < BLOCKS; g++) {
            BenchEvents.send(
                    producer,
                    new GroupCreated(
                            groupIds.get(g), GroupCreated.Kind.BLOCK, 2019, "K" + g, "Khối thi đua số " + (g + 1), now),
                    "/bench");
            BenchEvents.send(
                    producer,
                    new GroupMembershipChanged(groupIds.get(g), 2019, members.get(g), members.get(g), List.of(), now),
                    "/bench");
        }
        producer.flush();
        await(
                () -> count(jdbc, "SELECT COUNT(*) FROM recipient_contact") >= units
                        && count(jdbc, "SELECT COUNT(*) FROM recipient_group_member") >= units,
                Duration.ofMinutes(5));
        return groupIds;
    }

    /** Ten launches, one per block, each its own trace; returns when every e-mail of them was accepted. */
    private static void round(
            KafkaProducer<String, byte[]> producer,
            Connection jdbc,
            EmbeddedSmtp smtp,
            List<String> groupIds,
            int units,
            String code)
            throws Exception {
        smtp.clear();
        List<String> launches = new ArrayList<>();
        for (int g = 0; g < groupIds.size(); g++) {
            launches.add(BenchEvents.send(
                    producer,
                    new CampaignLaunched(
                            UUID.randomUUID().toString(),
                            "PTTD-" + code + "-" + g,
                            "Phong trào thi đua năm 2019",
                            "Đoàn kết, sáng tạo",
                            CampaignLaunched.Kind.REGULAR,
                            2019,
                            LocalDate.of(2019, 1, 15),
                            LocalDate.of(2019, 12, 31),
                            LocalDate.of(2019, 2, 28),
                            List.of(new CampaignLaunched.Period(
                                    ReviewPeriod.MID_YEAR, LocalDate.of(2019, 6, 30), LocalDate.of(2019, 7, 10))),
                            new CampaignLaunched.Scope(false, List.of(groupIds.get(g))),
                            Instant.now()),
                    "/bench"));
        }
        producer.flush();
        if (!smtp.awaitMessages(units, Duration.ofMinutes(5))) {
            throw new IllegalStateException("Not every e-mail of " + code + " arrived");
        }
        String in = "'" + String.join("','", launches) + "'";
        await(
                () -> count(jdbc, "SELECT COUNT(*) FROM delivery WHERE state = 'SENT' AND event_id IN (" + in + ")")
                        >= units,
                Duration.ofMinutes(2));
    }

    private static void update(ApplicationContext context, String sql) {
        JdbcOperations jdbc = context.getBean(JdbcOperations.class);
        TransactionOperations<Connection> transactions =
                context.getBean(Argument.of(TransactionOperations.class, Connection.class));
        transactions.executeWrite(status -> jdbc.prepareStatement(sql, statement -> statement.executeUpdate()));
    }

    private static List<Long> query(ApplicationContext context, String sql) {
        JdbcOperations jdbc = context.getBean(JdbcOperations.class);
        TransactionOperations<Connection> transactions =
                context.getBean(Argument.of(TransactionOperations.class, Connection.class));
        return transactions.executeRead(status -> jdbc.prepareStatement(sql, statement -> {
            List<Long> values = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    values.add(rs.getLong(i));
                }
            }
            return values;
        }));
    }

    private static long count(Connection jdbc, String sql) {
        try (var statement = jdbc.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            return -1; // the table may not exist before Flyway ran
        }
    }

    private interface Condition {
        boolean met() throws Exception;
    }

    private static void await(Condition condition, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.met()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Timed out after " + timeout);
            }
            sleep(50);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
