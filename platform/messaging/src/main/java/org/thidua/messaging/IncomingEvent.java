package org.thidua.messaging;

import java.time.Instant;
import org.thidua.contracts.EventJson;

/** An event as a consumer receives it: the CloudEvents attributes, the JSON data, and where it was read. */
public record IncomingEvent(
        String id,
        String type,
        String source,
        String subject,
        Instant time,
        String traceparent,
        byte[] data,
        String topic,
        int partition,
        long offset) {

    /** The data read as the contract type of this event. */
    public <T> T data(Class<T> type) {
        return EventJson.read(data, type);
    }
}
