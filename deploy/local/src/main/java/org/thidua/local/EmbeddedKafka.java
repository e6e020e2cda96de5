package org.thidua.local;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A real, single-node Apache Kafka broker (KRaft, {@code process.roles=broker,controller}) running in a separate
 * JVM built from the {@code org.apache.kafka:kafka_2.13} artifacts this module was compiled with.
 *
 * <p>Data lives under {@code dataDir} and survives restarts: the storage is formatted only once. The child JVM
 * exits by itself when the JVM that started it dies (see {@link ParentWatchingMain}).
 *
 * <pre>{@code
 * EmbeddedKafka kafka = EmbeddedKafka.start(dir, Ports.freePort(), Ports.freePort(), dir.resolve("kafka.log"));
 * String bootstrap = kafka.bootstrapServers();   // "127.0.0.1:<port>"
 * kafka.stop();
 * }</pre>
 *
 * <p>Topics are not auto-created ({@code auto.create.topics.enable=false}); default partitions: 6.
 */
public final class EmbeddedKafka extends EmbeddedServer {

    /** JVM options of the broker; override with env THIDUA_KAFKA_JAVA_OPTS or system property thidua.kafka.javaOpts. */
    public static final String DEFAULT_JAVA_OPTS =
            "-Xms128m -Xmx512m -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:+ExitOnOutOfMemoryError"
                    + " -XX:TieredStopAtLevel=1 -Xss512k -Djava.awt.headless=true";

    /** How long {@link #start} waits for the broker. Override with env THIDUA_KAFKA_START_TIMEOUT_SECONDS. */
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(60);

    private static final String READY_LINE = "Kafka Server started";
    private static final String BROKER_MAIN = "kafka.Kafka";
    private static final String STORAGE_TOOL_MAIN = "kafka.tools.StorageTool";

    private final int controllerPort;

    private EmbeddedKafka(Path dataDir, int port, int controllerPort, Path logFile, Process process) {
        super(dataDir, port, logFile, process);
        this.controllerPort = controllerPort;
    }

    /** Starts a broker with its log file at {@code dataDir/kafka.log}. */
    public static EmbeddedKafka start(Path dataDir, int port, int controllerPort) {
        return start(dataDir, port, controllerPort, dataDir.resolve("kafka.log"));
    }

    /**
     * Starts the broker and returns once it accepts clients.
     *
     * @param dataDir        broker home: server.properties, the KRaft log directory, the pid file
     * @param port           PLAINTEXT listener on 127.0.0.1 (clients)
     * @param controllerPort CONTROLLER listener on 127.0.0.1
     * @param logFile        broker output (appended)
     * @throws IllegalStateException naming the log file if the broker does not come up in time
     */
    public static EmbeddedKafka start(Path dataDir, int port, int controllerPort, Path logFile) {
        try {
            Path home = dataDir.toAbsolutePath().normalize();
            Path log = logFile.toAbsolutePath().normalize();
            Files.createDirectories(home);
            Files.createDirectories(log.getParent());
            Path pidFile = home.resolve("broker.pid");
            ProcessSupport.killStale(pidFile, STOP_GRACE, BROKER_MAIN, home.toString());
            Ports.requireFree(port, "Kafka");
            Ports.requireFree(controllerPort, "Kafka controller");

            Path logDir = home.resolve("kraft-combined-logs");
            Path config = home.resolve("server.properties");
            Files.writeString(config, serverProperties(port, controllerPort, logDir), StandardCharsets.UTF_8);
            Path log4j = home.resolve("log4j2.xml");
            try (InputStream in = EmbeddedKafka.class.getResourceAsStream("kafka-log4j2.xml")) {
                Files.write(log4j, in.readAllBytes());
            }
            List<String> classpath = childClasspath();

            if (!Files.isRegularFile(logDir.resolve("meta.properties"))) {
                format(classpath, config, log4j, log);
            }

            List<String> cmd = javaCommand(classpath, log4j);
            cmd.add(ParentWatchingMain.class.getName());
            cmd.add(Long.toString(ProcessSupport.currentPid()));
            cmd.add(BROKER_MAIN);
            cmd.add(config.toString());

            long offset = ProcessSupport.sizeOf(log);
            Process process = new ProcessBuilder(ProcessSupport.ownSession(cmd))
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(
                            ProcessBuilder.Redirect.from(Paths.get("/dev/null").toFile()))
                    .start();
            ProcessSupport.writePidFile(pidFile, process.pid());
            EmbeddedKafka kafka = new EmbeddedKafka(home, port, controllerPort, log, process);

            Duration timeout = startTimeout();
            boolean ready = ProcessSupport.awaitLogLine(log, offset, READY_LINE, timeout, process::isAlive)
                    && awaitListening(port, process);
            if (!ready) {
                String why = process.isAlive()
                        ? "did not become ready within " + timeout.toSeconds() + " s"
                        : "exited with code " + process.exitValue();
                kafka.stop();
                throw new IllegalStateException("Kafka broker on port " + port + " " + why + "; see " + log
                        + "\n--- last lines of " + log + " ---\n" + ProcessSupport.tail(log, 30));
            }
            return kafka;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Kafka in " + dataDir + " (log " + logFile + ")", e);
        }
    }

