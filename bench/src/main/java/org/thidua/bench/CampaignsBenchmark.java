package org.thidua.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
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
        this.http = HttpClients.custom()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(concurrency)
                        .setMaxConnPerRoute(concurrency)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofSeconds(5))
                                .setSocketTimeout(Timeout.ofSeconds(30))
                                .build())
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
        BenchTokens tokens = new BenchTokens();
        Map<String, String> environment = BenchServices.environment(tokens, infrastructure, "campaigns_bench");
        environment.put("DATASOURCES_DEFAULT_MAXIMUM_POOL_SIZE", "20");
        try (ServiceProcess service =
                BenchServices.start(repository, "campaigns-service", Ports.freePort(), environment, work, true)) {
            service.awaitReady(Duration.ofSeconds(120));
            CpuMeter cpu = new CpuMeter()
                    .watch("service", service.pid())
                    .watch("mariadb", db.pid())
                    .watch("kafka", kafka.pid())
                    .watch("client", ProcessHandle.current().pid());
            StatementCounter statements =
                    new StatementCounter(db.jdbcUrl("campaigns_bench"), db.username(), db.password());
            new CampaignsBenchmark(service.baseUrl(), concurrency, tokens.adminBearer(), statements)
                    .run(kafka.bootstrapServers(), units, rate, concurrency, warmupUnits, cpu);
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
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", bootstrap, "acks", "all"),
                new StringSerializer(),
                new ByteArraySerializer())) {
            for (int i = 0; i < unitCount; i++) {
                String id = UUID.randomUUID().toString();
                units.add(id);
                BenchEvents.send(
                        producer,
                        new UnitRegistered(id, "DV-" + i, "Đơn vị " + i, null, "vi", true, Instant.now()),
                        "/units-service");
            }
            int perGroup = (unitCount + 9) / 10;
            for (int g = 0; g * perGroup < unitCount; g++) {
                String id = UUID.randomUUID().toString();
                groups.add(id);
                List<String> members = units.subList(g * perGroup, Math.min(unitCount, (g + 1) * perGroup));
                BenchEvents.send(
                        producer,
                        new GroupMembershipChanged(
                                id, BenchCampaign.year(today), members, members, List.of(), Instant.now()),
                        "/units-service");
            }
            producer.flush();
        }
        String groupIds = "[\"" + String.join("\",\"", groups) + "\"]";
        long feedStart = System.nanoTime();
        BenchCampaign warmupCampaign = campaign("WARMUP", today, groupIds).awaitScope(unitCount);
        System.out.printf(
                "Projection of %d units and %d groups ready in %.1f s%n",
                unitCount, groups.size(), (System.nanoTime() - feedStart) / 1e9);

        // warm-up: the same work for the first units in campaigns of their own, unmeasured, until the service's JIT
        // compiler has settled (it used under 5 % of the service's CPU in a round; at most 8 rounds), so the measured
        // round sees a service whose code is compiled, as it is after its first minutes in production
        for (int w = 1; w <= MAX_WARMUP_ROUNDS; w++) {
            CpuMeter.Interval whole = cpu.start();
            Round warmup = round(
                    w == 1 ? warmupCampaign : campaign("WARMUP" + w, today, groupIds),
                    units.subList(0, warmupUnits),
                    rate,
                    concurrency,
                    cpu);
            double jit = whole.jitShare("service");
            System.out.printf(
                    "Warm-up round %d with %d units: %s; JIT compiling %.0f %% of the service's CPU%n",
                    w, warmupUnits, warmup.registering.row("register phase"), 100 * jit);
            if (jit < 0.05) {
                break;
            }
        }
        BenchCampaign benchCampaign = campaign("BENCH", today, groupIds);
        Round measured = round(benchCampaign, units, rate, concurrency, cpu);
        // the office's progress board of the measured campaign (ADR 25): every unit registered, its sheet approved
        List<Long> boardMillis = new ArrayList<>();
        int boardBytes = 0;
        for (int i = 0; i < 7; i++) {
            long start = System.nanoTime();
            boardBytes = call("GET", benchCampaign.path() + "/progress", null, 200, false)
                    .getBytes(StandardCharsets.UTF_8)
                    .length;
            boardMillis.add((System.nanoTime() - start) / 1_000_000);
        }
        List<Long> sortedBoard = boardMillis.stream().sorted().toList();

        System.out.println();
        System.out.println("Machine: " + Machine.describe());
        System.out.printf("Command: bench/campaigns.sh %d %d %d %d%n%n", unitCount, rate, concurrency, warmupUnits);
        System.out.println("| phase | requests | failed | throughput | p50 | p99 | max |");
        System.out.println("|---|---|---|---|---|---|---|");
        System.out.println(
                measured.registering.row("register + accept + draft sheet + submit (" + unitCount + " units)"));
        System.out.println(measured.approving.row("review + approve"));
        System.out.printf(
                "%nCPU, register phase: %s%nCPU, review phase: %s%n", measured.registeringCpu, measured.approvingCpu);
        System.out.printf(
                "%nFinalize MID_YEAR with %d approved sheets in %d groups (HTTP call, ranking in the answer of "
                        + "%d bytes): %.2f s%n",
                unitCount, groups.size(), measured.rankingBytes, measured.finalizeSeconds);
        System.out.printf(
                "Progress board of %d units (%d bytes), 7 calls one after another: median %d ms, max %d ms%n",
                unitCount, boardBytes, sortedBoard.get(3), sortedBoard.get(6));
        System.out.printf("Failed requests: %d%n", failures.get());
    }

    private BenchCampaign campaign(String code, LocalDate today, String groupIds) throws Exception {
        return BenchCampaign.create(
                (method, path, body) -> answer(method, path, body, false),
                code + "-" + System.currentTimeMillis() % 100000,
                "Phong trào thi đua",
                today,
                groupIds);
    }

    private record Round(
            Stats registering,
            String registeringCpu,
            Stats approving,
            String approvingCpu,
            double finalizeSeconds,
            int rankingBytes) {}

    /** Launches {@code campaign}; every unit registers, is accepted, submits, is reviewed and approved; finalize. */
    private Round round(BenchCampaign unmeasured, List<String> units, int rate, int concurrency, CpuMeter cpu)
            throws Exception {
        unmeasured.launch();
        // the units' requests: measured, each paced
        BenchCampaign campaign = unmeasured.through((method, path, body) -> answer(method, path, body, true));
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
        Phase registering =
                phase(units.size(), rate, concurrency, i -> sheets[i] = campaign.registerAndSubmit(units.get(i), i));
        Stats first = Stats.of(latencies, registering.seconds);
        String firstCpu = registeringCpu.report(first.requests(), "request") + "; "
                + statements.since(registeringStatements, first.requests(), "request");
        latencies.clear();
        // phase 2: review and approve, 2 requests a unit
        CpuMeter.Interval approvingCpu = cpu.start();
        Map<String, Long> approvingStatements = statements.snapshot();
        Phase approving = phase(units.size(), rate, concurrency, i -> campaign.reviewAndApprove(sheets[i]));
        Stats second = Stats.of(latencies, approving.seconds);
        String secondCpu = approvingCpu.report(second.requests(), "request") + "; "
                + statements.since(approvingStatements, second.requests(), "request");
        latencies.clear();
        long start = System.nanoTime();
        String ranking = unmeasured.finalizeMidYear();
        double finalizeSeconds = (System.nanoTime() - start) / 1e9;
        return new Round(first, firstCpu, second, secondCpu, finalizeSeconds, ranking.length());
    }

    private record Phase(double seconds) {}

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
        BenchCampaign.Answer response = answer(method, path, body, measured);
        if (response.status() != expected) {
            throw new IllegalStateException(method + " " + path + " -> " + response.status() + " " + response.body());
        }
        return response.body();
    }

    /** One request to the service; a measured one waits for a permit of the pace and its latency is kept. */
    private BenchCampaign.Answer answer(String method, String path, String body, boolean measured) throws Exception {
        if (measured) {
            pace.acquire();
        }
        ClassicRequestBuilder request =
                ClassicRequestBuilder.create(method).setUri(base + path).addHeader("Authorization", authorization);
        if (body != null) {
            request.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
        }
        long start = System.nanoTime();
        BenchCampaign.Answer response = http.execute(
                request.build(),
                r -> new BenchCampaign.Answer(
                        r.getCode(), EntityUtils.toString(r.getEntity(), StandardCharsets.UTF_8)));
        if (measured) {
            latencies.add(System.nanoTime() - start);
        }
        return response;
    }

    private record Stats(int requests, double seconds, double p50, double p99, double max) {

        static Stats of(ConcurrentLinkedQueue<Long> nanos, double seconds) {
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            if (sorted.isEmpty()) {
                return new Stats(0, seconds, 0, 0, 0);
            }
            return new Stats(
                    sorted.size(), seconds, ms(sorted, 0.50), ms(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
        }

        private static double ms(List<Long> sorted, double quantile) {
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
        }

        String row(String phase) {
            return String.format(
                    "| %s | %,d | — | %.0f req/s | %.1f ms | %.1f ms | %.1f ms |",
                    phase, requests, requests / seconds, p50, p99, max);
        }
    }
}
