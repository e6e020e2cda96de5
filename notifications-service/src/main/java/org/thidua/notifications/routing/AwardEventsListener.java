package org.thidua.notifications.routing;

import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.thidua.contracts.Topics;
import org.thidua.messaging.IdempotentConsumer;

@KafkaListener(groupId = "notifications-service", offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD)
public class AwardEventsListener {

    private final IdempotentConsumer consumer;
    private final NoticeFanout fanout;

    AwardEventsListener(IdempotentConsumer consumer, NoticeFanout fanout) {
        this.consumer = consumer;
        this.fanout = fanout;
    }

    @Topic(Topics.AWARDS)
    void receive(ConsumerRecord<String, byte[]> record) {
        consumer.consume(record, fanout);
    }
}
