package org.thidua.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code ./thidua up} builds before it starts (ADR 0100: the logic lives here, not in the shell script). */
class BuildCommandTest {

    @TempDir
    Path repo;

    @Test
    void mavenBuildsTheNamedModulesWithWhatTheyNeedOrEverything() {
        assertThat(BuildCommand.mavenArguments(List.of("units-service", "portal")))
                .containsExactly("-B", "-q", "-DskipTests", "-pl", "units-service,portal", "-am", "install");
        assertThat(BuildCommand.mavenArguments(List.of())).containsExactly("-B", "-q", "-DskipTests", "install");
    }

    @Test
    void theLauncherIsStaleWhenASourceOrAPomIsNewerThanItsClassOrItIsNotBuilt() throws Exception {
        Path marker = repo.resolve("deploy/local/target/classes/org/thidua/local/Launcher.class");
        List<Path> sources = BuildCommand.launcherSources(repo);
        Path source = repo.resolve("deploy/local/src/main/java/org/thidua/local/Stack.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "class Stack {}");
        Files.writeString(repo.resolve("pom.xml"), "<project/>");
        Instant built = Instant.parse("2026-12-05T03:00:00Z");
        Files.setLastModifiedTime(source, FileTime.from(built.minusSeconds(60)));
        Files.setLastModifiedTime(repo.resolve("pom.xml"), FileTime.from(built.minusSeconds(60)));

        assertThat(BuildCommand.stale(marker, sources)).as("not built").isTrue();

        Files.createDirectories(marker.getParent());
        Files.writeString(marker, "");
        Files.setLastModifiedTime(marker, FileTime.from(built));
        assertThat(BuildCommand.stale(marker, sources))
                .as("built after its sources")
                .isFalse();

        Files.setLastModifiedTime(source, FileTime.from(built.plusSeconds(1)));
        assertThat(BuildCommand.stale(marker, sources))
                .as("a source edited since")
                .isTrue();

        Files.setLastModifiedTime(source, FileTime.from(built.minusSeconds(60)));
        Files.setLastModifiedTime(repo.resolve("pom.xml"), FileTime.from(built.plusSeconds(1)));
        assertThat(BuildCommand.stale(marker, sources))
                .as("the parent pom edited since")
                .isTrue();
    }

    @Test
    void aStackRunningInTheDataFolderIsRefusedBeforeAnythingIsBuilt() throws Exception {
        Config config = Config.parse(List.of("--repo=" + repo, "--home=" + repo.resolve("home"), "--build"), Map.of());
        // another launcher holds the data folder's lock: a child JVM, as a running ./thidua up would
        Process holder = new ProcessBuilder(
                        ProcessSupport.javaExecutable(),
                        "-cp",
                        ProcessSupport.codeSourceOf(LockHolderMain.class).toString(),
                        LockHolderMain.class.getName(),
                        config.lockFile().toString())
                .redirectErrorStream(true)
                .start();
        try {
            assertThat(new String(holder.getInputStream().readNBytes(5))).isEqualTo("held\n");
            assertThat(StackLock.heldElsewhere(config)).isTrue();
            // no mvnw in this repository: had it tried to build, it would have failed with 1, not refused with 2
            assertThat(new BuildCommand().run(config)).isEqualTo(2);
        } finally {
            holder.destroy();
            holder.waitFor();
        }
        assertThat(StackLock.heldElsewhere(config)).isFalse();
    }
}
