package org.thidua.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.util.Timeout;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.thidua.contracts.groups.GroupMembershipChanged;
import org.thidua.contracts.units.UnitRegistered;
import org.thidua.local.EmbeddedKafka;
import org.thidua.local.EmbeddedMariaDb;
import org.thidua.local.Ports;
import org.thidua.local.ServiceProcess;

/**
 * campaigns-service under the load of a campaign's busy weeks, through its HTTP API: N units (default 2,000) in 10
 * blocks register, are accepted, write and submit their mid-year score sheets concurrently, paced at a target rate
 * (default 500 requests/s); then the sheets are reviewed and approved, and the period of N sheets is finalized.
 * Usage: {@code bench/campaigns.sh [units] [requests/s] [concurrency]}.
 */
public final class CampaignsBenchmark {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");

    private final CloseableHttpClient http;
    private final String base;
    private final String authorization;
    private final StatementCounter statements;
    private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    private final AtomicInteger failures = new AtomicInteger();

    private CampaignsBenchmark(String base, int concurrency, String authorization, StatementCounter statements) {
        this.base = base;
        this.statements = statements;
        this.authorization = authorization;
        // one kept-alive connection per client thread, like a fleet of browsers; no retries, no cookies
        this.http = HttpClients.custom().disableAutomaticRetries().disableCookieManagement()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(concurrency).setMaxConnPerRoute(concurrency)
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(Timeout.ofSeconds(5))
                                .setSocketTimeout(Timeout.ofSeconds(30)).build())
                        .build())
                .build();
    }

    public static void main(String[] args) throws Exception {
        int units = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 64;
        int warmupUnits = args.length > 3 ? Integer.parseInt(args[3]) : Math.min(units, 1_000);
        Path repository = Path.of("").toAbsolutePath();
        BenchInfrastructure infrastructure = BenchInfrastructure.start("campaigns");
        Path work = infrastructure.work();
        EmbeddedKafka kafka = infrastructure.kafka();
        EmbeddedMariaDb db = infrastructure.db();
        db.createDatabase("campaigns_bench");
        Path jar = ServiceProcess.findJar(repository, "campaigns-service")
                .orElseThrow(() -> new IllegalStateException("Build campaigns-service first (bench/campaigns.sh does)"));
        // the service runs as it would under load in production: full JIT, not the launcher's start-up options
        List<String> javaOptions = new ArrayList<>(ServiceProcess.THROUGHPUT_JAVA_OPTS);
        javaOptions.addAll(ServiceProcess.classDataSharing(jar));
        javaOptions.addAll(Machine.extraServiceOptions());
        BenchTokens tokens = new BenchTokens();
        Map<String, String> environment = new HashMap<>(tokens.serviceEnvironment());
        environment.putAll(Map.of(
                "DATASOURCES_DEFAULT_URL", db.jdbcUrl("campaigns_bench"),
                "DATASOURCES_DEFAULT_USERNAME", db.username(),
                "DATASOURCES_DEFAULT_PASSWORD", db.password(),
                "DATASOURCES_DEFAULT_MAXIMUM_POOL_SIZE", "20",
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers()));
        try (ServiceProcess service = ServiceProcess.start("campaigns-service", jar, "", Ports.freePort(), environment,
                javaOptions, work,
                work.resolve("campaigns-service.log"))) {
            service.awaitReady(Duration.ofSeconds(120));
            CpuMeter cpu = new CpuMeter().watch("service", service.pid()).watch("mariadb", db.pid())
                    .watch("kafka", kafka.pid()).watch("client", ProcessHandle.current().pid());
            StatementCounter statements = new StatementCounter(db.jdbcUrl("campaigns_bench"), db.username(),
                    db.password());
            new CampaignsBenchmark(service.baseUrl(), concurrency, tokens.adminBearer(), statements).run(kafka.bootstrapServers(), units, rate, concurrency, warmupUnits,
                    cpu);
        } finally {
            infrastructure.close();
        }
    }

    private static final int MAX_WARMUP_ROUNDS = 8;

    private void run(String bootstrap, int unitCount, int rate, int concurrency, int warmupUnits, CpuMeter cpu)
            throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        List<String> units = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap,
                "acks", "all"), new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < unitCount; i++) {
                String id = UUID.randomUUID().toString();
                units.add(id);
                BenchEvents.send(producer, new UnitRegistered(id, "DV-" + i, "Đơn vị " + i, null, "vi", true,
                        Instant.now()), "/units-service");
            }
            int perGroup = (unitCount + 9) / 10;
            for (int g = 0; g * perGroup < unitCount; g++) {
                String id = UUID.randomUUID().toString();
                groups.add(id);
                List<String> members = units.subList(g * perGroup, Math.min(unitCount, (g + 1) * perGroup));
                BenchEvents.send(producer, new GroupMembershipChanged(id, year(today), members, members, List.of(),
                        Instant.now()), "/units-service");
            }
            producer.flush();
        }
        String groupIds = "[\"" + String.join("\",\"", groups) + "\"]";
        long feedStart = System.nanoTime();
        String warmupCampaign = null;
        while (warmupCampaign == null) {
            try {
                warmupCampaign = campaign("WARMUP", today, groupIds);
            } catch (IllegalStateException unknownGroups) {
                // ADR 21: a campaign names only groups the projection knows; they arrive within seconds, so retry
                if (!unknownGroups.getMessage().contains(" -> 422 ")) {
                    throw unknownGroups;
                }
                Thread.sleep(200);
            }
        }
        while (true) {
            Matcher m = TOTAL.matcher(call("GET", "/api/v1/campaigns/" + warmupCampaign + "/scope?size=1", null, 200,
                    false));
            if (m.find() && Integer.parseInt(m.group(1)) == unitCount) {
                break;
            }
            Thread.sleep(200);
        }
        System.out.printf("Projection of %d units and %d groups ready in %.1f s%n", unitCount, groups.size(),
                (System.nanoTime() - feedStart) / 1e9);

        // warm-up: the same work for the first units in campaigns of their own, unmeasured, until the service's JIT
        // compiler has settled (it used under 5 % of the service's CPU in a round; at most 8 rounds), so the measured
        // round sees a service whose code is compiled, as it is after its first minutes in production
        for (int w = 1; w <= MAX_WARMUP_ROUNDS; w++) {
            CpuMeter.Interval whole = cpu.start();
            Round warmup = round(w == 1 ? warmupCampaign : campaign("WARMUP" + w, today, groupIds),
                    units.subList(0, warmupUnits), rate, concurrency, cpu);
            double jit = whole.jitShare("service");
            System.out.printf("Warm-up round %d with %d units: %s; JIT compiling %.0f %% of the service's CPU%n", w,
                    warmupUnits, warmup.registering.row("register phase"), 100 * jit);
            if (jit < 0.05) {
                break;
            }
        }
        String benchCampaign = campaign("BENCH", today, groupIds);
        Round measured = round(benchCampaign, units, rate, concurrency, cpu);
        // the office's progress board of the measured campaign (ADR 25): every unit registered, its sheet approved
        List<Long> boardMillis = new ArrayList<>();
        int boardBytes = 0;
        for (int i = 0; i < 7; i++) {
            long start = System.nanoTime();
            boardBytes = call("GET", "/api/v1/campaigns/" + benchCampaign + "/progress", null, 200, false)
                    .getBytes(StandardCharsets.UTF_8).length;
            boardMillis.add((System.nanoTime() - start) / 1_000_000);
        }
        List<Long> sortedBoard = boardMillis.stream().sorted().toList();

        System.out.println();
        System.out.println("Machine: " + Machine.describe());
        System.out.printf("Command: bench/campaigns.sh %d %d %d %d%n%n", unitCount, rate, concurrency, warmupUnits);
        System.out.println("| phase | requests | failed | throughput | p50 | p99 | max |");
        System.out.println("|---|---|---|---|---|---|---|");
        System.out.println(measured.registering.row("register + accept + draft sheet + submit (" + unitCount
                + " units)"));
        System.out.println(measured.approving.row("review + approve"));
        System.out.printf("%nCPU, register phase: %s%nCPU, review phase: %s%n", measured.registeringCpu,
                measured.approvingCpu);
        System.out.printf("%nFinalize MID_YEAR with %d approved sheets in %d groups (HTTP call, ranking in the answer of "
                + "%d bytes): %.2f s%n", unitCount, groups.size(), measured.rankingBytes, measured.finalizeSeconds);
        System.out.printf("Progress board of %d units (%d bytes), 7 calls one after another: median %d ms, max %d ms%n",
                unitCount, boardBytes, sortedBoard.get(3), sortedBoard.get(6));
        System.out.printf("Failed requests: %d%n", failures.get());
    }

    private String campaign(String code, LocalDate today, String groupIds) throws Exception {
        return id(call("POST", "/api/v1/campaigns", """
                {"code":"%s-%d","title":"Phong trào thi đua","theme":"Thi đua yêu nước","kind":"REGULAR",
                 "year":%d,"startDate":"%s","endDate":"%s","registrationDeadline":"%s",
                 "scope":{"allUnits":false,"groupIds":%s},
                 "periods":[{"period":"MID_YEAR","endDate":"%s","submissionDeadline":"%s"}],
                 "criteria":[{"group":"I","code":"A1","name":"Chỉ tiêu","maxPoints":40,"appliesTo":"COLLECTIVE"},
                             {"group":"I","code":"A2","name":"Cải cách","maxPoints":30,"appliesTo":"COLLECTIVE"},
                             {"group":"II","code":"B1","name":"Cán bộ","maxPoints":30,"appliesTo":"INDIVIDUAL"}]}
                """.formatted(code, System.currentTimeMillis() % 100000, year(today),
                latest(LocalDate.of(year(today) - 1, 12, 1), today.minusDays(10)), LocalDate.of(year(today) + 1, 1, 31),
                today.plusDays(10), groupIds, latest(today.plusDays(10), LocalDate.of(year(today), 6, 30)),
                latest(today.plusDays(10), LocalDate.of(year(today), 7, 15))), 201, false));
    }

    /**
     * The campaign's year: that of the day two weeks ahead, so a registration deadline in ten days lies in its
     * emulation year (1 December before to 31 January after, ADR 21) whatever the day the benchmark runs.
     */
    private static int year(LocalDate today) {
        return today.plusDays(13).getYear();
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private record Round(Stats registering, String registeringCpu, Stats approving, String approvingCpu,
                         double finalizeSeconds, int rankingBytes) {
    }

    /** Launches {@code campaign}; every unit registers, is accepted, submits, is reviewed and approved; finalize. */
    private Round round(String campaign, List<String> units, int rate, int concurrency, CpuMeter cpu)
            throws Exception {
        String c = "/api/v1/campaigns/" + campaign;
        call("POST", c + "/launch", "{}", 200, false);
        latencies.clear();
        // phase 1: register, accept, draft the sheet, submit it: 4 requests a unit
        String[] sheets = new String[units.size()];
        CpuMeter.Interval registeringCpu = cpu.start();
        Map<String, Long> registeringStatements = statements.snapshot();
        if (System.getenv("THIDUA_BENCH_STATEMENT_SAMPLE") != null) {
            Thread sampler = new Thread(() -> {
                try {
                    Thread.sleep(5_000);
                    System.out.println(statements.sample(1_000));
                } catch (Exception e) {
                    System.out.println("statement sample failed: " + e);
                }
            });
            sampler.setDaemon(true);
            sampler.start();
        }
        Phase registering = phase(units.size(), rate, concurrency, i -> {
            String registration = id(call("POST", c + "/registrations", """
                    {"unitId":"%s","commitments":["Hoàn thành 100%% chỉ tiêu","Không vi phạm kỷ luật"],
                     "collectiveTitle":"TTLDXS"}""".formatted(units.get(i)), 201, true));
            call("POST", c + "/registrations/" + registration + "/accept", "{}", 200, true);
            int a1 = 20 + i % 21;
            String sheet = id(call("POST", c + "/periods/MID_YEAR/score-sheets", """
                    {"registrationId":"%s","entries":[{"criterionCode":"A1","points":%d,"evidence":["https://x/1"]},
                     {"criterionCode":"A2","points":%d},{"criterionCode":"B1","points":%d.50}]}"""
                    .formatted(registration, a1, 10 + i % 21, i % 30), 201, true));
            call("POST", c + "/periods/MID_YEAR/score-sheets/" + sheet + "/submit", "{}", 200, true);
            sheets[i] = sheet;
        });
        Stats first = Stats.of(latencies, registering.seconds);
        String firstCpu = registeringCpu.report(first.requests(), "request") + "; "
                + statements.since(registeringStatements, first.requests(), "request");
        latencies.clear();
        // phase 2: review and approve, 2 requests a unit
        CpuMeter.Interval approvingCpu = cpu.start();
        Map<String, Long> approvingStatements = statements.snapshot();
        Phase approving = phase(units.size(), rate, concurrency, i -> {
            String sheet = c + "/periods/MID_YEAR/score-sheets/" + sheets[i];
            call("POST", sheet + "/review", "{\"entries\":[]}", 200, true);
            call("POST", sheet + "/approve", "{}", 200, true);
        });
        Stats second = Stats.of(latencies, approving.seconds);
        String secondCpu = approvingCpu.report(second.requests(), "request") + "; "
                + statements.since(approvingStatements, second.requests(), "request");
        latencies.clear();
        long start = System.nanoTime();
        String ranking = call("POST", c + "/periods/MID_YEAR/finalize", "{}", 200, false);
        double finalizeSeconds = (System.nanoTime() - start) / 1e9;
        return new Round(first, firstCpu, second, secondCpu, finalizeSeconds, ranking.length());
    }

    private record Phase(double seconds) {
    }

    private interface UnitWork {
        void run(int unit) throws Exception;
    }

    /** Runs {@code work} for every unit on {@code concurrency} threads; each request takes a permit of the pace. */
    private Phase phase(int units, int rate, int concurrency, UnitWork work) throws Exception {
        pace = new Semaphore(0);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        int perTick = Math.max(1, rate / 100);
        ticker.scheduleAtFixedRate(() -> pace.release(perTick), 0, 10, TimeUnit.MILLISECONDS);
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(concurrency);
        long start = System.nanoTime();
        for (int t = 0; t < concurrency; t++) {
            Thread thread = new Thread(() -> {
                try {
                    for (int i = next.getAndIncrement(); i < units; i = next.getAndIncrement()) {
                        try {
                            work.run(i);
                        } catch (Exception e) {
                            failures.incrementAndGet();
                            System.err.println("unit " + i + ": " + e.getMessage());
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
            thread.start();
        }
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        ticker.shutdownNow();
        return new Phase(seconds);
    }

    private volatile Semaphore pace = new Semaphore(Integer.MAX_VALUE);

    private String call(String method, String path, String body, int expected, boolean measured) throws Exception {
        if (measured) {
            pace.acquire();
        }
        ClassicRequestBuilder request = ClassicRequestBuilder.create(method).setUri(base + path)
                .addHeader("Authorization", authorization);
        if (body != null) {
            request.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
        }
        long start = System.nanoTime();
        Response response = http.execute(request.build(), r -> new Response(r.getCode(),
                EntityUtils.toString(r.getEntity(), StandardCharsets.UTF_8)));
        if (measured) {
            latencies.add(System.nanoTime() - start);
        }
        if (response.status() != expected) {
            throw new IllegalStateException(method + " " + path + " -> " + response.status() + " " + response.body());
        }
        return response.body();
    }

    private record Response(int status, String body) {
    }

    private static String id(String json) {
        Matcher m = ID.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return m.group(1);
    }

    private record Stats(int requests, double seconds, double p50, double p99, double max) {

        static Stats of(ConcurrentLinkedQueue<Long> nanos, double seconds) {
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            if (sorted.isEmpty()) {
                return new Stats(0, seconds, 0, 0, 0);
            }
            return new Stats(sorted.size(), seconds, ms(sorted, 0.50), ms(sorted, 0.99),
                    sorted.get(sorted.size() - 1) / 1e6);
        }

        private static double ms(List<Long> sorted, double quantile) {
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
        }

        String row(String phase) {
            return String.format("| %s | %,d | — | %.0f req/s | %.1f ms | %.1f ms | %.1f ms |", phase, requests,
                    requests / seconds, p50, p99, max);
        }
    }
}
