package org.thidua.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time spent by named processes (from {@code /proc/<pid>/stat}) and by the whole machine (from {@code /proc/stat})
 * between {@link #start()} and {@link Interval#report}: where a benchmark's cores went, so a missed target can be
 * told apart as "out of CPU" (the machine was busy) or "waiting" (it was not).
 */
final class CpuMeter {

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    private final Map<String, Long> processes = new LinkedHashMap<>();

    /** Adds a process to watch under {@code name}. */
    CpuMeter watch(String name, long pid) {
        processes.put(name, pid);
        return this;
    }

    Interval start() {
        Map<String, Long> ticks = new LinkedHashMap<>();
        processes.forEach((name, pid) -> ticks.put(name, processTicks(pid)));
        return new Interval(ticks, machineTicks(), System.nanoTime());
    }

    final class Interval {
        private final Map<String, Long> startTicks;
        private final long[] startMachine;
        private final long startNanos;

        private Interval(Map<String, Long> startTicks, long[] startMachine, long startNanos) {
            this.startTicks = startTicks;
            this.startMachine = startMachine;
            this.startNanos = startNanos;
        }

        /**
         * One line: the machine's busy share, then each process's CPU seconds and, per unit of work, CPU milliseconds,
         * e.g. {@code machine busy 97 % of 2 cores; service 41.2 s (5.2 ms/request), mariadb ...}.
         */
        String report(long work, String unit) {
            double wall = (System.nanoTime() - startNanos) / 1e9;
            long[] machine = machineTicks();
            long busy = machine[0] - startMachine[0];
            long total = machine[1] - startMachine[1];
            StringBuilder line = new StringBuilder(String.format("%.1f s wall; machine busy %.0f %% of %d cores",
                    wall, total == 0 ? 0 : 100.0 * busy / total, Runtime.getRuntime().availableProcessors()));
            startTicks.forEach((name, before) -> {
                double seconds = (processTicks(processes.get(name)) - before) / TICKS_PER_SECOND;
                line.append(String.format("; %s %.1f s CPU (%.2f ms/%s)", name, seconds, 1000 * seconds / work, unit));
            });
            return line.toString();
        }
    }

    /** utime + stime of a process and its waited-for children, in clock ticks; 0 once it is gone. */
    private static long processTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // fields 14 and 15 of proc(5)
        } catch (IOException | NumberFormatException | IndexOutOfBoundsException e) {
            return 0;
        }
    }

    /** {busy, total} jiffies of all CPUs. */
    private static long[] machineTicks() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).split("\\s+");
            long total = 0;
            for (int i = 1; i < cpu.length; i++) {
                total += Long.parseLong(cpu[i]);
            }
            long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]); // idle + iowait
            return new long[] {total - idle, total};
        } catch (IOException | NumberFormatException | IndexOutOfBoundsException e) {
            return new long[] {0, 0};
        }
    }
}
