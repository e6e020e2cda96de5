package org.thidua.awards;

import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.thidua.awards.directory.DirectoryProjection;
import org.thidua.awards.eligibility.ProposingNominations;
import org.thidua.contracts.Topics;
import org.thidua.messaging.IdempotentConsumer;

/** The one consumer group of awards-service: units and groups feed the directory, reviews the eligibility engine. */
@KafkaListener(groupId = "awards-service", offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD)
public class AwardsEventsListener {

    private final IdempotentConsumer consumer;
    private final DirectoryProjection directory;
    private final ProposingNominations proposing;

    AwardsEventsListener(IdempotentConsumer consumer, DirectoryProjection directory, ProposingNominations proposing) {
        this.consumer = consumer;
        this.directory = directory;
        this.proposing = proposing;
    }

    @Topic({Topics.UNITS, Topics.GROUPS, Topics.REVIEWS})
    void receive(ConsumerRecord<String, byte[]> record) {
        consumer.consume(record, Topics.REVIEWS.equals(record.topic()) ? proposing : directory);
    }
}
