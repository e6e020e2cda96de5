package org.thidua.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.thidua.contracts.ReviewPeriod;
import org.thidua.contracts.campaigns.CampaignLaunched;
import org.thidua.contracts.groups.GroupCreated;
import org.thidua.contracts.groups.GroupMembershipChanged;
import org.thidua.contracts.units.ContactChanged;
import org.thidua.contracts.units.UnitRegistered;
import org.thidua.local.EmbeddedKafka;
import org.thidua.local.EmbeddedMariaDb;
import org.thidua.local.EmbeddedSmtp;
import org.thidua.local.Ports;
import org.thidua.local.ServiceProcess;

/**
 * Fan-out of one campaign launch to N units (default 10,000, in 10 blocks, one contact each) by notifications-service
 * into the embedded SMTP server: time from publishing the launch until every email is accepted and every inbox item
 * written, against a plain loop sending the same messages (the recipients, subjects, text and HTML the fan-out
 * rendered, read back from its database) with Jakarta Mail over one reused connection to the same server, in the same
 * run, once the service is idle again. Both meet warm code and a warm server: three unmeasured launches to the same
 * units go first, and the plain loop sends the last one's messages once, unmeasured. With several instances of the service (they share the database and the consumer
 * group), each instance's share of the emails is read from its {@code thidua_notifications_emails_total} metric.
 * Usage: {@code bench/notifications.sh [units] [instances]}.
 */
public final class NotificationsBenchmark {

    private static final int WARMUP_LAUNCHES = 3;

