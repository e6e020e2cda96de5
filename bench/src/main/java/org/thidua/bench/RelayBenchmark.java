package org.thidua.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.thidua.contracts.units.UnitRegistered;
import org.thidua.local.EmbeddedKafka;
import org.thidua.local.EmbeddedMariaDb;
import org.thidua.messaging.Outbox;

/**
 * The outbox relay against the raw Kafka producer, on one broker, in one run:
 * (1) {@code ProducerPerformance} (acks=all, idempotent, 512-byte records), (2) the relay draining a backlog of
 * events of about 512 bytes, (3) commit-to-publish latency while the service commits a steady 1,000 events/s.
 * Usage: {@code bench/relay.sh [events] [seconds at 1,000/s]}.
 */
public final class RelayBenchmark {

    private static final String NAME_PADDING = "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Thanh Hóa ";

    private RelayBenchmark() {}

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int steadySeconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        BenchInfrastructure infrastructure = BenchInfrastructure.start("relay");
        Path work = infrastructure.work();
        EmbeddedKafka kafka = infrastructure.kafka();
        EmbeddedMariaDb db = infrastructure.db();
        try {
            db.createDatabase("bench_relay");
            Map<String, Object> properties = new HashMap<>();
            properties.put("datasources.default.url", db.jdbcUrl("bench_relay"));
            properties.put("datasources.default.username", db.username());
            properties.put("datasources.default.password", db.password());
            properties.put("kafka.bootstrap.servers", kafka.bootstrapServers());

            try (AdminClient admin = AdminClient.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic("bench.raw", 6, (short) 1)))
                        .all()
                        .get();
            }
            String raw = rawProducer(kafka.bootstrapServers(), events);

            // (2) throughput: fill the outbox with the relay off, then let one relay drain it
            Map<String, Object> filling = new HashMap<>(properties);
            filling.put("thidua.messaging.relay.enabled", "false");
            try (ApplicationContext context = ApplicationContext.run(filling, "bench")) {
                fill(context, events);
            }
            double relayRate;
            try (ApplicationContext context = ApplicationContext.run(properties, "bench")) {
                awaitDrained(context);
                relayRate = rate(context);
            }

            // (3) latency at a steady 1,000 events/s, one event per transaction
            List<Long> latencies;
            try (ApplicationContext context = ApplicationContext.run(properties, "bench")) {
                Instant start = Instant.now();
                steady(context, steadySeconds);
                awaitDrained(context);
                latencies = latenciesSince(context, start);
            }
            Collections.sort(latencies);
            System.out.println();
            System.out.println("Machine: " + Machine.describe());
            System.out.println("Command: bench/relay.sh " + events + " " + steadySeconds);
            System.out.println();
            System.out.println("| measure | raw Kafka producer (ProducerPerformance) | outbox relay |");
            System.out.println("|---|---|---|");
            System.out.printf(
                    "| throughput, %d records of ~512 B, acks=all, idempotent | %s | %.0f events/s |%n",
                    events, raw, relayRate);
            System.out.printf(
                    "| commit-to-publish latency at 1,000 events/s for %d s (%d events) | — | p50 %.1f ms, p99 %.1f ms, max %.1f ms |%n",
                    steadySeconds,
                    latencies.size(),
                    percentile(latencies, 50) / 1000.0,
                    percentile(latencies, 99) / 1000.0,
                    latencies.get(latencies.size() - 1) / 1000.0);
        } finally {
            infrastructure.close();
        }
    }

    private static String rawProducer(String bootstrap, int records) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                EmbeddedKafka.brokerClasspath().stream()
                        .map(Path::toString)
                        .collect(Collectors.joining(File.pathSeparator)),
                "org.apache.kafka.tools.ProducerPerformance",
                "--topic",
                "bench.raw",
                "--num-records",
                String.valueOf(records),
                "--record-size",
                "512",
                "--throughput",
                "-1",
                "--producer-props",
                "bootstrap.servers=" + bootstrap,
                "acks=all",
                "enable.idempotence=true",
                "linger.ms=1"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String last = null;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.contains("records sent")) {
                    last = line;
                }
            }
        }
        if (process.waitFor() != 0 || last == null) {
            throw new IllegalStateException("ProducerPerformance failed (exit " + process.exitValue() + ")");
        }
        // "100000 records sent, 81234.5 records/sec (39.67 MB/sec), 12.3 ms avg latency, ..."
        String[] parts = last.split(",");
        return parts[1].strip().replace(" records/sec", " records/s") + ", " + parts[2].strip();
    }

    private static void fill(ApplicationContext context, int events) {
        TransactionOperations<Connection> transactions = transactions(context);
        Outbox outbox = context.getBean(Outbox.class);
        List<String> keys = new ArrayList<>();
        for (int k = 0; k < 1_000; k++) {
            keys.add(UUID.randomUUID().toString());
        }
        for (int i = 0; i < events; i += 1_000) {
            int from = i;
            transactions.executeWrite(status -> {
                for (int j = from; j < Math.min(from + 1_000, events); j++) {
                    outbox.publish(event(keys.get(j % keys.size()), j));
                }
                return null;
            });
        }
    }

    private static void steady(ApplicationContext context, int seconds) throws InterruptedException {
        TransactionOperations<Connection> transactions = transactions(context);
        Outbox outbox = context.getBean(Outbox.class);
        ScheduledExecutorService writers = Executors.newScheduledThreadPool(4);
        AtomicInteger written = new AtomicInteger();
        int total = seconds * 1_000;
        // four writers, each committing every 4 ms, staggered by 1 ms: a steady 1,000 commits a second even when
        // one commit takes longer than a millisecond
        for (int w = 0; w < 4; w++) {
            writers.scheduleAtFixedRate(
                    () -> {
                        int n = written.getAndIncrement();
                        if (n < total) {
                            transactions.executeWrite(status -> {
                                outbox.publish(event(UUID.randomUUID().toString(), n));
                                return null;
                            });
                        }
                    },
                    w * 1_000L,
                    4_000L,
                    TimeUnit.MICROSECONDS);
        }
        while (written.get() < total) {
            writers.awaitTermination(100, TimeUnit.MILLISECONDS);
        }
        writers.shutdown();
        writers.awaitTermination(10, TimeUnit.SECONDS);
    }

    private static UnitRegistered event(String key, int n) {
        String name = NAME_PADDING.repeat(5) + n;
        return new UnitRegistered(key, "B-" + n, name, "VP Thanh Hóa", "vi", true, Instant.now());
    }

    private static void awaitDrained(ApplicationContext context) throws InterruptedException {
        while (query(context, "SELECT COUNT(*) FROM outbox_event WHERE published_at IS NULL")
                        .get(0)
                > 0) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    private static double rate(ApplicationContext context) {
        List<Long> row = query(
                context,
                "SELECT COUNT(*), TIMESTAMPDIFF(MICROSECOND, MIN(published_at), "
                        + "MAX(published_at)) FROM outbox_event WHERE published_at IS NOT NULL");
        return row.get(0) / (row.get(1) / 1_000_000.0);
    }

    private static List<Long> latenciesSince(ApplicationContext context, Instant start) {
        JdbcOperations jdbc = context.getBean(JdbcOperations.class);
        return transactions(context)
                .executeRead(status -> jdbc.prepareStatement(
                        "SELECT TIMESTAMPDIFF(MICROSECOND, occurred_at, published_at) FROM outbox_event WHERE occurred_at >= ?",
                        statement -> {
                            statement.setTimestamp(1, Timestamp.from(start));
                            List<Long> values = new ArrayList<>();
                            try (var rs = statement.executeQuery()) {
                                while (rs.next()) {
                                    values.add(rs.getLong(1));
                                }
                            }
                            return values;
                        }));
    }

    private static List<Long> query(ApplicationContext context, String sql) {
        JdbcOperations jdbc = context.getBean(JdbcOperations.class);
        return transactions(context)
                .executeRead(status -> jdbc.prepareStatement(sql, statement -> {
                    List<Long> values = new ArrayList<>();
                    try (var rs = statement.executeQuery()) {
                        rs.next();
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            values.add(rs.getLong(i));
                        }
                    }
                    return values;
                }));
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static TransactionOperations<Connection> transactions(ApplicationContext context) {
        return context.getBean(Argument.of(TransactionOperations.class, Connection.class));
    }
}
