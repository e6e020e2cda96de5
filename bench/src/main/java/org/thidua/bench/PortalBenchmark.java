package org.thidua.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.util.Timeout;
import org.thidua.local.EmbeddedKafka;
import org.thidua.local.EmbeddedMariaDb;
import org.thidua.local.EmbeddedSmtp;
import org.thidua.local.Ports;
import org.thidua.local.ServiceProcess;

/**
 * The portal's pages under a busy day (issue 15): the four services and the portal as their own processes (jars, full
 * JIT), 2,000 units in 40 groups loaded through the services' APIs, a launched campaign whose every unit registered,
 * submitted its mid-year sheet, had it approved, and whose MID_YEAR period is finalized. 50 people sign in through the
 * development sign-in (officers of units across the groups, reviewers, the office). Then for each page, 50 concurrent
 * users load it a fixed number of times; in the same run, the same users' bearer tokens make the calls to the services
 * that page makes, one after another as the portal does, measured the same way: the difference is what the portal adds.
 * A page the portal does not have yet (404) is reported as not present.
 * Usage: {@code bench/portal.sh [units=2000] [groups=40] [users=50] [requests per page=2000]}.
 */
public final class PortalBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEARCH = "Nghệ";

    private final CloseableHttpClient http;
    private final BenchTokens tokens;
    private final String admin;
    private final Map<String, String> bases = new HashMap<>();

    private PortalBenchmark(int concurrency, BenchTokens tokens) {
        this.tokens = tokens;
        this.admin = tokens.adminBearer();
        // one kept-alive connection per client thread and server, like a fleet of browsers; no redirects followed
        this.http = HttpClients.custom().disableAutomaticRetries().disableCookieManagement().disableRedirectHandling()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(concurrency * 5).setMaxConnPerRoute(concurrency)
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(Timeout.ofSeconds(5))
                                .setSocketTimeout(Timeout.ofSeconds(60)).build())
                        .build())
                .build();
    }

    public static void main(String[] args) throws Exception {
        int unitCount = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int groupCount = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        int userCount = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int requests = args.length > 3 ? Integer.parseInt(args[3]) : 2_000;
        Path repository = Path.of("").toAbsolutePath();
        BenchInfrastructure infrastructure = BenchInfrastructure.start("portal");
        EmbeddedSmtp smtp = EmbeddedSmtp.start(Ports.freePort());
        List<ServiceProcess> processes = new ArrayList<>();
        try {
            Path work = infrastructure.work();
            EmbeddedKafka kafka = infrastructure.kafka();
            EmbeddedMariaDb db = infrastructure.db();
            BenchTokens tokens = new BenchTokens();
            PortalBenchmark bench = new PortalBenchmark(userCount, tokens);
            int portalPort = Ports.freePort();
            String portalUrl = "http://127.0.0.1:" + portalPort;
            Map<String, String> portalEnvironment = new HashMap<>(tokens.serviceEnvironment());
            CpuMeter cpu = new CpuMeter().watch("mariadb", db.pid()).watch("kafka", kafka.pid())
                    .watch("client", ProcessHandle.current().pid());
            for (String service : List.of("units", "campaigns", "awards", "notifications")) {
                String database = service + "_bench";
                db.createDatabase(database);
                Map<String, String> environment = new HashMap<>(tokens.serviceEnvironment());
                environment.putAll(Map.of(
                        "DATASOURCES_DEFAULT_URL", db.jdbcUrl(database),
                        "DATASOURCES_DEFAULT_USERNAME", db.username(),
                        "DATASOURCES_DEFAULT_PASSWORD", db.password(),
                        "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                        "SMTP_HOST", smtp.host(), "SMTP_PORT", Integer.toString(smtp.port()),
                        "JAVAMAIL_PROPERTIES_MAIL_SMTP_HOST", smtp.host(),
                        "JAVAMAIL_PROPERTIES_MAIL_SMTP_PORT", Integer.toString(smtp.port()),
                        "THIDUA_PORTAL_URL", portalUrl));
                ServiceProcess process = start(repository, service + "-service", Ports.freePort(), environment, work);
                processes.add(process);
                portalEnvironment.put("MICRONAUT_HTTP_SERVICES_" + service.toUpperCase() + "_URL", process.baseUrl());
                bench.bases.put(service, process.baseUrl());
            }
            for (ServiceProcess process : processes) {
                process.awaitReady(Duration.ofSeconds(180));
                cpu.watch(process.name().replace("-service", ""), process.pid());
            }
            byte[] session = new byte[32];
            new SecureRandom().nextBytes(session);
            portalEnvironment.putAll(Map.of("MICRONAUT_SERVER_HOST", "127.0.0.1",
                    "THIDUA_PORTAL_DEV_SIGN_IN", "true",
                    "THIDUA_PORTAL_SESSION_SECRET", Base64.getUrlEncoder().withoutPadding().encodeToString(session)));
            ServiceProcess portal = start(repository, "portal", portalPort, portalEnvironment, work);
            processes.add(portal);
            portal.awaitReady(Duration.ofSeconds(180));
            cpu.watch("portal", portal.pid());
            bench.bases.put("portal", portal.baseUrl());
            System.out.printf("Stack ready (logs in %s)%n", work);
            bench.run(unitCount, groupCount, userCount, requests, cpu);
        } finally {
            for (int i = processes.size() - 1; i >= 0; i--) {
                processes.get(i).close();
            }
            smtp.stop();
            infrastructure.close();
        }
    }

    private static ServiceProcess start(Path repository, String name, int port, Map<String, String> environment,
                                        Path work) throws Exception {
        Path jar = ServiceProcess.findJar(repository, name)
                .orElseThrow(() -> new IllegalStateException("Build " + name + " first (bench/portal.sh does)"));
        // each runs as under load in production: full JIT, not the launcher's start-up options
        List<String> javaOptions = new ArrayList<>(ServiceProcess.THROUGHPUT_JAVA_OPTS);
        javaOptions.addAll(ServiceProcess.classDataSharing(jar));
        if (name.equals("portal")) {
            javaOptions.addAll(Machine.extraServiceOptions());
        }
        return ServiceProcess.start(name, jar, "", port, environment, javaOptions, work, work.resolve(name + ".log"));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // the data: units, groups, a campaign whose every unit registered and submitted, its mid-year period finalized

    /** A signed-in person: the portal's session cookie and the same person's bearer token for the services. */
    private record User(String label, String role, String unitId, String groupId, String cookie, String bearer,
                        String sheetId) {
    }

    private record World(String campaignId, List<String> openCampaigns, List<User> users) {
    }

    private World load(int unitCount, int groupCount, int userCount) throws Exception {
        long start = System.nanoTime();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        int year = today.plusDays(13).getYear();
        String prefix = "P" + (System.currentTimeMillis() % 100_000);
        send("POST", "units", "/api/v1/imports/units", UnitsImportBenchmark.csv(prefix, unitCount, -1), "text/csv",
                admin, 200);
        List<String> units = new ArrayList<>();
        for (int page = 0; units.size() < unitCount; page++) {
            JsonNode items = json("GET", "units", "/api/v1/units?page=" + page + "&size=200", null, admin, 200)
                    .get("items");
            if (items.isEmpty()) {
                throw new IllegalStateException("units-service lists " + units.size() + " units, not " + unitCount);
            }
            items.forEach(unit -> units.add(unit.get("id").asText()));
        }
        List<String> groups = new ArrayList<>();
        int perGroup = (unitCount + groupCount - 1) / groupCount;
        for (int g = 0; g < groupCount; g++) {
            String id = json("POST", "units", "/api/v1/groups", """
                    {"kind":"%s","year":%d,"code":"%s-G%02d","name":"Khối thi đua số %d"}"""
                    .formatted(g % 4 == 3 ? "CLUSTER" : "BLOCK", year, prefix, g, g + 1), admin, 201)
                    .get("id").asText();
            groups.add(id);
            List<String> members = units.subList(g * perGroup, Math.min(unitCount, (g + 1) * perGroup));
            send("POST", "units", "/api/v1/groups/" + id + "/members",
                    JSON.writeValueAsBytes(Map.of("unitIds", members)), "application/json", admin, 200, 201);
        }
        System.out.printf("%d units and %d groups created through units-service in %.1f s%n", unitCount, groupCount,
                (System.nanoTime() - start) / 1e9);

        // the campaign: its groups must first reach campaigns-service's projection (ADR 21), so retry while refused
        String groupIds = JSON.writeValueAsString(groups);
        String campaign = null;
        while (campaign == null) {
            Response created = call("POST", "campaigns", "/api/v1/campaigns", campaignJson(prefix, year, today,
                    groupIds).getBytes(StandardCharsets.UTF_8), "application/json", admin);
            if (created.status == 201) {
                campaign = JSON.readTree(created.body).get("id").asText();
            } else if (created.status == 422) {
                Thread.sleep(500);
            } else {
                throw new IllegalStateException("campaign refused: " + created.status + " " + created.body);
            }
        }
        String c = "/api/v1/campaigns/" + campaign;
        while (json("GET", "campaigns", c + "/scope?size=1", null, admin, 200).get("total").asInt() < unitCount) {
            Thread.sleep(500);
        }
        send("POST", "campaigns", c + "/launch", "{}".getBytes(StandardCharsets.UTF_8), "application/json", admin,
                200);
        System.out.printf("Campaign launched to %d units at %.1f s%n", unitCount, (System.nanoTime() - start) / 1e9);
        String[] sheets = new String[unitCount];
        String finalCampaign = campaign;
        parallel(unitCount, 32, i -> {
            String registration = json("POST", "campaigns", c + "/registrations", """
                    {"unitId":"%s","commitments":["Hoàn thành 100%% chỉ tiêu","Không vi phạm kỷ luật"],
                     "collectiveTitle":"TTLDXS"}""".formatted(units.get(i)), admin, 201).get("id").asText();
            json("POST", "campaigns", c + "/registrations/" + registration + "/accept", "{}", admin, 200);
            String sheet = json("POST", "campaigns", c + "/periods/MID_YEAR/score-sheets", """
                    {"registrationId":"%s","entries":[{"criterionCode":"A1","points":%d,"evidence":["https://x/1"]},
                     {"criterionCode":"A2","points":%d},{"criterionCode":"B1","points":%d.50}]}"""
                    .formatted(registration, 20 + i % 21, 10 + i % 21, i % 30), admin, 201).get("id").asText();
            String s = c + "/periods/MID_YEAR/score-sheets/" + sheet;
            json("POST", "campaigns", s + "/submit", "{}", admin, 200);
            json("POST", "campaigns", s + "/review", "{\"entries\":[]}", admin, 200);
            json("POST", "campaigns", s + "/approve", "{}", admin, 200);
            sheets[i] = sheet;
        });
        json("POST", "campaigns", c + "/periods/MID_YEAR/finalize", "{}", admin, 200);
        System.out.printf("%d units registered, accepted, sheets submitted and approved, MID_YEAR finalized at %.1f s%n",
                unitCount, (System.nanoTime() - start) / 1e9);

        // the people: one office, a reviewer of each of the first groups, officers of units spread over all groups
        int reviewers = Math.max(1, userCount / 10);
        int officers = userCount - reviewers - 1;
        List<User> users = new ArrayList<>();
        users.add(signIn("office", "ADMIN", null, null, null));
        for (int r = 0; r < reviewers; r++) {
            String group = groups.get(r % groups.size());
            users.add(signIn("reviewer " + (r + 1), "REVIEWER", null, group, sheets[(r % groups.size()) * perGroup]));
        }
        for (int o = 0; o < officers; o++) {
            int unit = (int) ((long) o * unitCount / officers);
            users.add(signIn("officer " + (o + 1), "UNIT_OFFICER", units.get(unit), null, sheets[unit]));
        }
        List<String> open = new ArrayList<>();
        json("GET", "campaigns", "/api/v1/campaigns?page=0&size=100", null, admin, 200).get("items").forEach(x -> {
            if (List.of("LAUNCHED", "IN_PROGRESS").contains(x.get("state").asText())) {
                open.add(x.get("id").asText());
            }
        });
        // notices reach the units' inboxes from the launch's events: wait (up to a minute) until the officers' have
        long deadline = System.nanoTime() + 60_000_000_000L;
        long unread = 0;
        for (User user : users) {
            if (user.unitId() != null) {
                long count;
                while ((count = json("GET", "notifications", "/api/v1/inbox/unread-count?unitId=" + user.unitId(),
                        null, admin, 200).get("unread").asLong()) == 0 && System.nanoTime() < deadline) {
                    Thread.sleep(500);
                }
                unread += count;
            }
        }
        System.out.printf("The officers' inboxes hold %d unread notices%n", unread);
        System.out.printf("%d people signed in to the portal; data ready at %.1f s%n", users.size(),
                (System.nanoTime() - start) / 1e9);
        return new World(finalCampaign, open, users);
    }

    private static String campaignJson(String prefix, int year, LocalDate today, String groupIds) {
        return """
                {"code":"%s-C","title":"Phong trào thi đua yêu nước năm %d","theme":"Thi đua yêu nước","kind":"REGULAR",
                 "year":%d,"startDate":"%s","endDate":"%s","registrationDeadline":"%s",
                 "scope":{"allUnits":false,"groupIds":%s},
                 "periods":[{"period":"MID_YEAR","endDate":"%s","submissionDeadline":"%s"}],
                 "criteria":[{"group":"I","code":"A1","name":"Chỉ tiêu","maxPoints":40,"appliesTo":"COLLECTIVE"},
                             {"group":"I","code":"A2","name":"Cải cách","maxPoints":30,"appliesTo":"COLLECTIVE"},
                             {"group":"II","code":"B1","name":"Cán bộ","maxPoints":30,"appliesTo":"INDIVIDUAL"}]}
                """.formatted(prefix, year, year, latest(LocalDate.of(year - 1, 12, 1), today.minusDays(10)),
                LocalDate.of(year + 1, 1, 31), today.plusDays(10), groupIds,
                latest(today.plusDays(10), LocalDate.of(year, 6, 30)),
                latest(today.plusDays(10), LocalDate.of(year, 7, 15)));
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** Signs in through the development sign-in as the browser's form does; the session is the JWT cookie. */
    private User signIn(String label, String role, String unitId, String groupId, String sheetId) throws Exception {
        String key = switch (role) {
            case "UNIT_OFFICER" -> role + ":" + unitId;
            case "REVIEWER" -> role + ":" + groupId;
            default -> role;
        };
        String form = "username=" + URLEncoder.encode(key, StandardCharsets.UTF_8) + "&password=development";
        ClassicRequestBuilder request = ClassicRequestBuilder.post(bases.get("portal") + "/login")
                .setEntity(new StringEntity(form, ContentType.APPLICATION_FORM_URLENCODED));
        String cookie = http.execute(request.build(), r -> {
            EntityUtils.consume(r.getEntity());
            for (Header header : r.getHeaders("Set-Cookie")) {
                if (header.getValue().startsWith("JWT=")) {
                    return header.getValue().substring(0, header.getValue().indexOf(';'));
                }
            }
            throw new IllegalStateException("sign-in of " + key + " -> " + r.getCode() + " without a session cookie");
        });
        return new User(label, role, unitId, groupId, cookie, tokens.bearer(key, role, unitId, groupId), sheetId);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // the pages, and the calls to the services each makes

    /** A call a page makes to a service: the service's short name and the path. */
    private record Call(String service, String path) {
    }

    /**
     * A portal page, who opens it, and the services' calls it makes for that person (what the portal's controller
     * calls, in order; a role's sections added later to a page add their own calls).
     */
    private record Page(String name, Function<User, String> path, List<String> roles, Function<User, List<Call>> calls) {
    }

    private static List<Page> pages(World world) {
        String c = "/api/v1/campaigns/" + world.campaignId();
        List<String> everyone = List.of("ADMIN", "REVIEWER", "UNIT_OFFICER");
        return List.of(
                new Page("/ (home)", u -> "/", everyone, u -> {
                    List<Call> calls = new ArrayList<>(List.of(new Call("campaigns", "/api/v1/campaigns?page=0&size=100")));
                    world.openCampaigns().forEach(id -> calls.add(new Call("campaigns", "/api/v1/campaigns/" + id)));
                    if (u.unitId() != null) {
                        calls.add(new Call("notifications", "/api/v1/inbox/unread-count?unitId=" + u.unitId()));
                        calls.add(new Call("notifications", "/api/v1/inbox?unitId=" + u.unitId() + "&page=0&size=5"));
                    }
                    return calls;
                }),
                new Page("/campaigns", u -> "/campaigns", everyone,
                        u -> List.of(new Call("campaigns", "/api/v1/campaigns?page=0&size=200"))),
                new Page("/campaigns/{id}", u -> "/campaigns/" + world.campaignId(), everyone,
                        u -> List.of(new Call("campaigns", c))),
                new Page("/units?name=" + SEARCH, u -> "/units?name=" + URLEncoder.encode(SEARCH, StandardCharsets.UTF_8),
                        List.of("ADMIN"), u -> List.of(new Call("units", "/api/v1/units?name="
                        + URLEncoder.encode(SEARCH, StandardCharsets.UTF_8) + "&page=0&size=20"))),
                new Page("/inbox", u -> "/inbox", List.of("UNIT_OFFICER"), u -> List.of(
                        new Call("notifications", "/api/v1/inbox?unitId=" + u.unitId() + "&page=0&size=20"),
                        new Call("notifications", "/api/v1/inbox/unread-count?unitId=" + u.unitId()))),
                new Page("/score-sheets/{id}", u -> "/score-sheets/" + u.sheetId(), List.of("UNIT_OFFICER", "REVIEWER"),
                        u -> List.of(new Call("campaigns", "/api/v1/score-sheets/" + u.sheetId()),
                                new Call("campaigns", c))),
                new Page("/campaigns/{id}/rankings/MID_YEAR", u -> "/campaigns/" + world.campaignId()
                        + "/rankings/MID_YEAR", everyone, u -> List.of(new Call("campaigns", c),
                        new Call("campaigns", c + "/periods/MID_YEAR/ranking"))),
                new Page("/campaigns/{id}/progress", u -> "/campaigns/" + world.campaignId() + "/progress",
                        List.of("ADMIN"), u -> List.of(new Call("campaigns", c),
                        new Call("campaigns", c + "/progress"))));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // the measurement

    private void run(int unitCount, int groupCount, int userCount, int requests, CpuMeter cpu) throws Exception {
        World world = load(unitCount, groupCount, userCount);
        settle(cpu);
        List<String> rows = new ArrayList<>();
        List<String> cpuLines = new ArrayList<>();
        List<String> aloneRows = new ArrayList<>();
        // which pages the portal has, then an unmeasured warm-up of all of them (half the requests each way, every
        // page before any is measured), so both sides run compiled code and the first page measured is not the one
        // that pays for the JIT compiling the portal's and services' common code
        List<Page> all = pages(world);
        List<Page> present = new ArrayList<>();
        for (Page page : all) {
            User first = visitors(world, page).get(0);
            Response probe = call("GET", "portal", page.path().apply(first), null, null, null, first.cookie());
            if (probe.status == 404) {
                System.out.println(page.name() + ": not present (404)");
            } else if (probe.status != 200) {
                throw new IllegalStateException(page.name() + " -> " + probe.status + " " + probe.body);
            } else {
                present.add(page);
            }
        }
        for (int round = 0; round < 2; round++) {
            for (Page page : present) {
                List<User> visitors = visitors(world, page);
                measure(visitors, userCount, requests / 4, u -> portalPage(page, u));
                measure(visitors, userCount, requests / 4, u -> apiCalls(page, u));
            }
        }
        System.out.printf("Warm-up done: %,d pages and their API calls%n", present.size() * (requests / 4) * 2);
        for (Page page : all) {
            if (!present.contains(page)) {
                rows.add("| `" + page.name() + "` | not present (404) |" + " |".repeat(15));
                continue;
            }
            List<User> visitors = visitors(world, page);
            IntSummaryStatistics callCounts = visitors.stream().mapToInt(u -> page.calls().apply(u).size())
                    .summaryStatistics();
            String calls = callCounts.getMin() == callCounts.getMax() ? Integer.toString(callCounts.getMin())
                    : callCounts.getMin() + "–" + callCounts.getMax();
            CpuMeter.Interval portalCpu = cpu.start();
            Stats portal = measure(visitors, userCount, requests, u -> portalPage(page, u));
            cpuLines.add("- `" + page.name() + "`, portal: " + portalCpu.report(portal.requests, "page")
                    + "; load average " + loadAverage());
            CpuMeter.Interval apiCpu = cpu.start();
            Stats api = measure(visitors, userCount, requests, u -> apiCalls(page, u));
            cpuLines.add("- `" + page.name() + "`, API calls: " + apiCpu.report(api.requests, "page")
                + "; load average " + loadAverage());
            String row = String.format("| `%s` | %d (%s) | %s | %,d KB | %s | %s | %+.1f ms |", page.name(),
                    visitors.size(), String.join(", ", visitors.stream().map(User::role).distinct().toList()),
                    portal.cells(), portal.bytes / Math.max(1, portal.requests) / 1024, calls, api.cells(),
                    portal.p95 - api.p95);
            rows.add(row);
            System.out.println(row);
            // one person alone, page after page: what a page costs without queueing behind 49 others
            Stats portalAlone = measure(visitors, 1, requests / 10, u -> portalPage(page, u));
            Stats apiAlone = measure(visitors, 1, requests / 10, u -> apiCalls(page, u));
            String alone = String.format("| `%s` | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %+.1f ms |", page.name(),
                    portalAlone.p50, portalAlone.p95, apiAlone.p50, apiAlone.p95, portalAlone.p50 - apiAlone.p50);
            aloneRows.add(alone);
            System.out.println(alone);
        }
        System.out.println();
        System.out.println("Machine: " + Machine.describe());
        System.out.printf("Command: bench/portal.sh %d %d %d %d%n%n", unitCount, groupCount, userCount, requests);
        System.out.printf("%d concurrent users, %,d measured requests per page and side (after %,d unmeasured)%n%n",
                userCount, requests, requests / 2);
        System.out.println("| page | people (roles) | portal p50 | p95 | p99 | max | pages/s | failed | page size "
                + "| API calls | API p50 | p95 | p99 | max | rounds/s | failed | portal adds (p95) |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
        System.out.println();
        System.out.printf("One person alone (%,d pages one after another, then the same API calls):%n%n",
                requests / 10);
        System.out.println("| page | portal p50 | p95 | API calls p50 | p95 | portal adds (p50) |");
        System.out.println("|---|---|---|---|---|---|");
        aloneRows.forEach(System.out::println);
        System.out.println();
        System.out.println("CPU per page:");
        cpuLines.forEach(System.out::println);
    }

    /**
     * Waits (up to 3 minutes) until the stack has finished the background work the load left (consumers of its
     * thousands of events, digests, e-mails): its processes use under 15 % of a core over 3 s, so the first page
     * measured does not share the cores with it.
     */
    private static void settle(CpuMeter cpu) throws InterruptedException {
        long start = System.nanoTime();
        double share;
        do {
            CpuMeter.Interval interval = cpu.start();
            Thread.sleep(3_000);
            share = interval.cpuSeconds("client") / interval.wallSeconds();
        } while (share > 0.15 && System.nanoTime() - start < 180_000_000_000L);
        System.out.printf("Stack settled after %.0f s (its processes use %.0f %% of a core)%n",
                (System.nanoTime() - start) / 1e9, 100 * share);
    }

    private static List<User> visitors(World world, Page page) {
        return world.users().stream().filter(u -> page.roles().contains(u.role())).toList();
    }

    /** The machine's load average over the last minute: other work sharing the cores shows here. */
    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private long portalPage(Page page, User user) throws Exception {
        Response response = call("GET", "portal", page.path().apply(user), null, null, null, user.cookie());
        if (response.status != 200) {
            throw new IllegalStateException(page.name() + " as " + user.label() + " -> " + response.status);
        }
        return response.body.length();
    }

    /** The page's calls to the services, one after another as the portal makes them, with the person's token. */
    private long apiCalls(Page page, User user) throws Exception {
        long bytes = 0;
        for (Call call : page.calls().apply(user)) {
            Response response = call("GET", call.service(), call.path(), null, null, user.bearer(), null);
            if (response.status != 200) {
                throw new IllegalStateException(call + " as " + user.label() + " -> " + response.status + " "
                        + response.body);
            }
            bytes += response.body.length();
        }
        return bytes;
    }

    private interface Visit {
        long run(User user) throws Exception;
    }

    /** {@code requests} visits on {@code concurrency} threads, each thread one person of {@code visitors} in turn. */
    private Stats measure(List<User> visitors, int concurrency, int requests, Visit visit) throws Exception {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        CountDownLatch done = new CountDownLatch(concurrency);
        long start = System.nanoTime();
        for (int t = 0; t < concurrency; t++) {
            User user = visitors.get(t % visitors.size());
            Thread thread = new Thread(() -> {
                try {
                    while (next.getAndIncrement() < requests) {
                        long begin = System.nanoTime();
                        try {
                            bytes.addAndGet(visit.run(user));
                            latencies.add(System.nanoTime() - begin);
                        } catch (Exception e) {
                            if (failed.incrementAndGet() <= 3) {
                                System.err.println(e.getMessage());
                            }
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
            thread.start();
        }
        done.await();
        return Stats.of(latencies, (System.nanoTime() - start) / 1e9, failed.get(), bytes.get());
    }

    private record Stats(int requests, double seconds, int failed, long bytes, double p50, double p95, double p99,
                         double max) {

        static Stats of(ConcurrentLinkedQueue<Long> nanos, double seconds, int failed, long bytes) {
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            if (sorted.isEmpty()) {
                return new Stats(0, seconds, failed, bytes, 0, 0, 0, 0);
            }
            return new Stats(sorted.size(), seconds, failed, bytes, ms(sorted, 0.50), ms(sorted, 0.95),
                    ms(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
        }

        private static double ms(List<Long> sorted, double quantile) {
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
        }

        String cells() {
            return String.format("%.1f ms | %.1f ms | %.1f ms | %.1f ms | %.0f | %d", p50, p95, p99, max,
                    requests / seconds, failed);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // HTTP

    private record Response(int status, String body) {
    }

    private Response call(String method, String server, String path, byte[] body, String contentType,
                          String authorization) throws Exception {
        return call(method, server, path, body, contentType, authorization, null);
    }

    private Response call(String method, String server, String path, byte[] body, String contentType,
                          String authorization, String cookie) throws Exception {
        ClassicRequestBuilder request = ClassicRequestBuilder.create(method).setUri(bases.get(server) + path);
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        if (cookie != null) {
            request.addHeader("Cookie", cookie);
        }
        if (body != null) {
            request.setEntity(new org.apache.hc.core5.http.io.entity.ByteArrayEntity(body,
                    ContentType.parse(contentType).withCharset(StandardCharsets.UTF_8)));
        }
        return http.execute(request.build(), r -> new Response(r.getCode(),
                r.getEntity() == null ? "" : EntityUtils.toString(r.getEntity(), StandardCharsets.UTF_8)));
    }

    private Response send(String method, String server, String path, byte[] body, String contentType,
                          String authorization, int... expected) throws Exception {
        Response response = call(method, server, path, body, contentType, authorization);
        for (int status : expected) {
            if (response.status == status) {
                return response;
            }
        }
        throw new IllegalStateException(method + " " + server + path + " -> " + response.status + " " + response.body);
    }

    private JsonNode json(String method, String server, String path, String body, String authorization,
                          int expected) throws Exception {
        return JSON.readTree(send(method, server, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                "application/json", authorization, expected).body);
    }

    private interface UnitWork {
        void run(int unit) throws Exception;
    }

    /** Runs {@code work} for 0..count-1 on {@code threads} threads; any failure stops the benchmark. */
    private static void parallel(int count, int threads, UnitWork work) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ConcurrentLinkedQueue<Exception> failures = new ConcurrentLinkedQueue<>();
        CountDownLatch done = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            new Thread(() -> {
                try {
                    for (int i = next.getAndIncrement(); i < count && failures.isEmpty(); i = next.getAndIncrement()) {
                        work.run(i);
                    }
                } catch (Exception e) {
                    failures.add(e);
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        if (!failures.isEmpty()) {
            throw failures.peek();
        }
    }
}
