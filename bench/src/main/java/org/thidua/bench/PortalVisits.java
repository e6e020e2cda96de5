package org.thidua.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.thidua.bench.PortalPages.Call;
import org.thidua.bench.PortalPages.Page;
import org.thidua.bench.PortalWorld.User;

/**
 * The portal benchmark's measuring: a page loaded through the portal as a signed-in person, or the same person's
 * calls to the services that page makes; many of them on concurrent threads, timed.
 */
final class PortalVisits {

    /** One visit: the bytes it read. */
    interface Visit {
        long run(User user) throws Exception;
    }

    /** Latencies of a series of visits. */
    record Stats(int requests, double seconds, int failed, long bytes, double p50, double p95, double p99, double max) {

        static Stats of(ConcurrentLinkedQueue<Long> nanos, double seconds, int failed, long bytes) {
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            if (sorted.isEmpty()) {
                return new Stats(0, seconds, failed, bytes, 0, 0, 0, 0);
            }
            return new Stats(
                    sorted.size(),
                    seconds,
                    failed,
                    bytes,
                    ms(sorted, 0.50),
                    ms(sorted, 0.95),
                    ms(sorted, 0.99),
                    sorted.get(sorted.size() - 1) / 1e6);
        }

        private static double ms(List<Long> sorted, double quantile) {
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
        }

        String cells() {
            return String.format(
                    "%.1f ms | %.1f ms | %.1f ms | %.1f ms | %.0f | %d",
                    p50, p95, p99, max, requests / seconds, failed);
        }
    }

    private final PortalClient client;

    PortalVisits(PortalClient client) {
        this.client = client;
    }

    /** The page through the portal, with the person's session cookie. */
    PortalClient.Response open(Page page, User user) throws Exception {
        return client.call("GET", "portal", page.path().apply(user), null, null, null, user.cookie());
    }

    /** {@link #open}, any answer but 200 a failure; the bytes read. */
    long portalPage(Page page, User user) throws Exception {
        PortalClient.Response response = open(page, user);
        if (response.status() != 200) {
            throw new IllegalStateException(page.name() + " as " + user.label() + " -> " + response.status());
        }
        return response.body().length();
    }

    /** The page's calls to the services, one after another as the portal makes them, with the person's token. */
    long apiCalls(Page page, User user) throws Exception {
        long bytes = 0;
        for (Call call : page.calls().apply(user)) {
            PortalClient.Response response =
                    client.call("GET", call.service(), call.path(), null, null, user.bearer(), null);
            if (response.status() != 200) {
                throw new IllegalStateException(
                        call + " as " + user.label() + " -> " + response.status() + " " + response.body());
            }
            bytes += response.body().length();
        }
        return bytes;
    }

    /** {@code requests} visits on {@code concurrency} threads, each thread one person of {@code visitors} in turn. */
    static Stats measure(List<User> visitors, int concurrency, int requests, Visit visit) throws Exception {
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

    /**
     * Waits (up to 3 minutes) until the stack has finished the background work the load left (consumers of its
     * thousands of events, digests, e-mails): its processes use under 15 % of a core over 3 s, so the first page
     * measured does not share the cores with it.
     */
    static void settle(CpuMeter cpu) throws InterruptedException {
        long start = System.nanoTime();
        double share;
        do {
            CpuMeter.Interval interval = cpu.start();
            Thread.sleep(3_000);
            share = interval.cpuSeconds("client") / interval.wallSeconds();
        } while (share > 0.15 && System.nanoTime() - start < 180_000_000_000L);
        System.out.printf(
                "Stack settled after %.0f s (its processes use %.0f %% of a core)%n",
                (System.nanoTime() - start) / 1e9, 100 * share);
    }

    /** The machine's load average over the last minute: other work sharing the cores shows here. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
