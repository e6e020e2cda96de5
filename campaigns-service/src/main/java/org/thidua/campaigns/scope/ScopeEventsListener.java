package org.thidua.campaigns.scope;

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

@KafkaListener(
        groupId = "campaigns-service",
        offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD)
public class ScopeEventsListener {

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;

    ScopeEventsListener(IdempotentConsumer consumer, List<TypedHandlers> handlers) {
        this.consumer = consumer;
        this.handlers = new EventHandlers(handlers);
    }

    @Topic({Topics.UNITS, Topics.GROUPS})
    void receive(ConsumerRecord<String, byte[]> record) {
        consumer.consume(record, handlers.forTopic(record.topic()));
    }
}
