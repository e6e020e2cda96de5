package org.thidua.messaging;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The consumers of one listener, by topic: each record goes to the one consumer of its topic (ADR 99). Two consumers
 * claiming one topic is a mistake found at start-up.
 */
public final class EventHandlers {

    private final Map<String, TypedHandlers> byTopic = new LinkedHashMap<>();

    public EventHandlers(Collection<TypedHandlers> consumers) {
        for (TypedHandlers consumer : consumers) {
            for (String topic : consumer.topics()) {
                TypedHandlers other = byTopic.putIfAbsent(topic, consumer);
                if (other != null) {
                    throw new IllegalStateException(
                            topic + " is consumed by both " + other.consumerName() + " and " + consumer.consumerName());
                }
            }
        }
    }

    /** The consumer of {@code topic}. */
    public EventHandler forTopic(String topic) {
        TypedHandlers consumer = byTopic.get(topic);
        if (consumer == null) {
            throw new IllegalStateException("No consumer of " + topic);
        }
        return consumer;
    }

    /** Every topic some consumer receives. */
    public Set<String> topics() {
        return Set.copyOf(byTopic.keySet());
    }
}
