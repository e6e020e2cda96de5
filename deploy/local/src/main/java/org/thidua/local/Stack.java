package org.thidua.local;

import static org.thidua.local.Console.display;
import static org.thidua.local.Console.say;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The running stack: Kafka and MariaDB (in parallel), SMTP, the services' databases, the services (in parallel, each
 * gated on its readiness), then the portal; stopped in reverse. Every {@link StackPart}'s status goes to the state
 * file as it changes.
 */
final class Stack {

    final Config config;
    final StackState state;
    private volatile List<List<StackPart>> layers = List.of(); // start order; stopped last layer first
    private volatile boolean stopping;
    private boolean stopped;

    Stack(Config config) {
        this.config = config;
        this.state = StackState.fresh(config.stateFile());
    }

    void startAll() {
        long pid = ProcessSupport.currentPid();
        ProcessSupport.writePidFile(config.pidFile(), pid);
        state.set("status", StackState.STARTING)
                .set("launcher.pid", pid)
                .set("home", config.home)
                .set("started", Instant.now())
                .set("log", config.logs().resolve("launcher.log"));
        state.save();

        List<ServiceSpec> services = selectServices();
        List<ServicePart> serviceParts = new ArrayList<>();
        for (ServiceSpec service : services) {
            Path jar = config.findJar(service)
                    .orElseThrow(() -> new StartupFailure(
                            service.name(),
                            null,
                            "no jar in "
                                    + display(
                                            config.repo.resolve(service.name()).resolve("target"))
                                    + " (build it: ./mvnw -DskipTests -pl "
                                    + service.name() + " -am install, or run ./thidua up --infra-only)",
                            null));
            serviceParts.add(ServicePart.service(config, service, jar));
        }
        Optional<ServicePart> portal = selectPortal()
                .map(p -> ServicePart.portal(config, p, config.findJar(p).orElseThrow(), services));
        List<ServiceSpec> listening = new ArrayList<>(services);
        portal.ifPresent(p -> listening.add(p.spec()));
        checkPorts(listening);

        KafkaPart kafka = new KafkaPart(config);
        MariaDbPart mariaDb = new MariaDbPart(config);
        SmtpPart smtp = new SmtpPart(config);
        List<StackPart> servers = new ArrayList<>(serviceParts);
        portal.ifPresent(servers::add);
        layers = List.of(List.of(kafka), List.of(mariaDb), List.of(smtp), servers);

        say("starting Kafka (%d) and MariaDB (%d) ...", config.kafkaPort, config.dbPort);
        CompletableFuture<Void> kafkaStart = CompletableFuture.runAsync(() -> startAndRecord(kafka));
        CompletableFuture<Void> dbStart = CompletableFuture.runAsync(() -> startAndRecord(mariaDb));
        join(kafkaStart, kafka);
        join(dbStart, mariaDb);
        try {
            startAndRecord(smtp);
        } catch (RuntimeException e) {
            throw e instanceof StartupFailure failure
                    ? failure
                    : new StartupFailure(smtp.name(), smtp.log(), e.getMessage(), e);
        }
        for (ServiceSpec service : services) {
            mariaDb.createDatabase(service);
        }
        if (!services.isEmpty()) {
            say(
                    "databases: %s",
                    String.join(
                            ", ", services.stream().map(ServiceSpec::database).toList()));
            startServices(serviceParts);
        }
        // the portal calls the services: it starts once they are ready
        portal.ifPresent(p -> startServices(List.of(p)));
        state.set("status", StackState.READY).set("ready", Instant.now());
        state.save();
    }

    private void startAndRecord(StackPart part) {
        part.start();
        record(part);
        say("  %s", part.readyLine());
        stopIfStopping();
    }

    private void record(StackPart part) {
        part.status().forEach(state::addPart);
        state.save();
    }

    private List<ServiceSpec> selectServices() {
        if (config.infraOnly) {
            return List.of();
        }
        if (!config.skipMissing) {
            return config.services;
        }
        List<ServiceSpec> present = new ArrayList<>();
        for (ServiceSpec service : config.services) {
            if (config.findJar(service).isPresent()) {
                present.add(service);
            } else {
                say("skipping %s: no jar built (--skip-missing)", service.name());
            }
        }
        return present;
    }

    /** The portal, if this start includes it and its jar is built (else a failure, or a skip with --skip-missing). */
    private Optional<ServiceSpec> selectPortal() {
        Optional<ServiceSpec> portal = config.portal();
        if (portal.isEmpty() || config.findJar(portal.get()).isPresent()) {
            return portal;
        }
        if (config.skipMissing) {
            say("skipping %s: no jar built (--skip-missing)", Config.PORTAL);
            return Optional.empty();
        }
        throw new StartupFailure(
                Config.PORTAL,
                null,
                "no jar in " + display(config.repo.resolve(Config.PORTAL).resolve("target"))
                        + " (build it: ./mvnw -DskipTests -pl " + Config.PORTAL
                        + " -am install, or run ./thidua up --no-portal)",
                null);
    }

