package org.thidua.local;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/** Process plumbing shared by the embedded servers and the launcher (Linux). */
final class ProcessSupport {

    private static final Path SETSID = Paths.get("/usr/bin/setsid");

    private ProcessSupport() {}

    /**
     * Prefixes {@code setsid} (when available) so the child runs in its own session: a Ctrl-C in the terminal
     * then reaches only the launcher, which stops the children in order. The child pid is unchanged
     * (setsid execs directly when the caller is not a process-group leader, which a forked child never is).
     */
    static List<String> ownSession(List<String> command) {
        if (!Files.isExecutable(SETSID)) {
            return command;
        }
        List<String> result = new ArrayList<>(command.size() + 1);
        result.add(SETSID.toString());
        result.addAll(command);
        return result;
    }

    /** The java executable running this JVM. */
    static String javaExecutable() {
        Path candidate = Paths.get(System.getProperty("java.home"), "bin", "java");
        if (Files.isExecutable(candidate)) {
            return candidate.toString();
        }
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** Jar or classes directory this class was loaded from. */
    static Path codeSourceOf(Class<?> type) {
        try {
            return Paths.get(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("cannot locate the code source of " + type.getName(), e);
        }
    }

    static long currentPid() {
        return ProcessHandle.current().pid();
    }

    static void writePidFile(Path pidFile, long pid) {
        try {
            Files.createDirectories(pidFile.getParent());
            Files.writeString(pidFile, pid + "\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + pidFile, e);
        }
    }

    static Optional<Long> readPidFile(Path pidFile) {
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            String text = Files.readString(pidFile, StandardCharsets.US_ASCII).trim();
            return text.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(text));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Full command line of a live process (from /proc), or empty. */
    static String commandLine(long pid) {
        try {
            byte[] raw = Files.readAllBytes(Paths.get("/proc", Long.toString(pid), "cmdline"));
            for (int i = 0; i < raw.length; i++) {
                if (raw[i] == 0) {
                    raw[i] = ' ';
                }
            }
            return new String(raw, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return ProcessHandle.of(pid).flatMap(h -> h.info().commandLine()).orElse("");
        }
    }

    /**
     * If {@code pidFile} names a live process whose command line contains all of {@code markers}, terminates it
     * (a leftover of a previous run whose parent was killed). Never touches a process that does not match.
     *
     * @return true if a stale process was found and stopped
     */
    static boolean killStale(Path pidFile, Duration grace, String... markers) {
        Optional<Long> pid = readPidFile(pidFile);
        if (pid.isEmpty()) {
            return false;
        }
        Optional<ProcessHandle> handle = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive);
        if (handle.isEmpty()) {
            return false;
        }
        String cmd = commandLine(pid.get());
        for (String marker : markers) {
            if (!cmd.contains(marker)) {
                return false;
            }
        }
        System.err.println("[thidua-local] stopping stale process " + pid.get() + " recorded in " + pidFile);
        terminate(handle.get(), grace);
        return true;
    }

    /** SIGTERM, wait up to {@code grace}, then SIGKILL and wait a little more. */
    static boolean terminate(ProcessHandle handle, Duration grace) {
        if (!handle.isAlive()) {
            return true;
        }
        handle.destroy();
        if (await(handle, grace)) {
            return true;
        }
        System.err.println("[thidua-local] process " + handle.pid() + " did not stop within " + grace.toSeconds()
                + " s; killing it");
        handle.destroyForcibly();
        return await(handle, Duration.ofSeconds(10));
    }

    static boolean await(ProcessHandle handle, Duration timeout) {
        try {
            handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return !handle.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !handle.isAlive();
        } catch (ExecutionException e) {
            return !handle.isAlive();
        }
    }

    /**
     * Starts a tiny shell side-car that sends SIGTERM to {@code child} once {@code parentPid} is gone, for native
     * children (mysqld) that cannot watch their parent themselves. It ends with the child.
     */
    static void watchParentFor(ProcessHandle child, long parentPid) {
        String script = ""
                + "p=$1; c=$2\n"
                + "while kill -0 \"$c\" 2>/dev/null; do\n"
                + "  if ! kill -0 \"$p\" 2>/dev/null; then kill -TERM \"$c\" 2>/dev/null; fi\n"
                + "  sleep 1\n"
                + "done\n";
        List<String> cmd = ownSession(List.of(
                "/bin/sh", "-c", script, "thidua-watchdog", Long.toString(parentPid), Long.toString(child.pid())));
        try {
            new ProcessBuilder(cmd)
                    .redirectInput(
                            ProcessBuilder.Redirect.from(Paths.get("/dev/null").toFile()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            System.err.println("[thidua-local] cannot start the watchdog for pid " + child.pid() + ": " + e);
        }
    }

    static long sizeOf(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0L;
        } catch (IOException e) {
            return 0L;
        }
    }

    /**
     * Waits until a line containing {@code needle} is appended to {@code file} after byte {@code fromOffset}.
     *
     * @return true when found; false when {@code alive} turned false or the timeout passed
     */
    static boolean awaitLogLine(Path file, long fromOffset, String needle, Duration timeout, BooleanSupplier alive) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long offset = fromOffset;
        StringBuilder pending = new StringBuilder();
        while (true) {
            long size = sizeOf(file);
            if (size > offset) {
                try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
                    raf.seek(offset);
                    byte[] buf = new byte[(int) Math.min(size - offset, 1 << 20)];
                    raf.readFully(buf);
                    offset += buf.length;
                    pending.append(new String(buf, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    // retry on the next round
                }
                if (pending.indexOf(needle) >= 0) {
                    return true;
                }
                int lastNewline = pending.lastIndexOf("\n");
                if (lastNewline >= 0) {
                    pending.delete(0, lastNewline + 1);
                }
            }
            if (!alive.getAsBoolean() || System.nanoTime() > deadline) {
                return false;
            }
            pause(100);
        }
    }

    /** The last {@code lines} lines of a text file (for error messages). */
    static String tail(Path file, int lines) {
        try {
            if (!Files.isRegularFile(file)) {
                return "";
            }
            long size = Files.size(file);
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
                long start = Math.max(0, size - 64 * 1024);
                raf.seek(start);
                byte[] buf = new byte[(int) (size - start)];
                raf.readFully(buf);
                Deque<String> last = new ArrayDeque<>();
                for (String line : new String(buf, StandardCharsets.UTF_8).split("\n")) {
                    last.addLast(line);
                    if (last.size() > lines) {
                        last.removeFirst();
                    }
                }
                return String.join("\n", last);
            }
        } catch (IOException e) {
            return "";
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
