package org.thidua.web;

import io.micronaut.serde.exceptions.SerdeException;

/**
 * A JSON value of a request refused while it is read (wrong type, out of range, forbidden character): which field
 * and why, in words a client understands. {@link UnreadableRequestHandlers} turns it into a 400 validation problem.
 */
public class JsonValueRefused extends SerdeException {

    private final String field;
    private final String reason;

    public JsonValueRefused(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
