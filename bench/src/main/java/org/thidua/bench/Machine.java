package org.thidua.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The machine, JVM and date a benchmark ran on, for docs/benchmarks.md. */
final class Machine {

    private Machine() {}

    static String describe() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .orElse(cpu);
        } catch (IOException ignored) {
            // not Linux: the CPU stays unnamed
        }
        long memoryGiB =
                ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize() >> 30;
        return String.format(
                "%s, %d cores, %d GiB, Java %s (%s), %s",
                cpu,
                Runtime.getRuntime().availableProcessors(),
                memoryGiB,
                System.getProperty("java.version"),
                System.getProperty("java.vm.name"),
                ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }

    /**
     * JVM options added to the measured service, from {@code THIDUA_BENCH_SERVICE_OPTS} (space separated), e.g. to
     * record a flight recording: {@code THIDUA_BENCH_SERVICE_OPTS=-XX:StartFlightRecording=filename=/tmp/s.jfr}.
     */
    static List<String> extraServiceOptions() {
        String options = System.getenv("THIDUA_BENCH_SERVICE_OPTS");
        return options == null || options.isBlank()
                ? List.of()
                : List.of(options.strip().split("\\s+"));
    }

    static long residentKiB(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                    .filter(l -> l.startsWith("VmRSS:"))
                    .findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")))
                    .orElse(-1L);
        } catch (IOException e) {
            return -1;
        }
    }
}
