package org.thidua.notifications.recipients;

import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.thidua.contracts.Topics;
import org.thidua.messaging.IdempotentConsumer;

@KafkaListener(groupId = "notifications-service", offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD)
public class GroupEventsListener {

    private final IdempotentConsumer consumer;
    private final RecipientProjection projection;

    GroupEventsListener(IdempotentConsumer consumer, RecipientProjection projection) {
        this.consumer = consumer;
        this.projection = projection;
    }

    @Topic(Topics.GROUPS)
    void receive(ConsumerRecord<String, byte[]> record) {
        consumer.consume(record, projection);
    }
}
