package org.thidua.contracts.notifications;

import java.time.Instant;
import org.thidua.contracts.Event;
import org.thidua.contracts.Topics;

/** A notice could not be delivered and automatic retries gave up; an operator can retry it. */
public record DeliveryFailed(
        String deliveryId,
        String causeEventId,
        String causeEventType,
        String unitId,
        String recipient,
        Channel channel,
        int attempts,
        String error,
        Instant occurredAt)
        implements Event {

    public static final String TYPE = "thidua.delivery.failed.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.NOTIFICATIONS;
    }

    @Override
    public String subject() {
        return deliveryId;
    }
}
