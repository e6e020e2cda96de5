package org.thidua.messaging;

import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import io.micronaut.http.context.ServerRequestContext;

/**
 * W3C Trace Context {@code traceparent} values: the trace that caused an event travels from the HTTP request, through
 * the outbox, to the consumer and on to whatever the consumer publishes.
 */
public final class TraceParent {

    public static final String HEADER = "traceparent";
    private static final Pattern VALID = Pattern.compile("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final ThreadLocal<String> CONSUMING = new ThreadLocal<>();

    private TraceParent() {
    }

    /** The traceparent for an event published now: a child of the event being consumed or of the HTTP request. */
    public static String forNewEvent() {
        return Optional.ofNullable(CONSUMING.get())
                .or(() -> ServerRequestContext.currentRequest().map(r -> r.getHeaders().get(HEADER)))
                .filter(TraceParent::isValid)
                .map(TraceParent::child)
                .orElseGet(TraceParent::newTrace);
    }

    static void consuming(String traceparent) {
        if (traceparent == null) {
            CONSUMING.remove();
        } else {
            CONSUMING.set(traceparent);
        }
    }

    public static boolean isValid(String value) {
        return value != null && VALID.matcher(value).matches();
    }

    static String newTrace() {
        return "00-" + randomHex(16) + "-" + randomHex(8) + "-01";
    }

    /** Same trace id and flags, a new span id. */
    static String child(String parent) {
        return parent.substring(0, 36) + randomHex(8) + parent.substring(52);
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
