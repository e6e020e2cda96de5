package org.thidua.local;

import static org.thidua.local.Console.display;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * {@code up}: in the foreground until Ctrl-C (everything printed also goes to launcher.log), or with {@code -d} in a
 * new session, this command waiting for the outcome; {@code --demo} then loads the demo world.
 */
final class UpCommand implements Command {

    @Override
    public int run(Config config) {
        return config.detach && !config.detachedChild ? detach(config) : up(config);
    }

    static int up(Config config) {
        try {
            Files.createDirectories(config.logs());
            Files.createDirectories(config.run());
        } catch (IOException e) {
            System.err.println("thidua: cannot create " + config.home + ": " + e);
            return 1;
        }
        if (!StackLock.hold(config)) {
            System.err.println(StackLock.alreadyRunning(config));
            return 2;
        }
        if (!config.detachedChild) {
            Console.teeOutputTo(config.logs().resolve("launcher.log"));
        }
        Console.configureLogging();

        Stack stack = new Stack(config);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stack.stopAll(StackState.STOPPED), "thidua-stop"));
        try {
            try {
                stack.startAll();
            } catch (StartupFailure failure) {
                throw failure;
            } catch (RuntimeException e) {
                e.printStackTrace();
                throw new StartupFailure("launcher", config.logs().resolve("launcher.log"), e.toString(), e);
            }
        } catch (StartupFailure failure) {
            String where = failure.log == null ? "" : "; see " + display(failure.log);
            System.err.println();
            System.err.println("thidua: " + StartupFailure.failed(failure.part) + failure.getMessage() + where);
            stack.fail(failure);
            stack.stopAll(StackState.FAILED);
            return 1;
        }
        System.out.println();
        System.out.print(StatusCommand.readySummary(config, stack.state));
        if (config.demo && !config.detachedChild) {
            DemoLoader.run(config);
        }
        System.out.println("Stop it with Ctrl-C"
                + (config.detachedChild ? "" : " (or ./thidua down from another terminal)") + "; mail: ./thidua mail");
        System.out.flush();
        try {
            new CountDownLatch(1).await(); // until SIGINT/SIGTERM; the shutdown hook stops everything
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** {@code up -d}: starts {@code up} in a new session with its output in launcher.log, waits for the outcome. */
    static int detach(Config config) {
        try {
            Files.createDirectories(config.logs());
            Files.createDirectories(config.run());
            if (StackLock.heldElsewhere(config)) {
                System.err.println(StackLock.alreadyRunning(config));
                return 2;
            }
            Files.deleteIfExists(config.stateFile());
        } catch (IOException e) {
            System.err.println("thidua: cannot prepare " + config.home + ": " + e);
            return 1;
        }
        Path log = config.logs().resolve("launcher.log");
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessSupport.javaExecutable());
        cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Launcher.class.getName());
        cmd.add("up");
        cmd.add("--detached-child");
        for (String arg : config.rawArgs) {
            if (!arg.equals("-d") && !arg.equals("--detach")) {
                cmd.add(arg);
            }
        }
        if (config.rawArgs.stream().noneMatch(a -> a.startsWith("--home"))) {
            cmd.add("--home=" + config.home);
        }
        if (config.rawArgs.stream().noneMatch(a -> a.startsWith("--repo"))) {
            cmd.add("--repo=" + config.repo);
        }
        Process child;
        try {
            Console.appendLine(log, "==== " + Instant.now() + " ./thidua up -d ====");
            child = new ProcessBuilder(ProcessSupport.ownSession(cmd))
                    .directory(config.repo.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(
                            ProcessBuilder.Redirect.from(Paths.get("/dev/null").toFile()))
                    .start();
        } catch (IOException e) {
            System.err.println("thidua: cannot start the launcher: " + e);
            return 1;
        }
        System.out.println("starting the Thidua stack in the background (launcher pid " + child.pid() + ", log "
                + display(log) + ") ...");
        long deadline = System.nanoTime() + config.readyTimeout.plusMinutes(5).toNanos();
        Set<String> reported = new HashSet<>();
        while (true) {
            Optional<StackState> state =
                    StackState.read(config.stateFile()).filter(s -> s.launcherPid() == child.pid());
            if (state.isPresent()) {
                String status = state.get().status();
                for (StackState.Part part : state.get().parts()) {
                    if (!"starting".equals(part.detail()) && reported.add(part.name())) {
                        System.out.println("  " + part.name() + " up"
                                + (part.detail().isEmpty() ? "" : " (" + part.detail() + ")"));
                    }
                }
                if (StackState.READY.equals(status)) {
                    System.out.print(StatusCommand.readySummary(config, state.get()));
                    System.out.println(
                            "Stop it with ./thidua down; logs in " + display(config.logs()) + "; mail: ./thidua mail");
                    return config.demo ? DemoLoader.run(config) : 0;
                }
                if (StackState.FAILED.equals(status)) {
                    ProcessSupport.await(child.toHandle(), Duration.ofMinutes(3));
                    printFailure(state.get(), log);
                    return 1;
                }
            }
            if (!child.isAlive()) {
                Optional<StackState> last =
                        StackState.read(config.stateFile()).filter(s -> s.launcherPid() == child.pid());
                if (last.isPresent() && StackState.FAILED.equals(last.get().status())) {
                    printFailure(last.get(), log);
                } else {
                    System.err.println("thidua: the launcher exited (code " + child.exitValue()
                            + ") before the stack was ready; see " + display(log));
                    System.err.println(ProcessSupport.tail(log, 20));
                }
                return 1;
            }
            if (System.nanoTime() > deadline) {
                System.err.println("thidua: the stack was not ready in time; stopping it. See " + display(log));
                ProcessSupport.terminate(child.toHandle(), Duration.ofMinutes(3));
                return 1;
            }
            ProcessSupport.pause(300);
        }
    }

    private static void printFailure(StackState state, Path launcherLog) {
        String part = state.get("failure.part", "?");
        String message = state.get("failure.message", "");
        String log = state.get("failure.log", "");
        System.err.println("thidua: " + StartupFailure.failed(part) + message);
        System.err.println("  log: " + (log.isEmpty() ? display(launcherLog) : display(Path.of(log))));
        System.err.println(
                "  everything that had been started was stopped (launcher log: " + display(launcherLog) + ")");
    }
}
