package org.thidua.local;

/** The command line asks for something the launcher does not know: printed with the usage, exit code 2. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
