package org.thidua.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code ./thidua <command> [options]} was asked: the flags, the ports and folders (each option also an
 * environment variable, see {@link Launcher#usage()}), the services and the portal.
 */
final class Config {

    /** The web portal (the fifth deployable, ADR 0031, ADR 0056): its module, its port, whose pages e-mails link to. */
    static final String PORTAL = "portal";

    static final int DEFAULT_PORTAL_PORT = 8080;
    /** The accounts the development sign-in page lists (written by the demo loader), under the data folder. */
    static final String DEMO_ACCOUNTS_FILE = "demo-accounts.json";

    static final String DEFAULT_SERVICES =
            "units-service:8081,campaigns-service:8082,awards-service:8083,notifications-service:8084";
    static final String DEFAULT_SERVICE_JAVA_OPTS = String.join(" ", ServiceProcess.DEFAULT_JAVA_OPTS);

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
    /** {@code up --build}: rebuild every module before starting ({@link Build}). */
    boolean build;

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
                case "--build" -> config.build = true;
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
        List<String> known = List.of(
                "home",
                "repo",
                "kafka-port",
                "kafka-controller-port",
                "db-port",
                "smtp-port",
                "mail-http-port",
                "portal-port",
                "portal-url",
                "services",
                "ready-timeout");
        for (String key : options.keySet()) {
            if (!known.contains(key)) {
                throw new UsageException("unknown option --" + key);
            }
        }
        config.repo = Paths.get(value(options, env, "repo", "THIDUA_REPO", System.getProperty("user.dir")))
                .toAbsolutePath()
                .normalize();
        config.home = Paths.get(value(
                        options,
                        env,
                        "home",
                        "THIDUA_HOME",
                        config.repo.resolve(".thidua").toString()))
                .toAbsolutePath()
                .normalize();
        config.kafkaPort = intValue(options, env, "kafka-port", "THIDUA_KAFKA_PORT", 9092);
        config.kafkaControllerPort =
                intValue(options, env, "kafka-controller-port", "THIDUA_KAFKA_CONTROLLER_PORT", 9093);
        config.dbPort = intValue(options, env, "db-port", "THIDUA_DB_PORT", 3307);
        config.smtpPort = intValue(options, env, "smtp-port", "THIDUA_SMTP_PORT", 3025);
        config.mailHttpPort = intValue(options, env, "mail-http-port", "THIDUA_MAIL_HTTP_PORT", 8025);
        config.portalPort = intValue(options, env, "portal-port", "THIDUA_PORTAL_PORT", DEFAULT_PORTAL_PORT);
        // e-mails link to the portal this stack starts, unless they are to link elsewhere
        config.portalUrl =
                value(options, env, "portal-url", "THIDUA_PORTAL_URL", "http://127.0.0.1:" + config.portalPort);
        config.readyTimeout = Duration.ofSeconds(intValue(options, env, "ready-timeout", "THIDUA_READY_TIMEOUT", 180));
        config.services = parseServices(value(options, env, "services", "THIDUA_SERVICES", DEFAULT_SERVICES));
        String javaOpts = env.getOrDefault("THIDUA_SERVICE_JAVA_OPTS", DEFAULT_SERVICE_JAVA_OPTS);
        config.serviceJavaOpts =
                javaOpts.isBlank() ? List.of() : Arrays.asList(javaOpts.trim().split("\\s+"));
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

    private static String value(
            Map<String, String> options, Map<String, String> env, String key, String envKey, String fallback) {
        String value = options.get(key);
        if (value == null || value.isBlank()) {
            value = env.get(envKey);
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    private static int intValue(
            Map<String, String> options, Map<String, String> env, String key, String envKey, int fallback) {
        String value = value(options, env, key, envKey, Integer.toString(fallback));
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + key + " / " + envKey + " must be a number, got " + value);
        }
    }

    /**
     * The service's runnable jar: THIDUA_JAR_&lt;NAME&gt; if set, else the newest
     * {@code <repo>/<name>/target/<name>-*.jar} that is not a sources/javadoc/tests/original jar.
     */
    Optional<Path> findJar(ServiceSpec service) {
        String override =
                env.get("THIDUA_JAR_" + service.name().toUpperCase(Locale.ROOT).replace('-', '_'));
        if (override != null && !override.isBlank()) {
            Path jar = Paths.get(override).toAbsolutePath().normalize();
            return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
        }
        return ServiceProcess.findJar(repo, service.name());
    }
}
