package org.thidua.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {

    @TempDir
    Path dir;

    @Test
    void defaultsAndOverrides() {
        Config defaults = Config.parse(List.of("--repo", dir.toString()), Map.of());
        assertThat(defaults.home).isEqualTo(dir.resolve(".thidua"));
        assertThat(List.of(
                        defaults.kafkaPort,
                        defaults.kafkaControllerPort,
                        defaults.dbPort,
                        defaults.smtpPort,
                        defaults.mailHttpPort))
                .containsExactly(9092, 9093, 3307, 3025, 8025);
        assertThat(defaults.services)
                .extracting(ServiceSpec::name, ServiceSpec::port)
                .containsExactly(
                        Tuple.tuple("units-service", 8081),
                        Tuple.tuple("campaigns-service", 8082),
                        Tuple.tuple("awards-service", 8083),
                        Tuple.tuple("notifications-service", 8084));
        assertThat(defaults.services.get(0).database()).isEqualTo("thidua_units");
        assertThat(defaults.services.get(3).defaultMainClass()).isEqualTo("org.thidua.notifications.Application");

        Config custom = Config.parse(
                List.of("-d", "--db-port=3399", "--infra-only"),
                Map.of(
                        "THIDUA_HOME",
                        dir.resolve("h").toString(),
                        "THIDUA_DB_PORT",
                        "1111",
                        "THIDUA_KAFKA_PORT",
                        "19092",
                        "THIDUA_SERVICES",
                        "a-service:9001,b-service"));
        assertThat(custom.detach).isTrue();
        assertThat(custom.infraOnly).isTrue();
        assertThat(custom.home).isEqualTo(dir.resolve("h"));
        assertThat(custom.dbPort).isEqualTo(3399); // the flag wins over the environment
        assertThat(custom.kafkaPort).isEqualTo(19092);
        assertThat(custom.services).extracting(ServiceSpec::port).containsExactly(9001, 9002);

        assertThatThrownBy(() -> Config.parse(List.of("--nope=1"), Map.of())).isInstanceOf(UsageException.class);
    }

    @Test
    void thePortalStartsOn8080AndEmailsLinkToItUnlessToldOtherwise() {
        Config defaults = Config.parse(List.of("--repo", dir.toString()), Map.of());
        assertThat(defaults.portal()).contains(new ServiceSpec("portal", 8080));
        assertThat(defaults.portalUrl).isEqualTo("http://127.0.0.1:8080");
        assertThat(defaults.services).extracting(ServiceSpec::name).doesNotContain("portal");

        Config moved = Config.parse(List.of("--repo", dir.toString(), "--portal-port", "9080"), Map.of());
        assertThat(moved.portal()).contains(new ServiceSpec("portal", 9080));
        assertThat(moved.portalUrl).isEqualTo("http://127.0.0.1:9080"); // e-mails follow the portal
        assertThat(ServicePart.serviceEnvironment(moved, moved.services.get(3)))
                .containsEntry("THIDUA_PORTAL_URL", "http://127.0.0.1:9080");

        Config fromEnvironment = Config.parse(
                List.of("--repo", dir.toString()),
                Map.of("THIDUA_PORTAL_PORT", "9180", "THIDUA_PORTAL_URL", "https://thidua.example.org"));
        assertThat(fromEnvironment.portal()).contains(new ServiceSpec("portal", 9180));
        assertThat(fromEnvironment.portalUrl).isEqualTo("https://thidua.example.org");

        assertThat(Config.parse(List.of("--no-portal"), Map.of()).portal()).isEmpty();
        assertThat(Config.parse(List.of("--infra-only"), Map.of()).portal()).isEmpty();
        assertThatThrownBy(() -> Config.parse(List.of("--portal-port", "web"), Map.of()))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("--portal-port");
    }

    @Test
    void theReadySummaryNamesThePortalFirstAndStatusListsIt() {
        Config config = Config.parse(List.of("--repo", dir.toString()), Map.of());
        StackState state = StackState.fresh(dir.resolve("state.properties"));
        state.addPart(new StackState.Part("kafka", "kafka", -1, 9092, "127.0.0.1:9092", "tcp", null, "", ""));
        state.addPart(new StackState.Part(
                "units-service",
                "service",
                -1,
                8081,
                "http://127.0.0.1:8081",
                "http://127.0.0.1:8081/health/readiness",
                null,
                "",
                ""));
        state.addPart(new StackState.Part(
                "portal",
                "portal",
                -1,
                8080,
                "http://127.0.0.1:8080",
                "http://127.0.0.1:8080/health/readiness",
                null,
                "",
                ""));

        List<String> lines = StatusCommand.readySummary(config, state).lines().toList();

        assertThat(lines.get(0)).isEqualTo("Cổng thông tin / Portal: http://127.0.0.1:8080");
        assertThat(lines.get(1)).startsWith("Thidua local stack is up");
        assertThat(lines.get(2)).contains("PART");
        assertThat(lines.get(3)).contains("portal", "8080", "http://127.0.0.1:8080");
        assertThat(StatusCommand.renderStatus(state, true)).contains("portal");

        StackState infraOnly = StackState.fresh(dir.resolve("other.properties"));
        infraOnly.addPart(new StackState.Part("kafka", "kafka", -1, 9092, "127.0.0.1:9092", "tcp", null, "", ""));
        assertThat(StatusCommand.readySummary(config, infraOnly))
                .startsWith("Thidua local stack is up")
                .doesNotContain("Portal");
    }

    @Test
    void aPortalWithoutAJarIsBuiltLikeTheServices() throws Exception {
        Path target = Files.createDirectories(dir.resolve("units-service").resolve("target"));
        jar(target.resolve("units-service-0.1.0-SNAPSHOT.jar"), "org.thidua.units.Application");
        List<String> options = List.of("--repo=" + dir, "--services=units-service");

        assertThat(BuildCommand.missingJars(Config.parse(options, Map.of()))).containsExactly("portal");

        List<String> noPortal = new ArrayList<>(options);
        noPortal.add("--no-portal");
        assertThat(BuildCommand.missingJars(Config.parse(noPortal, Map.of()))).isEmpty();

        Path portal = jar(
                Files.createDirectories(dir.resolve("portal").resolve("target")).resolve("portal-0.1.0-SNAPSHOT.jar"),
                "org.thidua.portal.Application");
        assertThat(BuildCommand.missingJars(Config.parse(options, Map.of()))).isEmpty();
        assertThat(Config.parse(options, Map.of()).findJar(new ServiceSpec("portal", 8080)))
                .contains(portal);
    }

    @Test
    void findsTheRunnableJarOfAService() throws IOException {
        Path target = Files.createDirectories(dir.resolve("units-service").resolve("target"));
        jar(target.resolve("original-units-service-0.1.0-SNAPSHOT.jar"), null);
        jar(target.resolve("units-service-0.1.0-SNAPSHOT-sources.jar"), null);
        Path runnable = jar(target.resolve("units-service-0.1.0-SNAPSHOT.jar"), "org.thidua.units.Application");
        Config config = Config.parse(List.of("--repo", dir.toString()), Map.of());

        assertThat(config.findJar(config.services.get(0))).contains(runnable);
        assertThat(config.findJar(config.services.get(1))).isEmpty();
        assertThat(ServiceProcess.mainClassOf(runnable)).contains("org.thidua.units.Application");

        Path elsewhere = jar(dir.resolve("custom.jar"), null);
        Config overridden = Config.parse(
                List.of("--repo", dir.toString()), Map.of("THIDUA_JAR_CAMPAIGNS_SERVICE", elsewhere.toString()));
        assertThat(overridden.findJar(overridden.services.get(1))).contains(elsewhere);
        assertThat(ServiceProcess.mainClassOf(elsewhere)).isEmpty();
    }

    /** ./thidua up -d (infra + one service), status, mail, a second up, down - in separate JVMs like the script. */
    @Test
    void detachedStackStartsReportsAndStopsCleanly() throws Exception {
        Path home = dir.resolve("home");
        Path jar = fakeServiceJar(dir.resolve("fake-service.jar"), FakeServiceMain.class);
        int servicePort = Ports.freePort();
        int dbPort = Ports.freePort();
        int portalPort = Ports.freePort();
        List<String> ports = List.of(
                "--kafka-port=" + Ports.freePort(),
                "--kafka-controller-port=" + Ports.freePort(),
                "--db-port=" + dbPort,
                "--smtp-port=" + Ports.freePort(),
                "--mail-http-port=" + Ports.freePort(),
                "--home=" + home,
                "--repo=" + dir,
                "--services=fake-service:" + servicePort,
                "--portal-port=" + portalPort);
        // the portal: the same stand-in, which shows the environment it got
        Map<String, String> env =
                Map.of("THIDUA_JAR_FAKE_SERVICE", jar.toString(), "THIDUA_JAR_PORTAL", jar.toString());

        Result up = launcher(env, "up", "-d", ports);
        try {
            assertThat(up.code).as(up.output).isZero();
            assertThat(up.output)
                    .contains("Thidua local stack is up", "kafka", "mariadb", "smtp", "mail-http", "fake-service");
            // the portal's address is the first thing of the summary; it started once the service was ready
            String portalLine = "Cổng thông tin / Portal: http://127.0.0.1:" + portalPort;
            assertThat(up.output).contains(portalLine);
            assertThat(up.output.indexOf(portalLine)).isLessThan(up.output.indexOf("Thidua local stack is up"));
            String launcherLog = Files.readString(home.resolve("logs").resolve("launcher.log"));
            assertThat(launcherLog.indexOf("fake-service ready in"))
                    .isPositive()
                    .isLessThan(launcherLog.indexOf("starting portal"));
            StackState state = StackState.read(home.resolve("run").resolve("state.properties"))
                    .orElseThrow();
            assertThat(state.status()).isEqualTo("READY");
            List<Long> pids = new ArrayList<>();
            pids.add(state.launcherPid());
            state.parts().stream().filter(p -> p.pid() > 0).forEach(p -> pids.add(p.pid()));
            assertThat(pids).hasSize(5); // launcher (with SMTP inside), kafka, mariadb, fake-service, portal
            assertThat(pids)
                    .allMatch(pid ->
                            ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
            assertThat(home.resolve("logs"))
                    .isDirectoryContaining("glob:**/kafka.log")
                    .isDirectoryContaining("glob:**/mariadb.log")
                    .isDirectoryContaining("glob:**/launcher.log")
                    .isDirectoryContaining("glob:**/fake-service.log")
                    .isDirectoryContaining("glob:**/portal.log");
            String portalEnv = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + portalPort + "/env"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            assertThat(portalEnv)
                    .contains(
                            "MICRONAUT_HTTP_SERVICES_FAKE_URL=http://127.0.0.1:" + servicePort,
                            "MICRONAUT_SERVER_HOST=127.0.0.1",
                            "THIDUA_PORTAL_DEV_SIGN_IN=true",
                            "THIDUA_PORTAL_DEMO_ACCOUNTS=" + home.resolve("demo-accounts.json"),
                            "DATASOURCES_DEFAULT_URL=null");
            assertThat(ListeningSockets.addresses(portalPort)).isNotEmpty().allMatch(ListeningSockets::isLoopback);

            // the service got its database, Kafka and SMTP; the database exists and the credentials work
            String serviceEnv = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + servicePort + "/env"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            assertThat(serviceEnv)
                    .contains("DATASOURCES_DEFAULT_URL=jdbc:mysql://127.0.0.1:" + dbPort + "/thidua_fake")
                    .contains("MICRONAUT_SERVER_PORT=" + servicePort)
                    .contains("MICRONAUT_SERVER_HOST=127.0.0.1")
                    .contains("KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:");
            // Kafka (both listeners), MariaDB, SMTP and the mail page listen on this machine only
            for (String port : ports.subList(0, 5)) {
                int number = Integer.parseInt(port.substring(port.indexOf('=') + 1));
                assertThat(ListeningSockets.addresses(number))
                        .as(port)
                        .isNotEmpty()
                        .allMatch(ListeningSockets::isLoopback);
            }
            try (Connection connection = DriverManager.getConnection(
                    "jdbc:mysql://127.0.0.1:" + dbPort + "/thidua_fake", "thidua", "thidua")) {
                assertThat(connection.isValid(5)).isTrue();
            }

            Result status = launcher(env, "status", null, ports);
            assertThat(status.code).as(status.output).isZero();
            assertThat(status.output)
                    .contains("stack ready")
                    .contains("fake-service")
                    .doesNotContain("stopped");
            List<String> table = status.output
                    .lines()
                    .dropWhile(line -> !line.contains("PART"))
                    .toList();
            assertThat(table.get(1)).contains("portal", "running", Integer.toString(portalPort)); // first row

            Result mail = launcher(env, "mail", null, ports);
            assertThat(mail.code).as(mail.output).isZero();
            assertThat(mail.output).contains("no mail received");

            Result again = launcher(env, "up", "-d", ports);
            assertThat(again.code).isEqualTo(2);
            assertThat(again.output).contains("already running");

            Result down = launcher(env, "down", null, ports);
            assertThat(down.code).as(down.output).isZero();
            assertThat(down.output).contains("stopped");
            assertThat(pids)
                    .noneMatch(pid ->
                            ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));

            Result after = launcher(env, "status", null, ports);
            assertThat(after.code).isEqualTo(3);
            assertThat(after.output).contains("not running");
        } finally {
            launcher(env, "down", null, ports); // no-op when the test went through
        }
    }

    /** A service that exits is named with its log, and the infrastructure started before it is stopped. */
    @Test
    void aServiceThatDoesNotStartIsReportedAndEverythingIsStopped() throws Exception {
        Path home = dir.resolve("bad");
        Path jar = fakeServiceJar(dir.resolve("bad-service.jar"), FakeServiceMain.Failing.class);
        List<String> ports = List.of(
                "--kafka-port=" + Ports.freePort(),
                "--kafka-controller-port=" + Ports.freePort(),
                "--db-port=" + Ports.freePort(),
                "--smtp-port=" + Ports.freePort(),
                "--mail-http-port=" + Ports.freePort(),
                "--home=" + home,
                "--repo=" + dir,
                "--services=bad-service:" + Ports.freePort(),
                "--no-portal");

        Result up = launcher(Map.of("THIDUA_JAR_BAD_SERVICE", jar.toString()), "up", "-d", ports);

        assertThat(up.code).as(up.output).isEqualTo(1);
        assertThat(up.output)
                .contains("FAILED to start bad-service: exited with code 1")
                .contains("bad-service.log");
        assertThat(Files.readString(home.resolve("logs").resolve("bad-service.log")))
                .contains("cannot start");
        assertNothingRuns(home);
    }

    /** A part that cannot start is named with its log, and what was already started is stopped. */
    @Test
    void aFailingPartIsReportedAndEverythingIsStopped() throws Exception {
        Path home = dir.resolve("failing");
        Path brokenBinaries = Files.createDirectories(dir.resolve("no-binaries"));
        Files.writeString(brokenBinaries.resolve(".unpacked"), "pretend\n");
        List<String> ports = List.of(
                "--kafka-port=" + Ports.freePort(),
                "--kafka-controller-port=" + Ports.freePort(),
                "--db-port=" + Ports.freePort(),
                "--smtp-port=" + Ports.freePort(),
                "--mail-http-port=" + Ports.freePort(),
                "--home=" + home,
                "--repo=" + dir);

        Result up = launcher(
                Map.of("THIDUA_MARIADB_BASEDIR", brokenBinaries.toString()), "up", "-d", "--infra-only", ports);

        assertThat(up.code).as(up.output).isEqualTo(1);
        assertThat(up.output).contains("FAILED to start mariadb").contains("mariadb.log");
        assertNothingRuns(home); // kafka had started in parallel
    }

    private static void assertNothingRuns(Path home) {
        StackState state =
                StackState.read(home.resolve("run").resolve("state.properties")).orElseThrow();
        assertThat(state.status()).isEqualTo("FAILED");
        assertThat(state.partNames()).contains("kafka");
        assertThat(ProcessHandle.of(state.launcherPid())
                        .map(ProcessHandle::isAlive)
                        .orElse(false))
                .isFalse();
        for (StackState.Part part : state.parts()) {
            if (part.pid() > 0) {
                assertThat(ProcessHandle.of(part.pid())
                                .map(ProcessHandle::isAlive)
                                .orElse(false))
                        .as(part.name())
                        .isFalse();
            }
        }
    }

    @Test
    void aTakenPortIsReportedBeforeAnythingStarts() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<String> ports = List.of(
                    "--kafka-port=" + Ports.freePort(),
                    "--kafka-controller-port=" + Ports.freePort(),
                    "--db-port=" + taken.getLocalPort(),
                    "--smtp-port=" + Ports.freePort(),
                    "--mail-http-port=" + Ports.freePort(),
                    "--home=" + dir.resolve("taken"),
                    "--repo=" + dir);
            Result up = launcher(Map.of(), "up", "-d", "--infra-only", ports);
            assertThat(up.code).isEqualTo(1);
            assertThat(up.output).contains("mariadb: port " + taken.getLocalPort() + " is already in use");
        }
    }

    private record Result(int code, String output) {}

    private Result launcher(Map<String, String> env, String command, String flag, String flag2, List<String> options)
            throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                ProcessSupport.javaExecutable(),
                "-Xmx192m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                launcherClasspath(),
                Launcher.class.getName(),
                command));
        if (flag != null) {
            cmd.add(flag);
        }
        if (flag2 != null) {
            cmd.add(flag2);
        }
        cmd.addAll(options);
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true);
        builder.environment().keySet().removeIf(key -> key.startsWith("THIDUA_"));
        builder.environment().putAll(env);
        Path out = Files.createTempFile(dir, command, ".out");
        builder.redirectOutput(out.toFile());
        Process process = builder.start();
        if (!process.waitFor(240, TimeUnit.SECONDS)) {
            process.destroy();
            process.waitFor(60, TimeUnit.SECONDS);
            throw new AssertionError("launcher " + command + " did not finish:\n" + Files.readString(out));
        }
        return new Result(process.exitValue(), Files.readString(out));
    }

    private Result launcher(Map<String, String> env, String command, String flag, List<String> options)
            throws Exception {
        return launcher(env, command, flag, null, options);
    }

    private static String launcherClasspath() throws IOException {
        Path classes = ProcessSupport.codeSourceOf(Launcher.class);
        String runtime = Files.readString(Paths.get("target", "launcher.classpath"), StandardCharsets.UTF_8)
                .trim();
        return classes + File.pathSeparator + runtime;
    }

    /** A runnable jar holding {@code main} (and its nested classes), like a service's shaded jar. */
    private static Path fakeServiceJar(Path path, Class<?> main) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, main.getName());
        Path classes = ProcessSupport.codeSourceOf(FakeServiceMain.class);
        Path packageDir = classes.resolve("org/thidua/local");
        try (OutputStream out = Files.newOutputStream(path);
                JarOutputStream jar = new JarOutputStream(out, manifest);
                Stream<Path> files = Files.list(packageDir)) {
            for (Path file : (Iterable<Path>)
                    files.filter(f -> f.getFileName().toString().startsWith("FakeServiceMain"))::iterator) {
                jar.putNextEntry(new JarEntry("org/thidua/local/" + file.getFileName()));
                jar.write(Files.readAllBytes(file));
                jar.closeEntry();
            }
        }
        return path;
    }

    private static Path jar(Path path, String mainClass) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (mainClass != null) {
            manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
        }
        try (OutputStream out = Files.newOutputStream(path);
                JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
        return path;
    }
}
