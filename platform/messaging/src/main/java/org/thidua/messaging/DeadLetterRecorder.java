package org.thidua.messaging;

import static org.thidua.messaging.DeadLetterCodec.bytes;
import static org.thidua.messaging.DeadLetterCodec.headersJson;
import static org.thidua.messaging.DeadLetterCodec.truncate;
import static org.thidua.messaging.DeadLetterCodec.utf8;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.thidua.contracts.Topics;

/**
 * Records a consumer gave up on: kept in {@code dead_letter} and copied to {@code thidua.<service>.dlq} with the
 * original topic, partition, offset, key, consumer and error in headers ({@link DeadLetters#HEADER_PREFIX}).
 */
@Singleton
class DeadLetterRecorder {

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final ReliableProducer producer;
    private final String topic;

    DeadLetterRecorder(
            JdbcOperations jdbc,
            TransactionOperations<Connection> transactions,
            ReliableProducer producer,
            MessagingConfiguration config) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.producer = producer;
        this.topic = Topics.deadLetters(config.getSource().substring(1));
    }

    /** Keeps the record and copies it to the dead-letter topic; a redelivered poison record is kept once. */
    void add(String consumer, ConsumerRecord<String, byte[]> record, Throwable error) {
        Header id = record.headers().lastHeader("ce_id");
        Header type = record.headers().lastHeader("ce_type");
        String message = error.getMessage() == null ? null : truncate(error.getMessage(), 4_000);
        transactions.executeWrite(status -> jdbc.prepareStatement("""
                INSERT IGNORE INTO dead_letter (consumer, topic, partition_no, record_offset, record_key, event_id,
                  event_type, headers, payload, error_class, error_message, status, failed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DEAD', ?)""", statement -> {
            statement.setString(1, consumer);
            statement.setString(2, record.topic());
            statement.setInt(3, record.partition());
            statement.setLong(4, record.offset());
            statement.setString(5, record.key());
            statement.setString(6, id == null ? null : truncate(utf8(id.value()), 200));
            statement.setString(7, type == null ? null : truncate(utf8(type.value()), 200));
            statement.setString(8, headersJson(record));
            statement.setBytes(9, record.value());
            statement.setString(10, error.getClass().getName());
            statement.setString(11, message);
            statement.setTimestamp(12, Timestamp.from(Instant.now()));
            return statement.executeUpdate();
        }));
        ProducerRecord<String, byte[]> copy =
                new ProducerRecord<>(topic, null, record.key(), record.value(), record.headers());
        copy.headers().add(DeadLetters.HEADER_PREFIX + "original_topic", bytes(record.topic()));
        copy.headers().add(DeadLetters.HEADER_PREFIX + "original_partition", bytes(String.valueOf(record.partition())));
        copy.headers().add(DeadLetters.HEADER_PREFIX + "original_offset", bytes(String.valueOf(record.offset())));
        if (record.key() != null) {
            copy.headers().add(DeadLetters.HEADER_PREFIX + "original_key", bytes(record.key()));
        }
        copy.headers().add(DeadLetters.HEADER_PREFIX + "consumer", bytes(consumer));
        copy.headers()
                .add(
                        DeadLetters.HEADER_PREFIX + "exception_class",
                        bytes(error.getClass().getName()));
        copy.headers().add(DeadLetters.HEADER_PREFIX + "exception_message", bytes(message == null ? "" : message));
        try {
            producer.send(copy).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            // the record is kept in dead_letter; the copy on the topic is for other tools, so retry the record
            throw new org.apache.kafka.common.errors.TimeoutException("Dead-letter topic unreachable", e);
        }
    }
}
