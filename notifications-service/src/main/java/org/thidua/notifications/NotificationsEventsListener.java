package org.thidua.notifications;

import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.thidua.contracts.Topics;
import org.thidua.messaging.EventHandlers;
import org.thidua.messaging.IdempotentConsumer;
import org.thidua.messaging.TypedHandlers;

/**
 * The one listener of notifications-service, in its one consumer group (the group id of the six listeners it
 * replaced, so committed offsets carry on: ADR 99); {@link NotificationsEventHandlers} says which consumer takes each
 * topic.
 */
@KafkaListener(
        groupId = "notifications-service",
        offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD)
public class NotificationsEventsListener {

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;

    NotificationsEventsListener(IdempotentConsumer consumer, List<TypedHandlers> handlers) {
        this.consumer = consumer;
        this.handlers = new EventHandlers(handlers);
    }

    @Topic({Topics.UNITS, Topics.GROUPS, Topics.CAMPAIGNS, Topics.REGISTRATIONS, Topics.REVIEWS, Topics.AWARDS})
    void receive(ConsumerRecord<String, byte[]> record) {
        consumer.consume(record, handlers.forTopic(record.topic()));
    }
}
