package org.thidua.local;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A service or the portal: its jar in its own JVM, listening on 127.0.0.1, ready when
 * {@code GET /health/readiness} answers 200.
 */
final class ServicePart implements StackPart {

    static final String READINESS_PATH = "/health/readiness";
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final Config config;
    private final ServiceSpec service;
    private final Path jar;
    private final String kind;
    private final Map<String, String> environment;
    private volatile ServiceProcess process;
    private volatile String detail = "starting";
    private volatile String readyIn = "";

    private ServicePart(Config config, ServiceSpec service, Path jar, String kind, Map<String, String> environment) {
        this.config = config;
        this.service = service;
        this.jar = jar;
        this.kind = kind;
        this.environment = environment;
    }

    /** A service: its database, Kafka, SMTP, the portal e-mails link to, the development JWT secret. */
    static ServicePart service(Config config, ServiceSpec service, Path jar) {
        return new ServicePart(config, service, jar, "service", serviceEnvironment(config, service));
    }

    /** The portal, which calls {@code services}. */
    static ServicePart portal(Config config, ServiceSpec portal, Path jar, List<ServiceSpec> services) {
        return new ServicePart(config, portal, jar, Config.PORTAL, portalEnvironment(config, services));
    }

    @Override
    public String name() {
        return service.name();
    }

    ServiceSpec spec() {
        return service;
    }

    @Override
    public Path log() {
        return config.logs().resolve(service.name() + ".log");
    }

    @Override
    public void start() {
        try {
            // the first run records a class-data sharing archive when it stops; later runs start from it
            List<String> javaOpts = new ArrayList<>(config.serviceJavaOpts);
            javaOpts.addAll(ServiceProcess.classDataSharing(jar));
            process = ServiceProcess.start(
                    service.name(),
                    jar,
                    service.defaultMainClass(),
                    service.port(),
                    environment,
                    javaOpts,
                    config.home,
                    log());
        } catch (IOException e) {
            throw new StartupFailure(name(), log(), "cannot start: " + e.getMessage(), e);
        }
    }

    @Override
    public void awaitReady(Duration timeout) {
        Duration ready;
        try {
            ready = process.awaitReady(timeout);
        } catch (ServiceProcess.NotReady e) {
            throw new StartupFailure(name(), log(), e.reason(), null);
        }
        readyIn = String.format("%.1f s", ready.toMillis() / 1000.0);
        detail = "ready in " + readyIn;
    }

    @Override
    public String readyLine() {
        return name() + " ready in " + readyIn;
    }

    @Override
    public List<StackState.Part> status() {
        ServiceProcess p = process;
        if (p == null) {
            return List.of();
        }
        return List.of(new StackState.Part(
                name(),
                kind,
                p.pid(),
                service.port(),
                p.baseUrl(),
                p.baseUrl() + READINESS_PATH,
                log(),
                detail,
                ParentWatchingMain.class.getName() + "|" + jar));
    }

    @Override
    public boolean running() {
        return process != null;
    }

    @Override
    public synchronized boolean stop() {
        ServiceProcess toStop = process;
        process = null;
        return toStop == null || ProcessSupport.terminate(toStop.process().toHandle(), STOP_GRACE);
    }

    /** The pid, for "did not stop" (or -1 once stopped). */
    long pid() {
        ServiceProcess p = process;
        return p == null ? -1 : p.pid();
    }

    static Map<String, String> serviceEnvironment(Config config, ServiceSpec service) {
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
    static Map<String, String> portalEnvironment(Config config, List<ServiceSpec> services) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("MICRONAUT_SERVER_PORT", Integer.toString(config.portalPort));
        env.put("MICRONAUT_SERVER_HOST", "127.0.0.1");
        for (ServiceSpec service : services) {
            env.put(
                    "MICRONAUT_HTTP_SERVICES_"
                            + service.shortName().toUpperCase(Locale.ROOT).replace('-', '_') + "_URL",
                    "http://127.0.0.1:" + service.port());
        }
        env.put("THIDUA_SERVICE_NAME", Config.PORTAL);
        env.put("THIDUA_SECURITY_JWT_SECRET", DevelopmentTokens.secret(config.home));
        env.put("THIDUA_PORTAL_SESSION_SECRET", DevelopmentTokens.portalSessionSecret(config.home));
        env.put("THIDUA_PORTAL_DEV_SIGN_IN", "true");
        env.put(
                "THIDUA_PORTAL_DEMO_ACCOUNTS",
                config.home.resolve(Config.DEMO_ACCOUNTS_FILE).toString());
        return env;
    }
}
