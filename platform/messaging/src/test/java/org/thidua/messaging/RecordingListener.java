package org.thidua.messaging;

import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Requires;
import org.apache.kafka.clients.consumer.ConsumerRecord;

@KafkaListener(
        groupId = "messaging-test",
        offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD)
@Requires(env = "test")
@Requires(property = "test.listener.enabled", notEquals = "false")
class RecordingListener {

    private final IdempotentConsumer consumer;
    private final RecordingHandler handler;

    RecordingListener(IdempotentConsumer consumer, RecordingHandler handler) {
        this.consumer = consumer;
        this.handler = handler;
    }

    @Topic("${test.topic}")
    void receive(ConsumerRecord<String, byte[]> record) {
        consumer.consume(record, handler);
    }
}
