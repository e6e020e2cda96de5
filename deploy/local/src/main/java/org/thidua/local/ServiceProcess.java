package org.thidua.local;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

/**
 * One Thidua service running from its jar as a separate JVM, the way the launcher, the system tests and the
 * benchmarks start it: through {@link ParentWatchingMain}, so it ends when the process that started it ends, with
 * its output appended to one log file.
 */
public final class ServiceProcess implements AutoCloseable {

    public static final String READINESS_PATH = "/health/readiness";
    /** JVM options that keep a service small and quick to start on a 2-core machine. */
    public static final List<String> DEFAULT_JAVA_OPTS = List.of(
            "-Xms64m",
            "-Xmx256m",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-Xss512k",
            "-XX:+ExitOnOutOfMemoryError");

    /**
     * JVM options for a service under sustained load (benchmarks, production images): the full tiered JIT and a larger
     * heap; start-up takes a little longer than with {@link #DEFAULT_JAVA_OPTS}.
     */
    public static final List<String> THROUGHPUT_JAVA_OPTS =
            List.of("-Xms256m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError");

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;
    private final long startedNanos;

    private ServiceProcess(String name, int port, Process process, Path log, long startedNanos) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
        this.startedNanos = startedNanos;
    }

    /**
     * Starts {@code jar} (its manifest's main class, else {@code defaultMainClass}) listening on {@code port}, with
     * {@code environment} added to this process's environment and output appended to {@code log}.
     */
    public static ServiceProcess start(
            String name,
            Path jar,
            String defaultMainClass,
            int port,
            Map<String, String> environment,
            List<String> javaOpts,
            Path workDir,
            Path log)
            throws IOException {
        String mainClass = mainClassOf(jar).orElse(defaultMainClass);
        List<String> command = new ArrayList<>();
        command.add(ProcessSupport.javaExecutable());
        command.addAll(javaOpts);
        command.add("-cp");
        command.add(jar + File.pathSeparator + parentWatchingJar());
        command.add(ParentWatchingMain.class.getName());
        command.add(Long.toString(ProcessSupport.currentPid()));
        command.add(mainClass);
        Files.createDirectories(log.toAbsolutePath().getParent());
        Files.writeString(
                log,
                "==== " + Instant.now() + " starting " + name + " (" + jar + ", main " + mainClass + ") on port " + port
                        + " ====" + System.lineSeparator(),
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        ProcessBuilder builder = new ProcessBuilder(ProcessSupport.ownSession(command))
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(
                        ProcessBuilder.Redirect.from(Paths.get("/dev/null").toFile()));
        builder.environment().put("MICRONAUT_SERVER_PORT", Integer.toString(port));
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        return new ServiceProcess(name, port, builder.start(), log, started);
    }

    /**
     * A jar holding {@link ParentWatchingMain}. Class-data sharing accepts only jars on the class path, so when this
     * module runs from its classes directory (the launcher in a source tree) the class is copied into a small jar.
     */
    static synchronized Path parentWatchingJar() throws IOException {
        Path source = ProcessSupport.codeSourceOf(ParentWatchingMain.class);
        if (!Files.isDirectory(source)) {
            return source;
        }
        String entry = ParentWatchingMain.class.getName().replace('.', '/') + ".class";
        Path jar = source.resolveSibling("parent-watching-main.jar");
        Path classFile = source.resolve(entry);
        if (Files.isRegularFile(jar)
                && Files.getLastModifiedTime(jar).compareTo(Files.getLastModifiedTime(classFile)) >= 0) {
            return jar;
        }
        Path temporary = Files.createTempFile(source.getParent(), "parent-watching-main", ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(temporary))) {
            out.putNextEntry(new JarEntry(entry));
            Files.copy(classFile, out);
            out.closeEntry();
        }
        return Files.move(temporary, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Application class-data sharing for {@code jar}: the JVM options that use the archive {@code <jar>.jsa} when it
     * is newer than the jar, and otherwise record it when this run of the service exits (a training run). Loading
     * the service's classes from the archive instead of the fat jar saves a large part of its start-up time.
     */
    public static List<String> classDataSharing(Path jar) {
        Path archive = jar.resolveSibling(jar.getFileName() + ".jsa");
        try {
            if (Files.isRegularFile(archive)
                    && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0) {
                return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:class+path=off");
            }
            Files.deleteIfExists(archive);
        } catch (IOException e) {
            return List.of();
        }
        return List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off");
    }

    /** The newest {@code <repo>/<name>/target/<name>-*.jar} that is not a sources/javadoc/tests/original jar. */
    public static Optional<Path> findJar(Path repositoryRoot, String name) {
        Path target = repositoryRoot.resolve(name).resolve("target");
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (var files = Files.list(target)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> {
                        String file = p.getFileName().toString();
                        return file.startsWith(name + "-")
                                && file.endsWith(".jar")
                                && !file.endsWith("-sources.jar")
                                && !file.endsWith("-javadoc.jar")
                                && !file.endsWith("-tests.jar")
                                && !file.startsWith("original-");
                    })
                    .max(Comparator.comparing(p -> p.toFile().lastModified()))
                    .map(p -> p.toAbsolutePath().normalize());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The jar manifest's {@code Main-Class}, if any. */
    static Optional<String> mainClassOf(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            if (file.getManifest() == null) {
                return Optional.empty();
            }
            return Optional.ofNullable(file.getManifest().getMainAttributes().getValue("Main-Class"))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Waits until {@code GET /health/readiness} answers 200, polling every 50 ms, and returns the time since the
     * process was started. Throws {@link NotReady} naming the log if the process exits or the timeout passes first.
     */
    public Duration awaitReady(Duration timeout) {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + READINESS_PATH))
                .timeout(Duration.ofSeconds(2))
                .GET()
                .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new NotReady(this, "exited with code " + process.exitValue() + " before it was ready");
            }
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - startedNanos);
                }
                last = "HTTP " + response.statusCode();
            } catch (IOException e) {
                last = e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new NotReady(this, "interrupted while waiting for it");
            }
            ProcessSupport.pause(50);
        }
        throw new NotReady(
                this, "not ready within " + timeout.toSeconds() + " s (last readiness answer: " + last + ")");
    }

    /** A service that exited or did not become ready in time; {@link #reason()} says which. */
    public static final class NotReady extends IllegalStateException {
        private final String reason;

        NotReady(ServiceProcess service, String reason) {
            super(service.name + " " + reason + "; see " + service.log);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    Process process() {
        return process;
    }

    /** {@code kill -9}: no shutdown hook runs, nothing is flushed; as a crash. */
    public void kill() {
        process.destroyForcibly();
        ProcessSupport.await(process.toHandle(), Duration.ofSeconds(30));
    }

    /** SIGTERM, then SIGKILL after {@code grace}. */
    public void stop(Duration grace) {
        ProcessSupport.terminate(process.toHandle(), grace);
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(30));
    }
}
