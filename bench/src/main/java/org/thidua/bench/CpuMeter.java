package org.thidua.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

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
        Map<String, Long> jit = new LinkedHashMap<>();
        processes.forEach((name, pid) -> {
            ticks.put(name, processTicks(pid));
            jit.put(name, compilerTicks(pid));
        });
        return new Interval(ticks, jit, machineTicks(), System.nanoTime());
    }

    final class Interval {
        private final Map<String, Long> startTicks;
        private final Map<String, Long> startJit;
        private final long[] startMachine;
        private final long startNanos;

        private Interval(
                Map<String, Long> startTicks, Map<String, Long> startJit, long[] startMachine, long startNanos) {
            this.startTicks = startTicks;
            this.startJit = startJit;
            this.startMachine = startMachine;
            this.startNanos = startNanos;
        }

        /** CPU seconds of the watched processes since the start, leaving out those named in {@code except}. */
        double cpuSeconds(String... except) {
            Set<String> left = Set.of(except);
            long ticks = 0;
            for (Map.Entry<String, Long> start : startTicks.entrySet()) {
                if (!left.contains(start.getKey())) {
                    ticks += processTicks(processes.get(start.getKey())) - start.getValue();
                }
            }
            return ticks / TICKS_PER_SECOND;
        }

        /** Seconds since the start. */
        double wallSeconds() {
            return (System.nanoTime() - startNanos) / 1e9;
        }

        /** The share of process {@code name}'s CPU time since the start that its JIT compiler threads used. */
        double jitShare(String name) {
            long all = processTicks(processes.get(name)) - startTicks.get(name);
            long jit = compilerTicks(processes.get(name)) - startJit.get(name);
            return all <= 0 ? 0 : (double) jit / all;
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
            StringBuilder line = new StringBuilder(String.format(
                    "%.1f s wall; machine busy %.0f %% of %d cores",
                    wall,
                    total == 0 ? 0 : 100.0 * busy / total,
                    Runtime.getRuntime().availableProcessors()));
            startTicks.forEach((name, before) -> {
                double seconds = (processTicks(processes.get(name)) - before) / TICKS_PER_SECOND;
                double jit = (compilerTicks(processes.get(name)) - startJit.get(name)) / TICKS_PER_SECOND;
                line.append(String.format(
                        "; %s %.1f s CPU (%.2f ms/%s%s)",
                        name,
                        seconds,
                        1000 * seconds / work,
                        unit,
                        jit >= 0.05 ? String.format(", of which JIT compiling %.1f s", jit) : ""));
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

    /**
     * utime + stime of the JVM's JIT compiler threads ({@code C1/C2 CompilerThread*}, named in
     * {@code /proc/<pid>/task/<tid>/stat}) in clock ticks: compiling, not serving; 0 for a process that is not a JVM.
     */
    private static long compilerTicks(long pid) {
        long ticks = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
                        String[] fields =
                                stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                } catch (IOException | NumberFormatException | IndexOutOfBoundsException e) {
                    // the thread ended between listing and reading: its time is in no compiler thread any more
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks;
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
