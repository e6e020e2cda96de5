package org.thidua.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Optional CPU profiles of the measured phase: when {@code THIDUA_BENCH_ASYNC_PROFILER} names async-profiler's
 * {@code libasyncProfiler.so}, the JVMs given are profiled (attached with {@code jcmd JVMTI.agent_load}, per thread,
 * 1 ms CPU interval) between {@link #start} and {@link #stop}, which writes collapsed stacks next to the run's logs.
 */
final class AsyncProfiler {

    private final String library = System.getenv("THIDUA_BENCH_ASYNC_PROFILER");
    private final List<Long> profiled = new ArrayList<>();

    void start(long... pids) throws IOException, InterruptedException {
        if (library == null) {
            return;
        }
        for (long pid : pids) {
            jcmd(pid, "start,event=itimer,interval=1ms,threads");
            profiled.add(pid);
        }
    }

    void stop(Path folder) throws IOException, InterruptedException {
        for (long pid : profiled) {
            Path file = folder.resolve("profile-" + pid + ".collapsed");
            jcmd(pid, "stop,file=" + file + ",collapsed");
            System.out.println("Profile of process " + pid + ": " + file);
        }
        profiled.clear();
    }

    private void jcmd(long pid, String arguments) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(
                        jcmd.toString(), Long.toString(pid), "JVMTI.agent_load", library, '"' + arguments + '"')
                .redirectErrorStream(true)
                .start(); // jcmd passes the quoted options as one
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0 || !output.contains("return code: 0")) {
            throw new IllegalStateException("jcmd " + pid + " JVMTI.agent_load " + arguments + " failed: " + output);
        }
    }
}
