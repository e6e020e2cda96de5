package org.thidua.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image's class-data sharing training start ({@code deploy/docker/train-class-data}, run by the Dockerfile): it
 * ends and leaves an archive both for a service, whose start ends by itself without a database, and for the portal,
 * which needs none and would otherwise run on and never finish the image build (ADR 56).
 */
class ClassDataTrainingTest {

    private final Repository repository = Repository.here();

    @TempDir
    Path dir;

    @Test
    void aDeployableThatRunsOnIsStoppedOnceLiveAndLeavesAnArchive() throws Exception {
        Path jar = standIn(TrainingStandIn.class);
        int port = freePort();
        long started = System.nanoTime();

        Tools.Result training = train(jar, port);

        assertThat(training.exitCode()).as(training.err()).isZero();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(60));
        assertThat(dir.resolve("app.jsa")).isNotEmptyFile();
        try (ServerSocket again = new ServerSocket(port)) { // the stand-in was stopped: its port is free again
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void aServiceWhoseStartEndsWithoutADatabaseLeavesAnArchive() throws Exception {
        Tools.Result training = train(standIn(TrainingStandIn.EndsAtTheDatabase.class), freePort());

        assertThat(training.exitCode()).as(training.err()).isZero();
        assertThat(dir.resolve("app.jsa")).isNotEmptyFile();
    }

    @Test
    void noArchiveFailsTheBuild() throws Exception {
        Path notAJar = Files.writeString(dir.resolve("app.jar"), "not a jar");

        assertThat(train(notAJar, freePort()).exitCode()).isNotZero();
        assertThat(dir.resolve("app.jsa")).doesNotExist();
    }

    private Tools.Result train(Path jar, int port) {
        return Tools.runWith(
                Map.of("TRAINING_PORT", Integer.toString(port), "TRAINING_TIMEOUT_SECONDS", "60"),
                dir,
                "bash",
                repository.file("deploy/docker/train-class-data").toString(),
                jar.toString(),
                dir.resolve("app.jsa").toString());
    }

    /** A runnable jar of {@code main} and the other stand-in classes, like a deployable's shaded jar. */
    private Path standIn(Class<?> main) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, main.getName());
        Path classes = Path.of(TrainingStandIn.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .getPath())
                .resolve("org/thidua/deploy");
        Path jar = dir.resolve("app.jar");
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream content = new JarOutputStream(out, manifest);
                Stream<Path> files = Files.list(classes)) {
            for (Path file : (Iterable<Path>)
                    files.filter(f -> f.getFileName().toString().startsWith("TrainingStandIn"))::iterator) {
                content.putNextEntry(new JarEntry("org/thidua/deploy/" + file.getFileName()));
                content.write(Files.readAllBytes(file));
                content.closeEntry();
            }
        }
        return jar;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
