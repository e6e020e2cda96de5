package org.thidua.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.thidua.local.Ports;
import org.thidua.local.ServiceProcess;
import org.thidua.testing.TestInfrastructure;
import org.thidua.testing.TestTokens;

/** A service jar running as its own process on the test infrastructure, with a database of its own. */
final class RunningService implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String name;
    private final String jdbcUrl;
    private final String jdbcUsername;
    private final String jdbcPassword;
    private final Map<String, String> environment;
    private int port;
    private ServiceProcess process;

    private RunningService(String name, String jdbcUrl, Map<String, String> environment, int port) {
        this(
                name,
                jdbcUrl,
                TestInfrastructure.get().jdbcUsername(),
                TestInfrastructure.get().jdbcPassword(),
                environment,
                port);
    }

    private RunningService(
            String name,
            String jdbcUrl,
            String jdbcUsername,
            String jdbcPassword,
            Map<String, String> environment,
            int port) {
        this.name = name;
        this.jdbcUrl = jdbcUrl;
        this.jdbcUsername = jdbcUsername;
        this.jdbcPassword = jdbcPassword;
        this.environment = environment;
        this.port = port;
    }

    /** Starts {@code name} (e.g. units-service) and waits until it is ready. */
    static RunningService start(String name, Map<String, String> extraEnvironment) {
        return launch(name, Ports.freePort(), extraEnvironment).awaitReady();
    }

    /**
     * Starts {@code name} on {@code port} with a database of its own, without waiting: several processes start side
     * by side, then each {@link #awaitReady()}.
     */
    static RunningService launch(String name, int port, Map<String, String> extraEnvironment) {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        String jdbcUrl = infrastructure.newDatabase(name.replace("-service", "") + "_system");
        Map<String, String> environment = new HashMap<>();
        environment.put("DATASOURCES_DEFAULT_URL", jdbcUrl);
        environment.put("DATASOURCES_DEFAULT_USERNAME", infrastructure.jdbcUsername());
        environment.put("DATASOURCES_DEFAULT_PASSWORD", infrastructure.jdbcPassword());
        environment.put("KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers());
        environment.putAll(TestTokens.serviceEnvironment());
        environment.putAll(extraEnvironment);
        RunningService service = new RunningService(name, jdbcUrl, environment, port);
        service.launch(Map.of());
        return service;
    }

    /**
     * Starts {@code name} on a database server and broker of the test's own (not {@link TestInfrastructure}'s), e.g.
     * ones the test kills and restarts, and waits until it is ready.
     */
    static RunningService start(
            String name,
            String jdbcUrl,
            String username,
            String password,
            String kafkaBootstrapServers,
            Map<String, String> extraEnvironment) {
        Map<String, String> environment = new HashMap<>();
        environment.put("DATASOURCES_DEFAULT_URL", jdbcUrl);
        environment.put("DATASOURCES_DEFAULT_USERNAME", username);
        environment.put("DATASOURCES_DEFAULT_PASSWORD", password);
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
        environment.putAll(TestTokens.serviceEnvironment());
        environment.putAll(extraEnvironment);
        RunningService service = new RunningService(name, jdbcUrl, username, password, environment, Ports.freePort());
        service.launch(Map.of());
        return service.awaitReady();
    }

    /** The portal: no database, no broker; it calls the services at {@code serviceUrls} (not waiting). */
    static RunningService launchPortal(int port, Map<String, String> environment) {
        Map<String, String> env = new HashMap<>(TestTokens.serviceEnvironment());
        env.putAll(environment);
        RunningService portal = new RunningService("portal", null, null, null, env, port);
        portal.launch(Map.of());
        return portal;
    }

    /**
     * Starts the process again on the same database, on a new free port (the crashed one's may linger), with
     * {@code overrides} applied to its environment.
     */
    RunningService restart(Map<String, String> overrides) {
        port = Ports.freePort();
        launch(overrides);
        return awaitReady();
    }

    RunningService awaitReady() {
        process.awaitReady(Duration.ofSeconds(180));
        return this;
    }

    private void launch(Map<String, String> overrides) {
        Path repository = Path.of(System.getProperty("thidua.repository", ".."))
                .toAbsolutePath()
                .normalize();
        Path jar = ServiceProcess.findJar(repository, name)
                .orElseThrow(() -> new IllegalStateException(
                        "No jar of " + name + " under " + repository + "; the reactor packages it before these tests"));
        Map<String, String> env = new HashMap<>(environment);
        env.putAll(overrides);
        try {
            process = ServiceProcess.start(
                    name,
                    jar,
                    "",
                    port,
                    env,
                    ServiceProcess.DEFAULT_JAVA_OPTS,
                    Path.of("target").toAbsolutePath(),
                    Path.of("target", name + ".log").toAbsolutePath());
        } catch (IOException e) {
            throw new IllegalStateException("Could not start " + name, e);
        }
    }

    /** Where the running process answers, e.g. http://127.0.0.1:41234. */
    String baseUrl() {
        return process.baseUrl();
    }

    /** kill -9: a crash, no shutdown hook. */
    void crash() {
        process.kill();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(process.baseUrl() + path))
                        .header("Authorization", "Bearer " + TestTokens.admin())
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(process.baseUrl() + path))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + TestTokens.admin())
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** One number from this service's own database. */
    long count(String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, jdbcUsername, jdbcPassword);
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /**
     * Changes this service's own database, for what no API does (e.g. a disclosure that ended 30 days ago); returns
     * the rows changed.
     */
    int update(String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, jdbcUsername, jdbcPassword);
                Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void close() {
        if (process != null) {
            process.close();
        }
    }
}