    /** {@code 127.0.0.1:<port>} */
    public String bootstrapServers() {
        return "127.0.0.1:" + port();
    }

    public int controllerPort() {
        return controllerPort;
    }

    @Override
    void afterStop() {
        try {
            Files.deleteIfExists(dataDir().resolve("broker.pid"));
        } catch (IOException e) {
            // the next start replaces a stale pid file anyway
        }
    }

    /** The jars of the broker JVM (kafka_2.13 and its dependencies), as resolved when this module was built. */
    public static List<Path> brokerClasspath() {
        Set<String> entries = new LinkedHashSet<>();
        entries.addAll(readClasspathResource("kafka-broker.classpath"));
        entries.addAll(readClasspathResource("kafka-broker-shared.classpath"));
        List<Path> result = new ArrayList<>();
        for (String entry : entries) {
            Path jar = Paths.get(entry);
            if (!Files.exists(jar)) {
                throw new IllegalStateException("Kafka broker classpath entry " + jar + " is missing;"
                        + " rebuild deploy/local (./mvnw -pl deploy/local -am install -DskipTests)");
            }
            result.add(jar);
        }
        return result;
    }

    static String serverProperties(int port, int controllerPort, Path logDir) {
        return String.join(
                "\n",
                "# written by org.thidua.local.EmbeddedKafka on every start",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "controller.listener.names=CONTROLLER",
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + logDir,
                "num.partitions=6",
                "default.replication.factor=1",
                "min.insync.replicas=1",
                "auto.create.topics.enable=false",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=10",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "transaction.state.log.num.partitions=10",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "share.coordinator.state.topic.num.partitions=10",
                "group.initial.rebalance.delay.ms=0",
                "num.network.threads=2",
                "num.io.threads=4",
                "num.recovery.threads.per.data.dir=1",
                "background.threads=4",
                "log.cleaner.threads=1",
                "log.cleaner.dedupe.buffer.size=16777216",
                "log.retention.hours=168",
                "log.segment.bytes=104857600",
                "");
    }

    private static void format(List<String> classpath, Path config, Path log4j, Path log) throws IOException {
        List<String> cmd = javaCommand(classpath, log4j);
        cmd.add(STORAGE_TOOL_MAIN);
        cmd.addAll(Arrays.asList("format", "-t", newClusterId(), "-c", config.toString()));
        Process format = new ProcessBuilder(ProcessSupport.ownSession(cmd))
                .directory(config.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        try {
            if (!format.waitFor(90, TimeUnit.SECONDS)) {
                format.destroyForcibly();
                throw new IllegalStateException("formatting the Kafka storage timed out; see " + log);
            }
        } catch (InterruptedException e) {
            format.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while formatting the Kafka storage", e);
        }
        if (format.exitValue() != 0) {
            throw new IllegalStateException("formatting the Kafka storage failed (exit " + format.exitValue()
                    + "); see " + log + "\n" + ProcessSupport.tail(log, 20));
        }
    }

    private static List<String> javaCommand(List<String> classpath, Path log4j) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessSupport.javaExecutable());
        cmd.addAll(javaOpts());
        cmd.add("-Dlog4j2.configurationFile=" + log4j.toUri());
        cmd.add("-cp");
        cmd.add(String.join(File.pathSeparator, classpath));
        return cmd;
    }

    private static List<String> childClasspath() {
        List<String> classpath = new ArrayList<>();
        classpath.add(ProcessSupport.codeSourceOf(ParentWatchingMain.class).toString());
        for (Path jar : brokerClasspath()) {
            classpath.add(jar.toString());
        }
        return classpath;
    }

    static List<String> javaOpts() {
        String opts = System.getProperty("thidua.kafka.javaOpts", System.getenv("THIDUA_KAFKA_JAVA_OPTS"));
        if (opts == null || opts.isBlank()) {
            opts = DEFAULT_JAVA_OPTS;
        }
        return new ArrayList<>(Arrays.asList(opts.trim().split("\\s+")));
    }

    private static Duration startTimeout() {
        String env = System.getenv("THIDUA_KAFKA_START_TIMEOUT_SECONDS");
        if (env != null && !env.isBlank()) {
            return Duration.ofSeconds(Long.parseLong(env.trim()));
        }
        return DEFAULT_START_TIMEOUT;
    }

    private static boolean awaitListening(int port, Process process) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (process.isAlive() && System.nanoTime() < deadline) {
            if (Ports.isListening(port)) {
                return true;
            }
            ProcessSupport.pause(100);
        }
        return false;
    }

    private static List<String> readClasspathResource(String name) {
        try (InputStream in = EmbeddedKafka.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource org/thidua/local/" + name + " is missing;"
                        + " build deploy/local with Maven (it is generated by maven-dependency-plugin)");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            List<String> entries = new ArrayList<>();
            for (String entry : text.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    entries.add(entry.trim());
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String newClusterId() {
        SecureRandom random = new SecureRandom();
        while (true) {
            byte[] bytes = new byte[16];
            random.nextBytes(bytes);
            String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            if (!id.startsWith("-")) {
                return id;
            }
        }
    }
}
