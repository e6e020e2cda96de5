package org.thidua.local;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The local stack behind {@code ./thidua}: Kafka, MariaDB, SMTP (+ mail read endpoint) and the services, each
 * in its own process with its own log under {@code <home>/logs}.
 *
 * <pre>
 * Launcher up [-d] [--infra-only|--skip-missing] [--no-portal] [options]   start (foreground, or detached with -d)
 * Launcher down                                              stop a running stack
 * Launcher status                                            what runs, where, ready or not
 * Launcher mail [index]                                      mail received by the SMTP server
 * Launcher missing-jars                                      service modules (and the portal) whose jar is not built
 * Launcher demo                                              load the 2019 demo world into the running stack
 * </pre>
 *
 * Options (each also an environment variable): --home (THIDUA_HOME), --repo (THIDUA_REPO), --kafka-port
 * (THIDUA_KAFKA_PORT, 9092), --kafka-controller-port (THIDUA_KAFKA_CONTROLLER_PORT, 9093), --db-port
 * (THIDUA_DB_PORT, 3307), --smtp-port (THIDUA_SMTP_PORT, 3025), --mail-http-port (THIDUA_MAIL_HTTP_PORT, 8025),
 * --services (THIDUA_SERVICES, "name[:port],..."), --ready-timeout (THIDUA_READY_TIMEOUT, seconds, 180),
 * --portal-port (THIDUA_PORTAL_PORT, 8080: the web portal, started once the services are ready),
 * --portal-url (THIDUA_PORTAL_URL, the web portal e-mails link to, the started portal's address by default),
 * THIDUA_SERVICE_JAVA_OPTS, THIDUA_JAR_&lt;NAME&gt; (jar of one service, e.g. THIDUA_JAR_UNITS_SERVICE).
 */
public final class Launcher {

    /** The web portal (the fifth deployable, ADR 0031, ADR 0056): its module, its port, whose pages e-mails link to. */
    static final String PORTAL = "portal";
    static final int DEFAULT_PORTAL_PORT = 8080;
    /** The accounts the development sign-in page lists (written by the demo loader), under the data folder. */
    static final String DEMO_ACCOUNTS_FILE = "demo-accounts.json";

    static final String DEFAULT_SERVICES =
            "units-service:8081,campaigns-service:8082,awards-service:8083,notifications-service:8084";
    static final String DEFAULT_SERVICE_JAVA_OPTS = String.join(" ", ServiceProcess.DEFAULT_JAVA_OPTS);
    static final String READINESS_PATH = "/health/readiness";
    private static final Duration SERVICE_STOP_GRACE = Duration.ofSeconds(30);
    private static final String LAUNCHER_MARKER = Launcher.class.getName();

    private static volatile FileLock heldLock;
    private static volatile FileChannel heldLockChannel;

    private Launcher() {
    }

    // ------------------------------------------------------------------------------------------------ config

    /** One service: module directory name, HTTP port, database. */
    record ServiceSpec(String name, int port) {

        String database() {
            return "thidua_" + shortName().replace('-', '_');
        }

        String shortName() {
            return name.endsWith("-service") ? name.substring(0, name.length() - "-service".length()) : name;
        }

        String defaultMainClass() {
            return "org.thidua." + shortName().replace("-", "") + ".Application";
        }
    }

    static final class Config {
        Path repo;
        Path home;
        int kafkaPort;
        int kafkaControllerPort;
        int dbPort;
        int smtpPort;
        int mailHttpPort;
        String portalUrl;
        int portalPort;
        boolean noPortal;
        List<ServiceSpec> services;
        boolean infraOnly;
        boolean skipMissing;
        boolean detach;
        boolean detachedChild;
        boolean demo;
        Duration readyTimeout;
        List<String> serviceJavaOpts;
        Map<String, String> env;
        List<String> positional = new ArrayList<>();
        List<String> rawArgs = new ArrayList<>();

        Path logs() {
            return home.resolve("logs");
        }

        Path run() {
            return home.resolve("run");
        }

        Path stateFile() {
            return run().resolve("state.properties");
        }

        Path pidFile() {
            return run().resolve("launcher.pid");
        }

        Path lockFile() {
            return run().resolve("launcher.lock");
        }

        static Config parse(List<String> args, Map<String, String> env) {
            Map<String, String> options = new LinkedHashMap<>();
            Config config = new Config();
            config.env = env;
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                config.rawArgs.add(arg);
                switch (arg) {
                    case "-d", "--detach" -> config.detach = true;
                    case "--detached-child" -> config.detachedChild = true;
                    case "--infra-only" -> config.infraOnly = true;
                    case "--skip-missing" -> config.skipMissing = true;
                    case "--demo" -> config.demo = true;
                    case "--no-portal" -> config.noPortal = true;
                    default -> {
                        if (arg.startsWith("--")) {
                            String key;
                            String value;
                            int eq = arg.indexOf('=');
                            if (eq > 0) {
                                key = arg.substring(2, eq);
                                value = arg.substring(eq + 1);
                            } else {
                                key = arg.substring(2);
                                if (i + 1 >= args.size()) {
                                    throw new UsageException("missing value for " + arg);
                                }
                                value = args.get(++i);
                                config.rawArgs.add(value);
                            }
                            options.put(key, value);
                        } else if (arg.startsWith("-")) {
                            throw new UsageException("unknown option " + arg);
                        } else {
                            config.positional.add(arg);
                        }
                    }
                }
            }
            List<String> known = List.of("home", "repo", "kafka-port", "kafka-controller-port", "db-port",
                    "smtp-port", "mail-http-port", "portal-port", "portal-url", "services", "ready-timeout");
            for (String key : options.keySet()) {
                if (!known.contains(key)) {
                    throw new UsageException("unknown option --" + key);
                }
            }
            config.repo = Paths.get(value(options, env, "repo", "THIDUA_REPO", System.getProperty("user.dir")))
                    .toAbsolutePath().normalize();
            config.home = Paths.get(value(options, env, "home", "THIDUA_HOME", config.repo.resolve(".thidua").toString()))
                    .toAbsolutePath().normalize();
            config.kafkaPort = intValue(options, env, "kafka-port", "THIDUA_KAFKA_PORT", 9092);
            config.kafkaControllerPort = intValue(options, env, "kafka-controller-port",
                    "THIDUA_KAFKA_CONTROLLER_PORT", 9093);
            config.dbPort = intValue(options, env, "db-port", "THIDUA_DB_PORT", 3307);
            config.smtpPort = intValue(options, env, "smtp-port", "THIDUA_SMTP_PORT", 3025);
            config.mailHttpPort = intValue(options, env, "mail-http-port", "THIDUA_MAIL_HTTP_PORT", 8025);
            config.portalPort = intValue(options, env, "portal-port", "THIDUA_PORTAL_PORT", DEFAULT_PORTAL_PORT);
            // e-mails link to the portal this stack starts, unless they are to link elsewhere
            config.portalUrl = value(options, env, "portal-url", "THIDUA_PORTAL_URL", "http://127.0.0.1:" + config.portalPort);
            config.readyTimeout = Duration.ofSeconds(intValue(options, env, "ready-timeout", "THIDUA_READY_TIMEOUT", 180));
            config.services = parseServices(value(options, env, "services", "THIDUA_SERVICES", DEFAULT_SERVICES));
            String javaOpts = env.getOrDefault("THIDUA_SERVICE_JAVA_OPTS", DEFAULT_SERVICE_JAVA_OPTS);
            config.serviceJavaOpts = javaOpts.isBlank() ? List.of() : Arrays.asList(javaOpts.trim().split("\\s+"));
            return config;
        }

        /** The portal, when this start includes it: not with --infra-only or --no-portal. */
        Optional<ServiceSpec> portal() {
            return infraOnly || noPortal ? Optional.empty() : Optional.of(new ServiceSpec(PORTAL, portalPort));
        }

        static List<ServiceSpec> parseServices(String spec) {
            List<ServiceSpec> services = new ArrayList<>();
            int nextPort = 8081;
            for (String entry : spec.split(",")) {
                String trimmed = entry.trim();
                if (trimmed.isEmpty()) {
                    continue;
                }
                String[] parts = trimmed.split(":");
                int port = parts.length > 1 ? Integer.parseInt(parts[1].trim()) : nextPort;
                services.add(new ServiceSpec(parts[0].trim(), port));
                nextPort = port + 1;
            }
            return services;
        }

        private static String value(Map<String, String> options, Map<String, String> env, String key, String envKey,
                                    String fallback) {
            String value = options.get(key);
            if (value == null || value.isBlank()) {
                value = env.get(envKey);
            }
            return value == null || value.isBlank() ? fallback : value;
        }

        private static int intValue(Map<String, String> options, Map<String, String> env, String key, String envKey,
                                    int fallback) {
            String value = value(options, env, key, envKey, Integer.toString(fallback));
            try {
                return Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                throw new UsageException("--" + key + " / " + envKey + " must be a number, got " + value);
            }
        }
    }

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    /** A part of the stack failed to start. */
    static final class StartupFailure extends RuntimeException {
        final String part;
        final Path log;

        StartupFailure(String part, Path log, String message, Throwable cause) {
            super(message, cause);
            this.part = part;
            this.log = log;
        }
    }

    // -------------------------------------------------------------------------------------------------- main

    public static void main(String[] args) {
        // the summary names the portal in Vietnamese: UTF-8 whatever the locale (a log file, a detached parent)
        System.setOut(new PrintStream(new FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8));
        if (args.length == 0 || List.of("help", "-h", "--help").contains(args[0])) {
            System.out.println(usage());
            System.exit(args.length == 0 ? 2 : 0);
        }
        String command = args[0];
        int code;
        try {
            Config config = Config.parse(Arrays.asList(args).subList(1, args.length), System.getenv());
            code = switch (command) {
                case "up" -> config.detach && !config.detachedChild ? detach(config) : up(config);
                case "down" -> down(config);
                case "status" -> status(config);
                case "mail" -> mail(config);
                case "missing-jars" -> missingJars(config);
                case "demo" -> DemoLoader.run(config);
                default -> throw new UsageException("unknown command " + command);
            };
        } catch (UsageException e) {
            System.err.println("thidua: " + e.getMessage());
            System.err.println(usage());
            code = 2;
        }
        System.exit(code);
    }

    static String usage() {
        return String.join("\n",
                "usage: thidua <command> [options]",
                "  up [-d] [--infra-only | --skip-missing] [--no-portal] [--build] [--demo]",
                "                                                      start the stack (-d: in the background);",
                "                                                      --demo: then load the 2019 demo world",
                "  demo                                                load the 2019 demo world into the running stack",
                "  down                                                stop it",
                "  status                                              what runs where, ready or not",
                "  mail [index]                                        mail received by the SMTP server",
                "options / environment:",
                "  --home DIR               THIDUA_HOME                 data folder (default <repo>/.thidua)",
                "  --kafka-port N           THIDUA_KAFKA_PORT           9092",
                "  --kafka-controller-port  THIDUA_KAFKA_CONTROLLER_PORT 9093",
                "  --db-port N              THIDUA_DB_PORT              3307",
                "  --smtp-port N            THIDUA_SMTP_PORT            3025",
                "  --mail-http-port N       THIDUA_MAIL_HTTP_PORT       8025",
                "  --portal-port N          THIDUA_PORTAL_PORT          " + DEFAULT_PORTAL_PORT + " (the web portal)",
                "  --portal-url URL         THIDUA_PORTAL_URL           the started portal's address (e-mails link to it)",
                "  --services LIST          THIDUA_SERVICES             " + DEFAULT_SERVICES,
                "  --ready-timeout SECONDS  THIDUA_READY_TIMEOUT        180",
                "                           THIDUA_SERVICE_JAVA_OPTS    " + DEFAULT_SERVICE_JAVA_OPTS,
                "                           THIDUA_JAR_<NAME>           jar of one service (THIDUA_JAR_UNITS_SERVICE=...)");
    }

    // ---------------------------------------------------------------------------------------------------- up

    static int up(Config config) {
        try {
            Files.createDirectories(config.logs());
            Files.createDirectories(config.run());
        } catch (IOException e) {
            System.err.println("thidua: cannot create " + config.home + ": " + e);
            return 1;
        }
        FileChannel lockChannel;
        FileLock lock;
        try {
            lockChannel = FileChannel.open(config.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = lockChannel.tryLock();
        } catch (IOException | OverlappingFileLockException e) {
            lock = null;
            lockChannel = null;
        }
        if (lock == null) {
            System.err.println("thidua: a stack is already running in " + config.home
                    + runningPidSuffix(config) + "; see ./thidua status, or ./thidua down");
            return 2;
        }
        heldLock = lock; // strongly reachable for the life of the JVM (an unreachable channel gets closed)
        heldLockChannel = lockChannel;
        if (!config.detachedChild) {
            teeOutputTo(config.logs().resolve("launcher.log"));
        }
        configureLogging();

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
            System.err.println("thidua: " + failed(failure.part) + failure.getMessage() + where);
            stack.fail(failure);
            stack.stopAll(StackState.FAILED);
            return 1;
        }
        System.out.println();
        System.out.print(readySummary(config, stack.state));
        if (config.demo && !config.detachedChild) {
            DemoLoader.run(config);
        }
        System.out.println("Stop it with Ctrl-C" + (config.detachedChild ? "" : " (or ./thidua down from another terminal)")
                + "; mail: ./thidua mail");
        System.out.flush();
        try {
            new CountDownLatch(1).await(); // until SIGINT/SIGTERM; the shutdown hook stops everything
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** The running stack: starts the parts in order and stops them in reverse. */
    static final class Stack {
        final Config config;
        final StackState state;
        private volatile EmbeddedKafka kafka;
        private volatile EmbeddedMariaDb mariaDb;
        private volatile EmbeddedSmtp smtp;
        private final Map<String, Process> services = new LinkedHashMap<>();
        private volatile boolean stopping;
        private boolean stopped;

        Stack(Config config) {
            this.config = config;
            this.state = StackState.fresh(config.stateFile());
        }

        void startAll() {
            long pid = ProcessSupport.currentPid();
            ProcessSupport.writePidFile(config.pidFile(), pid);
            state.set("status", StackState.STARTING).set("launcher.pid", pid).set("home", config.home)
                    .set("started", Instant.now()).set("log", config.logs().resolve("launcher.log"));
            state.save();

            List<ServiceSpec> services = selectServices();
            Map<ServiceSpec, Path> jars = new LinkedHashMap<>();
            for (ServiceSpec service : services) {
                Optional<Path> jar = findJar(config, service);
                if (jar.isEmpty()) {
                    throw new StartupFailure(service.name(), null, "no jar in " + display(config.repo.resolve(service.name()).resolve("target"))
                            + " (build it: ./mvnw -DskipTests -pl " + service.name() + " -am install, or run ./thidua up --infra-only)", null);
                }
                jars.put(service, jar.get());
            }
            Optional<ServiceSpec> portal = selectPortal();
            portal.ifPresent(p -> jars.put(p, findJar(config, p).orElseThrow()));
            List<ServiceSpec> listening = new ArrayList<>(services);
            portal.ifPresent(listening::add);
            checkPorts(listening);

            say("starting Kafka (%d) and MariaDB (%d) ...", config.kafkaPort, config.dbPort);
            Path kafkaLog = config.logs().resolve("kafka.log");
            Path dbLog = config.logs().resolve("mariadb.log");
            CompletableFuture<Void> kafkaStart = CompletableFuture.runAsync(() -> {
                long t0 = System.nanoTime();
                EmbeddedKafka started = EmbeddedKafka.start(config.home.resolve("kafka"), config.kafkaPort,
                        config.kafkaControllerPort, kafkaLog);
                kafka = started;
                state.addPart(new StackState.Part("kafka", "kafka", started.pid(), config.kafkaPort,
                        started.bootstrapServers(), "tcp", kafkaLog,
                        "controller :" + config.kafkaControllerPort + ", ready in " + seconds(t0),
                        "kafka.Kafka|" + config.home));
                state.save();
                say("  kafka ready in %s", seconds(t0));
                stopIfStopping();
            });
            CompletableFuture<Void> dbStart = CompletableFuture.runAsync(() -> {
                long t0 = System.nanoTime();
                EmbeddedMariaDb started = EmbeddedMariaDb.start(config.home.resolve("mariadb").resolve("data"),
                        config.dbPort, dbLog);
                mariaDb = started;
                state.addPart(new StackState.Part("mariadb", "mariadb", started.pid(), config.dbPort,
                        "jdbc:mysql://127.0.0.1:" + config.dbPort + " (" + started.username() + "/" + started.password() + ")",
                        "tcp", dbLog, "ready in " + seconds(t0), "mariadbd|" + config.home));
                state.save();
                say("  mariadb ready in %s", seconds(t0));
                stopIfStopping();
            });
            join(kafkaStart, "kafka", kafkaLog);
            join(dbStart, "mariadb", dbLog);

            Path launcherLog = config.logs().resolve("launcher.log");
            try {
                smtp = EmbeddedSmtp.start(config.smtpPort).startHttp(config.mailHttpPort);
            } catch (RuntimeException e) {
                throw new StartupFailure("smtp", launcherLog, e.getMessage(), e);
            }
            state.addPart(new StackState.Part("smtp", "smtp", -1, config.smtpPort,
                    "smtp://127.0.0.1:" + config.smtpPort, "tcp", launcherLog, "GreenMail, in the launcher JVM", ""));
            state.addPart(new StackState.Part("mail-http", "http", -1, config.mailHttpPort,
                    "http://127.0.0.1:" + config.mailHttpPort + "/messages",
                    "http://127.0.0.1:" + config.mailHttpPort + "/messages", launcherLog, "./thidua mail", ""));
            state.save();
            say("  smtp on %d, mail read endpoint http://127.0.0.1:%d/messages", config.smtpPort, config.mailHttpPort);

            for (ServiceSpec service : services) {
                try {
                    mariaDb.createDatabase(service.database());
                } catch (RuntimeException e) {
                    throw new StartupFailure("mariadb", dbLog, "cannot create database " + service.database() + ": "
                            + e.getMessage(), e);
                }
            }
            if (!services.isEmpty()) {
                say("databases: %s", String.join(", ", services.stream().map(ServiceSpec::database).toList()));
                startServices(services, jars, "service", this::serviceEnvironment);
            }
            // the portal calls the services: it starts once they are ready
            portal.ifPresent(p -> startServices(List.of(p), jars, PORTAL, ignored -> portalEnvironment(services)));
            state.set("status", StackState.READY).set("ready", Instant.now());
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
                if (findJar(config, service).isPresent()) {
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
            if (portal.isEmpty() || findJar(config, portal.get()).isPresent()) {
                return portal;
            }
            if (config.skipMissing) {
                say("skipping %s: no jar built (--skip-missing)", PORTAL);
                return Optional.empty();
            }
            throw new StartupFailure(PORTAL, null, "no jar in " + display(config.repo.resolve(PORTAL).resolve("target"))
                    + " (build it: ./mvnw -DskipTests -pl " + PORTAL + " -am install, or run ./thidua up --no-portal)", null);
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
                throw new StartupFailure("ports", null, String.join("; ", problems)
                        + " (override with --<part>-port / THIDUA_*_PORT, see ./thidua help)", null);
            }
        }

        private void startServices(List<ServiceSpec> services, Map<ServiceSpec, Path> jars, String kind,
                                   java.util.function.Function<ServiceSpec, Map<String, String>> environment) {
            Map<ServiceSpec, ServiceProcess> started = new LinkedHashMap<>();
            for (ServiceSpec service : services) {
                Path jar = jars.get(service);
                Path log = config.logs().resolve(service.name() + ".log");
                try {
                    // the first run records a class-data sharing archive when it stops; later runs start from it
                    List<String> javaOpts = new ArrayList<>(config.serviceJavaOpts);
                    javaOpts.addAll(ServiceProcess.classDataSharing(jar));
                    ServiceProcess process = ServiceProcess.start(service.name(), jar, service.defaultMainClass(),
                            service.port(), environment.apply(service), javaOpts, config.home, log);
                    synchronized (this) {
                        this.services.put(service.name(), process.process());
                    }
                    started.put(service, process);
                    state.addPart(new StackState.Part(service.name(), kind, process.pid(), service.port(),
                            process.baseUrl(), process.baseUrl() + READINESS_PATH,
                            log, "starting", ParentWatchingMain.class.getName() + "|" + jar));
                } catch (IOException e) {
                    throw new StartupFailure(service.name(), log, "cannot start: " + e.getMessage(), e);
                }
                stopIfStopping();
            }
            state.save();
            say("starting %s (readiness: %s, up to %d s) ...",
                    String.join(", ", services.stream().map(ServiceSpec::name).toList()), READINESS_PATH,
                    config.readyTimeout.toSeconds());

            List<CompletableFuture<Void>> waits = new ArrayList<>();
            for (ServiceSpec service : services) {
                ServiceProcess process = started.get(service);
                waits.add(CompletableFuture.runAsync(() -> {
                    Duration ready;
                    try {
                        ready = process.awaitReady(config.readyTimeout);
                    } catch (ServiceProcess.NotReady e) {
                        throw new StartupFailure(service.name(), process.log(), e.reason(), null);
                    }
                    String readyIn = String.format("%.1f s", ready.toMillis() / 1000.0);
                    state.addPart(new StackState.Part(service.name(), kind, process.pid(), service.port(),
                            process.baseUrl(), process.baseUrl() + READINESS_PATH, process.log(),
                            "ready in " + readyIn, ParentWatchingMain.class.getName() + "|" + jars.get(service)));
                    state.save();
                    say("  %s ready in %s", service.name(), readyIn);
                }));
            }
            for (int i = 0; i < services.size(); i++) {
                ServiceSpec service = services.get(i);
                join(waits.get(i), service.name(), config.logs().resolve(service.name() + ".log"));
            }
        }

        Map<String, String> serviceEnvironment(ServiceSpec service) {
            Map<String, String> env = new LinkedHashMap<>();
            env.put("MICRONAUT_SERVER_PORT", Integer.toString(service.port()));
            // like Kafka, MariaDB and the mail server: this machine only, never the network it is on
            env.put("MICRONAUT_SERVER_HOST", "127.0.0.1");
            env.put("DATASOURCES_DEFAULT_URL", "jdbc:mysql://127.0.0.1:" + config.dbPort + "/" + service.database());
            env.put("DATASOURCES_DEFAULT_USERNAME", EmbeddedMariaDb.USERNAME);
            env.put("DATASOURCES_DEFAULT_PASSWORD", EmbeddedMariaDb.PASSWORD);
            env.put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + config.kafkaPort);
            env.put("SMTP_HOST", "127.0.0.1");
            env.put("SMTP_PORT", Integer.toString(config.smtpPort));
            env.put("JAVAMAIL_PROPERTIES_MAIL_SMTP_HOST", "127.0.0.1");
            env.put("JAVAMAIL_PROPERTIES_MAIL_SMTP_PORT", Integer.toString(config.smtpPort));
            env.put("THIDUA_SERVICE_NAME", service.name());
            env.put("THIDUA_PORTAL_URL", config.portalUrl); // the web portal whose pages e-mails link to (ADR 0031)
            // development tokens: the data folder's HS256 secret (./thidua token signs with it)
            env.put("THIDUA_SECURITY_JWT_SECRET", DevelopmentTokens.secret(config.home));
            return env;
        }

        /**
         * The portal's: this machine only, the services it calls (Micronaut's HTTP client services, by the module's
         * short name), the development secret it signs the development sign-in's tokens with, the sign-in page itself
         * (never on outside this stack) and the demo accounts that page lists.
         */
        Map<String, String> portalEnvironment(List<ServiceSpec> services) {
            Map<String, String> env = new LinkedHashMap<>();
            env.put("MICRONAUT_SERVER_PORT", Integer.toString(config.portalPort));
            env.put("MICRONAUT_SERVER_HOST", "127.0.0.1");
            for (ServiceSpec service : services) {
                env.put("MICRONAUT_HTTP_SERVICES_" + service.shortName().toUpperCase(Locale.ROOT).replace('-', '_') + "_URL",
                        "http://127.0.0.1:" + service.port());
            }
            env.put("THIDUA_SERVICE_NAME", PORTAL);
            env.put("THIDUA_SECURITY_JWT_SECRET", DevelopmentTokens.secret(config.home));
            env.put("THIDUA_PORTAL_SESSION_SECRET", DevelopmentTokens.portalSessionSecret(config.home));
            env.put("THIDUA_PORTAL_DEV_SIGN_IN", "true");
            env.put("THIDUA_PORTAL_DEMO_ACCOUNTS", config.home.resolve(DEMO_ACCOUNTS_FILE).toString());
            return env;
        }

        private void join(CompletableFuture<Void> future, String part, Path log) {
            try {
                future.join();
            } catch (CompletionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                if (cause instanceof StartupFailure failure) {
                    throw failure;
                }
                String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
                int newline = message.indexOf('\n');
                throw new StartupFailure(part, log, newline > 0 ? message.substring(0, newline) : message, cause);
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
         * Stops services, then SMTP, MariaDB, Kafka. Idempotent and re-entrant: each call stops what is still
         * running (also what a start in progress added after an earlier call); safe from the shutdown hook.
         */
        synchronized void stopAll(String finalStatus) {
            stopping = true;
            Map<String, Process> runningServices = new LinkedHashMap<>(services);
            services.clear();
            EmbeddedSmtp smtpToStop = smtp;
            EmbeddedMariaDb dbToStop = mariaDb;
            EmbeddedKafka kafkaToStop = kafka;
            smtp = null;
            mariaDb = null;
            kafka = null;
            boolean any = kafkaToStop != null || dbToStop != null || smtpToStop != null || !runningServices.isEmpty();
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
            List<CompletableFuture<Void>> stops = new ArrayList<>();
            for (Map.Entry<String, Process> entry : runningServices.entrySet()) {
                Process process = entry.getValue();
                stops.add(CompletableFuture.runAsync(() -> {
                    if (ProcessSupport.terminate(process.toHandle(), SERVICE_STOP_GRACE)) {
                        say("  %s stopped", entry.getKey());
                    } else {
                        say("  %s (pid %d) did not stop", entry.getKey(), process.pid());
                    }
                }));
            }
            stops.forEach(CompletableFuture::join);
            if (smtpToStop != null) {
                smtpToStop.stop();
                say("  smtp stopped");
            }
            if (dbToStop != null) {
                dbToStop.stop();
                say("  mariadb stopped");
            }
            if (kafkaToStop != null) {
                kafkaToStop.stop();
                say("  kafka stopped");
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

    // ------------------------------------------------------------------------------------------------ detach

    /** {@code up -d}: starts {@code up} in a new session with its output in launcher.log, waits for the outcome. */
    static int detach(Config config) {
        try {
            Files.createDirectories(config.logs());
            Files.createDirectories(config.run());
            try (FileChannel channel = FileChannel.open(config.lockFile(), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
                if (lock == null) {
                    System.err.println("thidua: a stack is already running in " + config.home
                            + runningPidSuffix(config) + "; see ./thidua status, or ./thidua down");
                    return 2;
                }
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
            appendLine(log, "==== " + Instant.now() + " ./thidua up -d ====");
            child = new ProcessBuilder(ProcessSupport.ownSession(cmd))
                    .directory(config.repo.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(Paths.get("/dev/null").toFile()))
                    .start();
        } catch (IOException e) {
            System.err.println("thidua: cannot start the launcher: " + e);
            return 1;
        }
        System.out.println("starting the Thidua stack in the background (launcher pid " + child.pid() + ", log "
                + display(log) + ") ...");
        long deadline = System.nanoTime() + config.readyTimeout.plusMinutes(5).toNanos();
        java.util.Set<String> reported = new java.util.HashSet<>();
        while (true) {
            Optional<StackState> state = StackState.read(config.stateFile())
                    .filter(s -> s.launcherPid() == child.pid());
            if (state.isPresent()) {
                String status = state.get().status();
                for (StackState.Part part : state.get().parts()) {
                    if (!"starting".equals(part.detail()) && reported.add(part.name())) {
                        System.out.println("  " + part.name() + " up" + (part.detail().isEmpty() ? "" : " (" + part.detail() + ")"));
                    }
                }
                if (StackState.READY.equals(status)) {
                    System.out.print(readySummary(config, state.get()));
                    System.out.println("Stop it with ./thidua down; logs in " + display(config.logs())
                            + "; mail: ./thidua mail");
                    return config.demo ? DemoLoader.run(config) : 0;
                }
                if (StackState.FAILED.equals(status)) {
                    ProcessSupport.await(child.toHandle(), Duration.ofMinutes(3));
                    printFailure(state.get(), log);
                    return 1;
                }
            }
            if (!child.isAlive()) {
                Optional<StackState> last = StackState.read(config.stateFile()).filter(s -> s.launcherPid() == child.pid());
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

    private static String failed(String part) {
        return "ports".equals(part) ? "FAILED to start: " : "FAILED to start " + part + ": ";
    }

    private static void printFailure(StackState state, Path launcherLog) {
        String part = state.get("failure.part", "?");
        String message = state.get("failure.message", "");
        String log = state.get("failure.log", "");
        System.err.println("thidua: " + failed(part) + message);
        System.err.println("  log: " + (log.isEmpty() ? display(launcherLog) : display(Path.of(log))));
        System.err.println("  everything that had been started was stopped (launcher log: " + display(launcherLog) + ")");
    }

    // -------------------------------------------------------------------------------------------------- down

    static int down(Config config) {
        Optional<StackState> state = StackState.read(config.stateFile());
        Optional<Long> pid = ProcessSupport.readPidFile(config.pidFile());
        boolean wasRunning = false;
        if (pid.isPresent()) {
            Optional<ProcessHandle> launcher = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive)
                    .filter(h -> ProcessSupport.commandLine(h.pid()).contains(LAUNCHER_MARKER));
            if (launcher.isPresent()) {
                wasRunning = true;
                System.out.println("stopping the Thidua stack (launcher pid " + pid.get() + ") ...");
                if (!ProcessSupport.terminate(launcher.get(), Duration.ofSeconds(150))) {
                    System.err.println("thidua: the launcher did not exit");
                }
            }
        }
        // anything left behind (launcher killed with -9 and a child still shutting down, ...)
        boolean clean = true;
        if (state.isPresent()) {
            for (StackState.Part part : state.get().parts()) {
                if (part.pid() <= 0) {
                    continue;
                }
                Optional<ProcessHandle> handle = ProcessHandle.of(part.pid()).filter(ProcessHandle::isAlive);
                if (handle.isEmpty()) {
                    continue;
                }
                String cmd = ProcessSupport.commandLine(part.pid());
                boolean ours = !part.match().isEmpty()
                        && Arrays.stream(part.match().split("\\|")).allMatch(cmd::contains);
                if (!ours) {
                    continue;
                }
                System.out.println("  stopping leftover " + part.name() + " (pid " + part.pid() + ")");
                if (!ProcessSupport.terminate(handle.get(), Duration.ofSeconds(30))) {
                    System.err.println("thidua: " + part.name() + " (pid " + part.pid() + ") is still running");
                    clean = false;
                }
                wasRunning = true;
            }
            if (!StackState.FAILED.equals(state.get().status())) {
                state.get().set("status", StackState.STOPPED).save();
            }
        }
        System.out.println(wasRunning ? (clean ? "stopped" : "stopped, with leftovers (see above)")
                : "not running (" + display(config.home) + ")");
        return clean ? 0 : 1;
    }

    // ------------------------------------------------------------------------------------------------ status

    static int status(Config config) {
        Optional<StackState> state = StackState.read(config.stateFile());
        if (state.isEmpty()) {
            System.out.println("not running (nothing recorded in " + display(config.home) + ")");
            return 3;
        }
        long pid = state.get().launcherPid();
        boolean launcherAlive = pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)
                && ProcessSupport.commandLine(pid).contains(LAUNCHER_MARKER);
        String status = state.get().status();
        boolean cleanEnd = StackState.STOPPED.equals(status) || StackState.FAILED.equals(status);
        System.out.println("launcher: " + (launcherAlive ? "running (pid " + pid + "), stack " + status.toLowerCase(Locale.ROOT)
                : cleanEnd ? "not running, stack " + status.toLowerCase(Locale.ROOT)
                : "not running (pid " + pid + " is gone without a clean stop; last state " + status.toLowerCase(Locale.ROOT) + ")")
                + ", data " + display(config.home));
        if (StackState.FAILED.equals(status)) {
            System.out.println("last start failed: " + state.get().get("failure.part", "?") + ": "
                    + state.get().get("failure.message", "") + " (log " + state.get().get("failure.log", "") + ")");
        }
        StatusTable table = statusTable(state.get(), launcherAlive);
        System.out.print(table.text());
        if (!launcherAlive) {
            return 3;
        }
        return table.allReady() && StackState.READY.equals(status) ? 0 : 1;
    }

    record StatusTable(String text, boolean allReady) {
    }

    /**
     * What {@code up} prints once the stack is ready: the portal's address first (where a person starts), then where
     * every part listens.
     */
    static String readySummary(Config config, StackState state) {
        StringBuilder out = new StringBuilder();
        state.parts().stream().filter(p -> PORTAL.equals(p.kind())).findFirst()
                .ifPresent(p -> out.append("Cổng thông tin / Portal: ").append(p.endpoint()).append('\n'));
        out.append("Thidua local stack is up (data: ").append(display(config.home)).append(")\n");
        out.append(renderStatus(state, true));
        return out.toString();
    }

    /** The table printed by {@code up} and {@code status}. */
    static String renderStatus(StackState state, boolean launcherAlive) {
        return statusTable(state, launcherAlive).text();
    }

    /** Probes every part: process alive, port / readiness endpoint answering. */
    static StatusTable statusTable(StackState state, boolean launcherAlive) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("PART", "STATE", "PID", "PORT", "READY", "ENDPOINT", "LOG"));
        long launcherPid = state.launcherPid();
        boolean allReady = true;
        List<StackState.Part> parts = new ArrayList<>(state.parts());
        List<String> kinds = List.of(PORTAL, "kafka", "mariadb", "smtp", "http", "service");
        parts.sort(Comparator.comparingInt(p -> kinds.indexOf(p.kind()) < 0 ? kinds.size() : kinds.indexOf(p.kind())));
        for (StackState.Part part : parts) {
            long pid = part.pid() > 0 ? part.pid() : launcherPid;
            boolean alive = part.pid() > 0
                    ? ProcessHandle.of(part.pid()).map(ProcessHandle::isAlive).orElse(false)
                    : launcherAlive;
            String ready = alive ? probe(part) : "-";
            allReady &= "yes".equals(ready);
            rows.add(List.of(part.name(), alive ? "running" : "stopped", Long.toString(pid),
                    Integer.toString(part.port()), ready, part.endpoint(),
                    part.log() == null ? "" : display(part.log())));
        }
        return new StatusTable(Table.render(rows), allReady);
    }

    private static String probe(StackState.Part part) {
        if (part.probe().startsWith("http")) {
            try {
                HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(part.probe()))
                        .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.discarding());
                return response.statusCode() == 200 ? "yes" : "no (HTTP " + response.statusCode() + ")";
            } catch (IOException e) {
                return "no (" + e.getClass().getSimpleName() + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "?";
            }
        }
        return Ports.isListening(part.port()) ? "yes" : "no (port closed)";
    }

    // -------------------------------------------------------------------------------------------------- mail

    static int mail(Config config) {
        int port = StackState.read(config.stateFile())
                .flatMap(s -> s.parts().stream().filter(p -> p.name().equals("mail-http")).findFirst())
                .map(StackState.Part::port)
                .orElse(config.mailHttpPort);
        String path = config.positional.isEmpty() ? "/messages?format=text" : "/messages/" + config.positional.get(0);
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            System.out.print(response.body());
            return response.statusCode() == 200 ? 0 : 1;
        } catch (IOException e) {
            System.err.println("thidua: the mail endpoint http://127.0.0.1:" + port + "/messages does not answer ("
                    + e.getClass().getSimpleName() + "); is the stack running? ./thidua status");
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    // ------------------------------------------------------------------------------------------ missing-jars

    static int missingJars(Config config) {
        List<ServiceSpec> needed = new ArrayList<>(config.services);
        config.portal().ifPresent(needed::add);
        for (ServiceSpec service : needed) {
            if (findJar(config, service).isEmpty()) {
                System.out.println(service.name());
            }
        }
        return 0;
    }

    /**
     * The service's runnable jar: THIDUA_JAR_&lt;NAME&gt; if set, else the newest
     * {@code <repo>/<name>/target/<name>-*.jar} that is not a sources/javadoc/tests/original jar.
     */
    static Optional<Path> findJar(Config config, ServiceSpec service) {
        String override = config.env.get("THIDUA_JAR_" + service.name().toUpperCase(Locale.ROOT).replace('-', '_'));
        if (override != null && !override.isBlank()) {
            Path jar = Paths.get(override).toAbsolutePath().normalize();
            return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
        }
        return ServiceProcess.findJar(config.repo, service.name());
    }

    static Optional<String> mainClassOf(Path jar) {
        return ServiceProcess.mainClassOf(jar);
    }

    // --------------------------------------------------------------------------------------------- utilities

    private static String runningPidSuffix(Config config) {
        return ProcessSupport.readPidFile(config.pidFile()).map(pid -> " (launcher pid " + pid + ")").orElse("");
    }

    private static void say(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
        System.out.flush();
    }

    private static String seconds(long startNanos) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }

    /** A path relative to the working directory when below it (shorter tables), else absolute. */
    static String display(Path path) {
        Path cwd = Paths.get("").toAbsolutePath();
        Path abs = path.toAbsolutePath().normalize();
        return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    private static void appendLine(Path file, String line) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    private static void configureLogging() {
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "info");
        setIfAbsent("org.slf4j.simpleLogger.showDateTime", "true");
        setIfAbsent("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSS");
        setIfAbsent("org.slf4j.simpleLogger.showShortLogName", "true");
        setIfAbsent("org.slf4j.simpleLogger.log.ch.vorburger", "warn");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** Foreground mode: everything printed also goes to launcher.log. */
    private static void teeOutputTo(Path log) {
        try {
            OutputStream file = new FileOutputStream(log.toFile(), true);
            PrintStream console = System.out;
            PrintStream consoleErr = System.err;
            System.setOut(new PrintStream(new Tee(console, file), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new Tee(consoleErr, file), true, StandardCharsets.UTF_8));
            System.out.println("==== " + Instant.now() + " ./thidua up ====");
        } catch (IOException e) {
            System.err.println("thidua: cannot write " + log + ": " + e);
        }
    }

    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public synchronized void write(int c) throws IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public synchronized void write(byte[] bytes, int off, int len) throws IOException {
            a.write(bytes, off, len);
            b.write(bytes, off, len);
        }

        @Override
        public synchronized void flush() throws IOException {
            a.flush();
            b.flush();
        }
    }
}
