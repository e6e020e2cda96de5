package org.thidua.bench;

import java.util.ArrayList;
import java.util.List;
import org.thidua.bench.PortalPages.Page;
import org.thidua.bench.PortalVisits.Stats;
import org.thidua.bench.PortalWorld.User;

/** The portal benchmark's report, as docs/benchmarks.md shows it: a row per page, then one person alone, then CPU. */
final class PortalReport {

    private final List<String> rows = new ArrayList<>();
    private final List<String> aloneRows = new ArrayList<>();
    private final List<String> cpuLines = new ArrayList<>();

    void notPresent(Page page) {
        rows.add("| `" + page.name() + "` | not present (404) |" + " |".repeat(15));
    }

    /** 50 people at once: the page through the portal, and the same people's calls to the services. */
    void concurrent(Page page, List<User> visitors, String calls, Stats portal, Stats api) {
        String row = String.format(
                "| `%s` | %d (%s) | %s | %,d KB | %s | %s | %+.1f ms |",
                page.name(),
                visitors.size(),
                String.join(", ", visitors.stream().map(User::role).distinct().toList()),
                portal.cells(),
                portal.bytes() / Math.max(1, portal.requests()) / 1024,
                calls,
                api.cells(),
                portal.p95() - api.p95());
        rows.add(row);
        System.out.println(row);
    }

    /** One person alone, page after page: what a page costs without queueing behind 49 others. */
    void alone(Page page, Stats portal, Stats api) {
        String alone = String.format(
                "| `%s` | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %+.1f ms |",
                page.name(), portal.p50(), portal.p95(), api.p50(), api.p95(), portal.p50() - api.p50());
        aloneRows.add(alone);
        System.out.println(alone);
    }

    void cpu(Page page, String side, String report) {
        cpuLines.add(
                "- `" + page.name() + "`, " + side + ": " + report + "; load average " + PortalVisits.loadAverage());
    }

    void print(int unitCount, int groupCount, int userCount, int requests) {
        System.out.println();
        System.out.println("Machine: " + Machine.describe());
        System.out.printf("Command: bench/portal.sh %d %d %d %d%n%n", unitCount, groupCount, userCount, requests);
        System.out.printf(
                "%d concurrent users, %,d measured requests per page and side (after %,d unmeasured)%n%n",
                userCount, requests, requests / 2);
        System.out.println("| page | people (roles) | portal p50 | p95 | p99 | max | pages/s | failed | page size "
                + "| API calls | API p50 | p95 | p99 | max | rounds/s | failed | portal adds (p95) |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
        System.out.println();
        System.out.printf(
                "One person alone (%,d pages one after another, then the same API calls):%n%n", requests / 10);
        System.out.println("| page | portal p50 | p95 | API calls p50 | p95 | portal adds (p50) |");
        System.out.println("|---|---|---|---|---|---|");
        aloneRows.forEach(System.out::println);
        System.out.println();
        System.out.println("CPU per page:");
        cpuLines.forEach(System.out::println);
    }
}
