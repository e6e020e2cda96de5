package org.thidua.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Children must not outlive their parent, even when the parent is killed with SIGKILL. */
class ChildProcessesTest {

    @TempDir
    Path dir;

    @Test
    void javaChildExitsWhenItsParentIsKilled() throws Exception {
        Process parent = new ProcessBuilder("sleep", "300").start();
        Path out = dir.resolve("child.out");
        Process child = new ProcessBuilder(
                        ProcessSupport.javaExecutable(),
                        "-cp",
                        testClasspath(),
                        ParentWatchingMain.class.getName(),
                        Long.toString(parent.pid()),
                        SleepingMain.class.getName(),
                        "a",
                        "b")
                .redirectErrorStream(true)
                .redirectOutput(out.toFile())
                .start();
        try {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> Files.readString(out).contains("sleeping a b"));
            assertThat(child.isAlive()).isTrue();

            parent.destroyForcibly(); // SIGKILL

            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).isEqualTo(143);
            assertThat(Files.readString(out)).contains("parent process " + parent.pid() + " exited");
        } finally {
            parent.destroyForcibly();
            child.destroyForcibly();
        }
    }

    @Test
    void javaChildRefusesToStartWithoutAParent() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        assertThat(gone.waitFor(10, TimeUnit.SECONDS)).isTrue();
        Process child = new ProcessBuilder(
                        ProcessSupport.javaExecutable(),
                        "-cp",
                        testClasspath(),
                        ParentWatchingMain.class.getName(),
                        Long.toString(gone.pid()),
                        SleepingMain.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("orphan.out").toFile())
                .start();
        try {
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).isEqualTo(3);
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void nativeChildIsTerminatedByTheWatchdogWhenItsParentIsKilled() throws Exception {
        Process parent = new ProcessBuilder("sleep", "300").start();
        Process child = new ProcessBuilder("sleep", "301").start();
        try {
            ProcessSupport.watchParentFor(child.toHandle(), parent.pid());
            parent.destroyForcibly();
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        } finally {
            parent.destroyForcibly();
            child.destroyForcibly();
        }
    }

    @Test
    void staleProcessesAreStoppedOnlyWhenTheirCommandLineMatches() throws Exception {
        Process stale = new ProcessBuilder("sleep", "302").start();
        Path pidFile = dir.resolve("stale.pid");
        ProcessSupport.writePidFile(pidFile, stale.pid());
        try {
            assertThat(ProcessSupport.killStale(pidFile, Duration.ofSeconds(10), "sleep", "999"))
                    .isFalse();
            assertThat(stale.isAlive()).isTrue();

            assertThat(ProcessSupport.killStale(pidFile, Duration.ofSeconds(10), "sleep", "302"))
                    .isTrue();
            assertThat(stale.waitFor(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            stale.destroyForcibly();
        }
    }

    private static String testClasspath() {
        return String.join(
                File.pathSeparator,
                List.of(
                        ProcessSupport.codeSourceOf(SleepingMain.class).toString(),
                        ProcessSupport.codeSourceOf(ParentWatchingMain.class).toString()));
    }
}
