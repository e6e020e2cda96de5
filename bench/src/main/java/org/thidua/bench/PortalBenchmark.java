package org.thidua.bench;

import static org.thidua.bench.PortalVisits.measure;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import org.thidua.bench.PortalPages.Page;
import org.thidua.bench.PortalVisits.Stats;
import org.thidua.bench.PortalWorld.User;
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
 * The world is loaded by {@link PortalWorld} (the campaign's part shared with {@link CampaignsBenchmark} in
 * {@link BenchCampaign}), the pages are {@link PortalPages}, measured by {@link PortalVisits}, reported by
 * {@link PortalReport}.
 * Usage: {@code bench/portal.sh [units=2000] [groups=40] [users=50] [requests per page=2000]}.
 */
public final class PortalBenchmark {

    private PortalBenchmark() {}

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
            PortalClient client = new PortalClient(userCount);
            int portalPort = Ports.freePort();
            String portalUrl = "http://127.0.0.1:" + portalPort;
            Map<String, String> portalEnvironment = new HashMap<>(tokens.serviceEnvironment());
            CpuMeter cpu = new CpuMeter()
                    .watch("mariadb", db.pid())
                    .watch("kafka", kafka.pid())
                    .watch("client", ProcessHandle.current().pid());
            for (String service : List.of("units", "campaigns", "awards", "notifications")) {
                Map<String, String> environment = BenchServices.environment(tokens, infrastructure, service + "_bench");
                environment.putAll(Map.of(
                        "SMTP_HOST",
                        smtp.host(),
                        "SMTP_PORT",
                        Integer.toString(smtp.port()),
                        "JAVAMAIL_PROPERTIES_MAIL_SMTP_HOST",
                        smtp.host(),
                        "JAVAMAIL_PROPERTIES_MAIL_SMTP_PORT",
                        Integer.toString(smtp.port()),
                        "THIDUA_PORTAL_URL",
                        portalUrl));
                ServiceProcess process = BenchServices.start(
                        repository, service + "-service", Ports.freePort(), environment, work, false);
                processes.add(process);
                portalEnvironment.put("MICRONAUT_HTTP_SERVICES_" + service.toUpperCase() + "_URL", process.baseUrl());
                client.base(service, process.baseUrl());
            }
            for (ServiceProcess process : processes) {
                process.awaitReady(Duration.ofSeconds(180));
                cpu.watch(process.name().replace("-service", ""), process.pid());
            }
            byte[] session = new byte[32];
            new SecureRandom().nextBytes(session);
            portalEnvironment.putAll(Map.of(
                    "MICRONAUT_SERVER_HOST",
                    "127.0.0.1",
                    "THIDUA_PORTAL_DEV_SIGN_IN",
                    "true",
                    "THIDUA_PORTAL_SESSION_SECRET",
                    Base64.getUrlEncoder().withoutPadding().encodeToString(session)));
            ServiceProcess portal =
                    BenchServices.start(repository, "portal", portalPort, portalEnvironment, work, true);
            processes.add(portal);
            portal.awaitReady(Duration.ofSeconds(180));
            cpu.watch("portal", portal.pid());
            client.base("portal", portal.baseUrl());
            System.out.printf("Stack ready (logs in %s)%n", work);
            PortalWorld world = PortalWorld.load(client, tokens, unitCount, groupCount, userCount);
            measurePages(world, new PortalVisits(client), userCount, requests, cpu)
                    .print(unitCount, groupCount, userCount, requests);
        } finally {
            for (int i = processes.size() - 1; i >= 0; i--) {
                processes.get(i).close();
            }
            smtp.stop();
            infrastructure.close();
        }
    }

    /** Every page the portal has: warmed up, then measured with 50 people at once and with one alone. */
    private static PortalReport measurePages(
            PortalWorld world, PortalVisits visits, int userCount, int requests, CpuMeter cpu) throws Exception {
        PortalVisits.settle(cpu);
        PortalReport report = new PortalReport();
        // which pages the portal has, then an unmeasured warm-up of all of them (half the requests each way, every
        // page before any is measured), so both sides run compiled code and the first page measured is not the one
        // that pays for the JIT compiling the portal's and services' common code
        List<Page> all = PortalPages.of(world);
        List<Page> present = new ArrayList<>();
        for (Page page : all) {
            User first = world.visitors(page).get(0);
            PortalClient.Response probe = visits.open(page, first);
            if (probe.status() == 404) {
                System.out.println(page.name() + ": not present (404)");
            } else if (probe.status() != 200) {
                throw new IllegalStateException(page.name() + " -> " + probe.status() + " " + probe.body());
            } else {
                present.add(page);
            }
        }
        for (int round = 0; round < 2; round++) {
            for (Page page : present) {
                List<User> visitors = world.visitors(page);
                measure(visitors, userCount, requests / 4, u -> visits.portalPage(page, u));
                measure(visitors, userCount, requests / 4, u -> visits.apiCalls(page, u));
            }
        }
        System.out.printf("Warm-up done: %,d pages and their API calls%n", present.size() * (requests / 4) * 2);
        for (Page page : all) {
            if (!present.contains(page)) {
                report.notPresent(page);
                continue;
            }
            List<User> visitors = world.visitors(page);
            IntSummaryStatistics callCounts = visitors.stream()
                    .mapToInt(u -> page.calls().apply(u).size())
                    .summaryStatistics();
            String calls = callCounts.getMin() == callCounts.getMax()
                    ? Integer.toString(callCounts.getMin())
                    : callCounts.getMin() + "–" + callCounts.getMax();
            CpuMeter.Interval portalCpu = cpu.start();
            Stats portal = measure(visitors, userCount, requests, u -> visits.portalPage(page, u));
            report.cpu(page, "portal", portalCpu.report(portal.requests(), "page"));
            CpuMeter.Interval apiCpu = cpu.start();
            Stats api = measure(visitors, userCount, requests, u -> visits.apiCalls(page, u));
            report.cpu(page, "API calls", apiCpu.report(api.requests(), "page"));
            report.concurrent(page, visitors, calls, portal, api);
            report.alone(
                    page,
                    measure(visitors, 1, requests / 10, u -> visits.portalPage(page, u)),
                    measure(visitors, 1, requests / 10, u -> visits.apiCalls(page, u)));
        }
        return report;
    }
}
