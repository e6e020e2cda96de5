package org.thidua.campaigns.scope;

import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.thidua.contracts.Topics;
import org.thidua.messaging.IdempotentConsumer;

@KafkaListener(groupId = "campaigns-service", offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD)
public class ScopeEventsListener {

    private final IdempotentConsumer consumer;
    private final ScopeProjection projection;

    ScopeEventsListener(IdempotentConsumer consumer, ScopeProjection projection) {
        this.consumer = consumer;
        this.projection = projection;
    }

    @Topic({Topics.UNITS, Topics.GROUPS})
    void receive(ConsumerRecord<String, byte[]> record) {
        consumer.consume(record, projection);
    }
}
