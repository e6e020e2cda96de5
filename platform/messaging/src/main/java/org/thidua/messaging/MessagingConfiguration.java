package org.thidua.messaging;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Value;
import java.time.Duration;

/** {@code thidua.messaging.*}: how this service publishes and provisions topics. */
@ConfigurationProperties("thidua.messaging")
public class MessagingConfiguration {

    private String source;
    private int partitions = 6;
    private short replicationFactor = 1;
    private int relayBatchSize = 500;
    private Duration relaySweepInterval = Duration.ofSeconds(2);
    private Duration relayLinger = Duration.ofMillis(5);
    private Duration outboxRetention = Duration.ofDays(7);
    private boolean provisionTopics = true;

    public MessagingConfiguration(@Value("${micronaut.application.name}") String applicationName) {
        this.source = "/" + applicationName;
    }

    /** The CloudEvents {@code source} of what this service publishes, e.g. {@code /units-service}. */
    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    /** Partitions of topics this service creates when they are missing. */
    public int getPartitions() {
        return partitions;
    }

    public void setPartitions(int partitions) {
        this.partitions = partitions;
    }

    public short getReplicationFactor() {
        return replicationFactor;
    }

    public void setReplicationFactor(short replicationFactor) {
        this.replicationFactor = replicationFactor;
    }

    /** The most outbox rows the relay sends in one round. */
    public int getRelayBatchSize() {
        return relayBatchSize;
    }

    public void setRelayBatchSize(int relayBatchSize) {
        this.relayBatchSize = relayBatchSize;
    }

    /**
     * How often the relay looks for unsent rows when no commit woke it: the safety net for rows stranded by a crash
     * or a broker outage. Normal publication is woken right after each commit.
     */
    public Duration getRelaySweepInterval() {
        return relaySweepInterval;
    }

    public void setRelaySweepInterval(Duration relaySweepInterval) {
        this.relaySweepInterval = relaySweepInterval;
    }

    /**
     * How long the relay waits after a commit wakes it before it reads the outbox, so that the events of commits
     * close together travel in one round (one read, one send, one update) instead of one round each; as Kafka's
     * {@code linger.ms}, a few milliseconds of latency for fewer statements under load. Zero reads at once.
     */
    public Duration getRelayLinger() {
        return relayLinger;
    }

    public void setRelayLinger(Duration relayLinger) {
        this.relayLinger = relayLinger;
    }

    /** How long sent outbox rows are kept (for audit and re-drive) before the relay deletes them. */
    public Duration getOutboxRetention() {
        return outboxRetention;
    }

    public void setOutboxRetention(Duration outboxRetention) {
        this.outboxRetention = outboxRetention;
    }

    /**
     * Whether this service creates the suite's topics it finds missing at start-up. Off where the topics are declared
     * elsewhere and the service may not create them: on Kubernetes, Strimzi's KafkaTopics, and each service's Kafka
     * user may only use its own topics (ADR 52).
     */
    public boolean isProvisionTopics() {
        return provisionTopics;
    }

    public void setProvisionTopics(boolean provisionTopics) {
        this.provisionTopics = provisionTopics;
    }
}
