package org.thidua.local;

import java.nio.file.Path;

/** A part of the stack failed to start: its name, its log, why. */
final class StartupFailure extends RuntimeException {
    final String part;
    final Path log;

    StartupFailure(String part, Path log, String message, Throwable cause) {
        super(message, cause);
        this.part = part;
        this.log = log;
    }

    /** "FAILED to start kafka: ", or for the ports check, "FAILED to start: ". */
    static String failed(String part) {
        return "ports".equals(part) ? "FAILED to start: " : "FAILED to start " + part + ": ";
    }
}
