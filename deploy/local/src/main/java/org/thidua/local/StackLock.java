package org.thidua.local;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;

/**
 * The one answer to "is a stack already running in this data folder?" (ADR 0100): {@code up} holds
 * {@code <home>/run/launcher.lock} for the life of its JVM, so a second {@code up}, {@code up -d} or
 * {@code up --build} is refused before it builds or starts anything, and the lock goes with the process however it
 * ends (even {@code kill -9}).
 */
final class StackLock {

    /** What names a launcher process in its command line ({@code down} and {@code status} check it). */
    static final String LAUNCHER_MARKER = Launcher.class.getName();

    private static volatile FileLock held;
    private static volatile FileChannel heldChannel;

    private StackLock() {}

    /** Takes the lock for the rest of this JVM's life; false if another launcher holds it. */
    static synchronized boolean hold(Config config) {
        if (held != null) {
            return true;
        }
        try {
            Files.createDirectories(config.run());
            FileChannel channel =
                    FileChannel.open(config.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return false;
            }
            held = lock; // strongly reachable for the life of the JVM (an unreachable channel gets closed)
            heldChannel = channel;
            return true;
        } catch (IOException | OverlappingFileLockException e) {
            return false;
        }
    }

    /** Whether another launcher holds the lock now (this call does not keep it). */
    static boolean heldElsewhere(Config config) {
        if (held != null) {
            return false;
        }
        try {
            Files.createDirectories(config.run());
            try (FileChannel channel =
                            FileChannel.open(config.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = channel.tryLock()) {
                return lock == null;
            }
        } catch (IOException | OverlappingFileLockException e) {
            return true;
        }
    }

    /** The refusal printed when a stack already runs here (exit code 2). */
    static String alreadyRunning(Config config) {
        return "thidua: a stack is already running in " + config.home
                + ProcessSupport.readPidFile(config.pidFile())
                        .map(pid -> " (launcher pid " + pid + ")")
                        .orElse("")
                + "; see ./thidua status, or ./thidua down";
    }

    /** Whether {@code pid} is a live launcher process (not a recycled pid). */
    static boolean isLauncher(long pid) {
        return pid > 0
                && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)
                && ProcessSupport.commandLine(pid).contains(LAUNCHER_MARKER);
    }
}
