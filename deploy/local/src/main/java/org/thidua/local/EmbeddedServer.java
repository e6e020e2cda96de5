package org.thidua.local;

import java.nio.file.Path;
import java.time.Duration;

/** A server of the embedded stack running as a child process: where it listens, keeps its data and logs. */
public abstract class EmbeddedServer implements AutoCloseable {

    static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final Path dataDir;
    private final int port;
    private final Path logFile;
    private final Process process;

    EmbeddedServer(Path dataDir, int port, Path logFile, Process process) {
        this.dataDir = dataDir;
        this.port = port;
        this.logFile = logFile;
        this.process = process;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path logFile() {
        return logFile;
    }

    /** Pid of the server process. */
    public long pid() {
        return process.pid();
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    /** SIGTERM (the server's clean shutdown), then SIGKILL after 30 s. Idempotent. */
    public synchronized void stop() {
        ProcessSupport.terminate(process.toHandle(), STOP_GRACE);
        afterStop();
    }

    /** What a server cleans up once its process has ended. */
    void afterStop() {}

    @Override
    public void close() {
        stop();
    }
}