    public static void main(String[] args) throws Exception {
        int units = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int instances = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int groups = 10;
        Path repository = Path.of("").toAbsolutePath();
        BenchInfrastructure infrastructure = BenchInfrastructure.start("notifications");
        Path work = infrastructure.work();
        EmbeddedKafka kafka = infrastructure.kafka();
        EmbeddedMariaDb db = infrastructure.db();
        db.createDatabase("notifications_bench");
        EmbeddedSmtp smtp = EmbeddedSmtp.start(Ports.freePort());
        Path jar = ServiceProcess.findJar(repository, "notifications-service")
                .orElseThrow(() -> new IllegalStateException("Build notifications-service first"));
        List<String> javaOptions = new ArrayList<>(ServiceProcess.DEFAULT_JAVA_OPTS);
        javaOptions.addAll(ServiceProcess.classDataSharing(jar));
        javaOptions.addAll(Machine.extraServiceOptions());
        BenchTokens tokens = new BenchTokens();
        Map<String, String> environment = new HashMap<>(tokens.serviceEnvironment());
        environment.putAll(Map.of(
                "DATASOURCES_DEFAULT_URL", db.jdbcUrl("notifications_bench"),
                "DATASOURCES_DEFAULT_USERNAME", db.username(),
                "DATASOURCES_DEFAULT_PASSWORD", db.password(),
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "SMTP_HOST", smtp.host(),
                "SMTP_PORT", Integer.toString(smtp.port())));
        List<ServiceProcess> services = new ArrayList<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                        Map.of("bootstrap.servers", kafka.bootstrapServers(), "acks", "all", "linger.ms", "5"),
                        new StringSerializer(),
                        new ByteArraySerializer());
                Connection jdbc =
                        DriverManager.getConnection(db.jdbcUrl("notifications_bench"), db.username(), db.password())) {
            for (int i = 1; i <= instances; i++) {
                services.add(ServiceProcess.start(
                        "notifications-service",
                        jar,
                        "",
                        Ports.freePort(),
                        environment,
                        javaOptions,
                        work,
                        work.resolve("service-" + i + ".log")));
            }
            for (ServiceProcess service : services) {
                service.awaitReady(Duration.ofSeconds(120));
            }

            // the recipients: N units with one contact each, in 10 blocks of the year
            List<String> groupIds = new ArrayList<>();
            List<List<String>> members = new ArrayList<>();
            for (int g = 0; g < groups; g++) {
                groupIds.add(UUID.randomUUID().toString());
                members.add(new ArrayList<>());
            }
            Instant now = Instant.now();
            for (int i = 0; i < units; i++) {
                String unitId = UUID.randomUUID().toString();
                BenchEvents.send(
                        producer,
                        new UnitRegistered(
                                unitId, "U" + i, "Đơn vị số " + i, null, i % 2 == 0 ? "vi" : "en", true, now),
                        "/bench");
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
                members.get(i % groups).add(unitId);
            }
            for (int g = 0; g < groups; g++) {
                BenchEvents.send(
                        producer,
                        new GroupCreated(
                                groupIds.get(g),
                                GroupCreated.Kind.BLOCK,
                                2019,
                                "K" + g,
                                "Khối thi đua số " + (g + 1),
                                now),
                        "/bench");
                BenchEvents.send(
                        producer,
                        new GroupMembershipChanged(
                                groupIds.get(g), 2019, members.get(g), members.get(g), List.of(), now),
                        "/bench");
            }
            producer.flush();
            await(
                    () -> count(jdbc, "SELECT COUNT(*) FROM recipient_contact") >= units
                            && count(jdbc, "SELECT COUNT(*) FROM recipient_group_member") >= units,
                    Duration.ofMinutes(5));

            // warm-up: launches of other campaigns to the same blocks, unmeasured, so that the fan-out meets the
            // service's code compiled, as after its first launches in production
            String warmup = null;
            for (int w = 1; w <= WARMUP_LAUNCHES; w++) {
                String launched = launch(producer, "PTTD-WARM-" + w, groupIds);
                producer.flush();
                await(
                        () -> count(
                                        jdbc,
                                        "SELECT COUNT(*) FROM delivery WHERE state = 'SENT' AND event_id = '" + launched
                                                + "'")
                                >= units,
                        Duration.ofMinutes(5));
                smtp.clear();
                warmup = launched;
            }
            // the plain loop's unmeasured round, with the last warm-up launch's messages
            smtp.clear();
            PlainMailLoop.send(smtp, PlainMailLoop.messages(jdbc, warmup));
            smtp.clear();
            CpuMeter cpu = new CpuMeter()
                    .watch("mariadb", db.pid())
                    .watch("kafka", kafka.pid())
                    .watch("bench (GreenMail, client)", ProcessHandle.current().pid());
            for (int i = 0; i < services.size(); i++) {
                cpu.watch(
                        services.size() == 1 ? "service" : "service-" + (i + 1),
                        services.get(i).pid());
            }
            List<Double> acceptedBefore = new ArrayList<>();
            for (ServiceProcess service : services) {
                acceptedBefore.add(acceptedEmails(service));
            }

            // the fan-out
            AtomicLong peakRss = new AtomicLong();
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    services.forEach(service -> peakRss.accumulateAndGet(rssKb(service.pid()), Math::max));
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            long rssBefore = services.stream()
                    .mapToLong(service -> rssKb(service.pid()))
                    .max()
                    .orElse(0);
            sampler.start();
            AsyncProfiler profiler = new AsyncProfiler();
            profiler.start(LongStream.concat(
                            services.stream().mapToLong(ServiceProcess::pid),
                            LongStream.of(ProcessHandle.current().pid()))
                    .toArray());
            CpuMeter.Interval fanoutCpu = cpu.start();
            Instant launchedAt = Instant.now();
            long start = System.nanoTime();
            String launch = launch(producer, "PTTD-BENCH", groupIds);
            producer.flush();
            long[] inboxAt = {0};
            await(
                    () -> {
                        // counting the notices reads thousands of index entries: only once no chunk of the launch is
                        // left
                        if (inboxAt[0] == 0
                                && count(jdbc, "SELECT COUNT(*) FROM fanout_chunk WHERE event_id = '" + launch + "'")
                                        == 0
                                && count(jdbc, "SELECT COUNT(*) FROM notice WHERE event_id = '" + launch + "'")
                                        >= units) {
                            inboxAt[0] = System.nanoTime();
                        }
                        return inboxAt[0] != 0;
                    },
                    Duration.ofMinutes(5));
            if (!smtp.awaitMessages(units, Duration.ofMinutes(5))) {
                throw new IllegalStateException("Not every email arrived");
            }
            double fanoutSeconds = (System.nanoTime() - start) / 1e9;
            double inboxSeconds = (inboxAt[0] - start) / 1e9;
            String fanoutCpuReport = fanoutCpu.report(units, "email");
            profiler.stop(work);
            sampler.interrupt();
            String timeline = timeline(jdbc, launch, launchedAt);

            // the baseline: the same messages (recipients, subjects, text and HTML the fan-out rendered) sent by a
            // plain loop, once the service is idle again (its outbox relayed)
            List<PlainMailLoop.PlainMessage> same = PlainMailLoop.messages(jdbc, launch);
            await(
                    () -> count(jdbc, "SELECT COUNT(*) FROM outbox_event WHERE published_at IS NULL") == 0,
                    Duration.ofMinutes(2));
            smtp.clear();
            CpuMeter.Interval plainCpu = cpu.start();
            double plainSeconds = PlainMailLoop.send(smtp, same);
            String plainCpuReport = plainCpu.report(units, "email");
            smtp.clear();
            long sent =
                    count(jdbc, "SELECT COUNT(*) FROM delivery WHERE state = 'SENT' AND event_id = '" + launch + "'");

            System.out.println();
            System.out.println("Machine: " + Machine.describe());
            System.out.printf("Command: bench/notifications.sh %d %d%n%n", units, instances);
            System.out.println("| measure | plain Jakarta Mail loop, one connection | notifications-service fan-out |");
            System.out.println("|---|---|---|");
            System.out.printf(
                    "| %,d emails accepted by the SMTP server | %.2f s (%,.0f emails/s) | %.2f s (%,.0f emails/s)"
                            + ", %.0f %% of the plain loop |%n",
                    units,
                    plainSeconds,
                    units / plainSeconds,
                    fanoutSeconds,
                    units / fanoutSeconds,
                    100 * plainSeconds / fanoutSeconds);
            System.out.printf(
                    "| %,d inbox items written (from publishing the launch) | — | %.2f s |%n", units, inboxSeconds);
            System.out.printf("| deliveries SENT | — | %,d |%n", sent);
            System.out.printf(
                    "| service resident memory (VmRSS, largest instance) before / peak during the fan-out | — "
                            + "| %d MB / %d MB |%n",
                    rssBefore / 1024, peakRss.get() / 1024);
            List<String> shares = new ArrayList<>();
            for (int i = 0; i < services.size(); i++) {
                shares.add(String.format("%,.0f", acceptedEmails(services.get(i)) - acceptedBefore.get(i)));
            }
            System.out.printf(
                    "| emails sent by each of the %d instances | — | %s |%n", instances, String.join(" + ", shares));
            System.out.println();
            System.out.println("CPU, plain loop: " + plainCpuReport);
            System.out.println("CPU, fan-out: " + fanoutCpuReport);
            System.out.println("Fan-out timeline (s after publishing the launch): " + timeline);
        } finally {
            services.forEach(ServiceProcess::close);
            smtp.stop();
            infrastructure.close();
        }
    }

    /** Publishes the launch of a new campaign to {@code groupIds}; returns the event's id. */
    private static String launch(KafkaProducer<String, byte[]> producer, String code, List<String> groupIds) {
        return BenchEvents.send(
                producer,
                new CampaignLaunched(
                        UUID.randomUUID().toString(),
                        code,
                        "Phong trào thi đua năm 2019",
                        "Đoàn kết, kỷ cương, liêm chính, hành động, sáng tạo",
                        CampaignLaunched.Kind.REGULAR,
                        2019,
                        LocalDate.of(2019, 1, 15),
                        LocalDate.of(2019, 12, 31),
                        LocalDate.of(2019, 2, 28),
                        List.of(new CampaignLaunched.Period(
                                ReviewPeriod.MID_YEAR, LocalDate.of(2019, 6, 30), LocalDate.of(2019, 7, 10))),
                        new CampaignLaunched.Scope(false, groupIds),
                        Instant.now()),
                "/bench");
    }

    /** The instance's {@code thidua_notifications_emails_total{result="accepted"}}, from its Prometheus endpoint. */
    private static double acceptedEmails(ServiceProcess service) throws Exception {
        HttpResponse<String> metrics = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(service.baseUrl() + "/prometheus"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return metrics.body()
                .lines()
                .filter(l -> l.startsWith("thidua_notifications_emails_total") && l.contains("result=\"accepted\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** When the launch's deliveries were created and sent, from the service's own timestamps. */
    private static String timeline(Connection jdbc, String eventId, Instant launchedAt) throws SQLException {
        try (var statement = jdbc.prepareStatement("SELECT MIN(created_at), MAX(created_at), MIN(sent_at), MAX(sent_at)"
                + " FROM delivery WHERE event_id = ?")) {
            statement.setString(1, eventId);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                List<String> marks = new ArrayList<>();
                String[] names = {"first delivery created", "last created", "first sent", "last sent"};
                for (int i = 0; i < names.length; i++) {
                    marks.add(String.format(
                            "%s %.2f",
                            names[i],
                            Duration.between(launchedAt, rs.getTimestamp(i + 1).toInstant())
                                            .toMillis()
                                    / 1e3));
                }
                return String.join(", ", marks);
            }
        }
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

    private static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // process gone or not Linux
        }
        return 0;
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
            Thread.sleep(50);
        }
    }
}
