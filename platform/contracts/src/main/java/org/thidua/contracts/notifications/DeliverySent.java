package org.thidua.contracts.notifications;

import java.time.Instant;
import org.thidua.contracts.Event;
import org.thidua.contracts.Topics;

/** A notice was delivered: the SMTP server accepted the email, or the inbox item was stored. */
public record DeliverySent(
        String deliveryId,
        String causeEventId,
        String causeEventType,
        String unitId,
        String recipient,
        Channel channel,
        int attempts,
        Instant occurredAt)
        implements Event {

    public static final String TYPE = "thidua.delivery.sent.v1";

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