    private void checkPorts(List<ServiceSpec> services) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("kafka", config.kafkaPort);
        ports.put("kafka controller", config.kafkaControllerPort);
        ports.put("mariadb", config.dbPort);
        ports.put("smtp", config.smtpPort);
        ports.put("mail-http", config.mailHttpPort);
        for (ServiceSpec service : services) {
            ports.put(service.name(), service.port());
        }
        Map<Integer, String> seen = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : ports.entrySet()) {
            String previous = seen.put(entry.getValue(), entry.getKey());
            if (previous != null) {
                problems.add(entry.getKey() + " and " + previous + " are both configured on port " + entry.getValue());
            } else if (!Ports.isFree(entry.getValue())) {
                problems.add(entry.getKey() + ": port " + entry.getValue() + " is already in use");
            }
        }
        if (!problems.isEmpty()) {
            throw new StartupFailure(
                    "ports",
                    null,
                    String.join("; ", problems) + " (override with --<part>-port / THIDUA_*_PORT, see ./thidua help)",
                    null);
        }
    }

    /** Launches every one, then waits for all of them to be ready, in parallel. */
    private void startServices(List<ServicePart> parts) {
        for (ServicePart part : parts) {
            part.start();
            part.status().forEach(state::addPart);
            stopIfStopping();
        }
        state.save();
        say(
                "starting %s (readiness: %s, up to %d s) ...",
                String.join(", ", parts.stream().map(ServicePart::name).toList()),
                ServicePart.READINESS_PATH,
                config.readyTimeout.toSeconds());
        List<CompletableFuture<Void>> waits = new ArrayList<>();
        for (ServicePart part : parts) {
            waits.add(CompletableFuture.runAsync(() -> {
                part.awaitReady(config.readyTimeout);
                record(part);
                say("  %s", part.readyLine());
            }));
        }
        for (int i = 0; i < parts.size(); i++) {
            join(waits.get(i), parts.get(i));
        }
    }

    private static void join(CompletableFuture<Void> future, StackPart part) {
        try {
            future.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof StartupFailure failure) {
                throw failure;
            }
            String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
            int newline = message.indexOf('\n');
            throw new StartupFailure(
                    part.name(), part.log(), newline > 0 ? message.substring(0, newline) : message, cause);
        }
    }

    private void stopIfStopping() {
        if (stopping) {
            throw new StartupFailure("launcher", null, "stopped while starting", null);
        }
    }

    void fail(StartupFailure failure) {
        state.set("failure.part", failure.part)
                .set("failure.message", failure.getMessage())
                .set("failure.log", failure.log == null ? "" : failure.log.toString());
        state.save();
    }

    /**
     * Stops the portal and the services (in parallel), then SMTP, MariaDB, Kafka. Idempotent and re-entrant: each
     * call stops what is still running (also what a start in progress added after an earlier call); safe from the
     * shutdown hook.
     */
    synchronized void stopAll(String finalStatus) {
        stopping = true;
        List<List<StackPart>> reverse = new ArrayList<>(layers);
        Collections.reverse(reverse);
        boolean any = reverse.stream().flatMap(List::stream).anyMatch(StackPart::running);
        if (!any && stopped) {
            return;
        }
        if (!StackState.FAILED.equals(state.status())) {
            state.set("status", StackState.STOPPING);
            state.save();
        }
        if (any) {
            say("stopping ...");
        }
        for (List<StackPart> layer : reverse) {
            Map<StackPart, CompletableFuture<Void>> stops = new LinkedHashMap<>();
            for (StackPart part : layer) {
                if (!part.running()) {
                    continue;
                }
                long pid = part instanceof ServicePart service ? service.pid() : -1;
                stops.put(
                        part,
                        CompletableFuture.runAsync(() -> say(
                                part.stop() ? "  %s stopped" : "  %s (pid " + pid + ") did not stop", part.name())));
            }
            stops.values().forEach(CompletableFuture::join);
        }
        String status = StackState.FAILED.equals(state.status()) ? StackState.FAILED : finalStatus;
        state.set("status", status).set("stopped", Instant.now());
        state.save();
        try {
            Files.deleteIfExists(config.pidFile());
        } catch (IOException ignored) {
            // best effort
        }
        stopped = true;
        if (any) {
            say("all stopped");
        }
    }
}
