package org.thidua.testing;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** Reading record headers in assertions. */
public final class Headers {

    private Headers() {}

    /** The last value of header {@code name} as UTF-8, or null. */
    public static String of(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
