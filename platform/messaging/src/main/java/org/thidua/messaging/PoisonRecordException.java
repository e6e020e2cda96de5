package org.thidua.messaging;

/** A record that no retry can make processable: not a CloudEvent, an unknown type, or data violating its schema. */
public class PoisonRecordException extends RuntimeException {

    public PoisonRecordException(String message) {
        super(message);
    }

    public PoisonRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
