package org.thidua.messaging;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.thidua.contracts.Event;
import org.thidua.contracts.EventTypes;

/**
 * One consumer's event handlers, registered per event type: each takes the contract record of its type (ADR 99). A
 * service declares its consumers in one factory ({@code AwardsEventHandlers}, …), and its listener hands each record
 * to the consumer of the record's topic ({@link EventHandlers}). A type of the consumer's topics with no handler is
 * ignored (recorded as processed, nothing else), as it always was; a type no contract knows never gets here: the
 * {@link IdempotentConsumer} puts it in the dead letters.
 */
public final class TypedHandlers implements EventHandler {

    private record Registration<T extends Event>(Class<T> javaType, BiConsumer<T, IncomingEvent> handler) {

        void handle(IncomingEvent event) {
            handler.accept(event.data(javaType), event);
        }
    }

    private final String consumerName;
    private final Set<String> topics;
    private final Map<String, Registration<?>> byType = new LinkedHashMap<>();

    private TypedHandlers(String consumerName, Set<String> topics) {
        this.consumerName = consumerName;
        this.topics = topics;
    }

    /**
     * A consumer named {@code consumerName} (its rows in {@code processed_event} and {@code dead_letter}) of the
     * events on {@code topics}.
     */
    public static TypedHandlers consumer(String consumerName, String... topics) {
        if (consumerName == null || consumerName.isBlank() || topics.length == 0) {
            throw new IllegalArgumentException("A consumer needs a name and at least one topic");
        }
        return new TypedHandlers(consumerName, Set.of(topics));
    }

    /** Handles events of {@code type}, read as {@code javaType}, its contract record. */
    public <T extends Event> TypedHandlers on(String type, Class<T> javaType, Consumer<T> handler) {
        return on(type, javaType, (T data, IncomingEvent event) -> handler.accept(data));
    }

    /** Handles events of {@code type}, read as {@code javaType}; the handler also gets the event (its id, bytes). */
    public <T extends Event> TypedHandlers on(String type, Class<T> javaType, BiConsumer<T, IncomingEvent> handler) {
        if (!EventTypes.isKnown(type)) {
            throw new IllegalArgumentException("No contract for event type " + type);
        }
        if (EventTypes.javaType(type) != javaType) {
            throw new IllegalArgumentException(type + " is read as "
                    + EventTypes.javaType(type).getSimpleName() + ", not " + javaType.getSimpleName());
        }
        if (!topics.contains(EventTypes.topic(type))) {
            throw new IllegalArgumentException(
                    consumerName + " does not consume " + EventTypes.topic(type) + ", where " + type + " is published");
        }
        if (byType.putIfAbsent(type, new Registration<>(javaType, handler)) != null) {
            throw new IllegalStateException(consumerName + " has two handlers for " + type);
        }
        return this;
    }

    /** Handles every type in {@code types} (all on this consumer's topics) with one handler of the event. */
    public TypedHandlers onEach(List<String> types, Consumer<IncomingEvent> handler) {
        for (String type : types) {
            register(type, EventTypes.javaType(type), handler);
        }
        return this;
    }

    private <T extends Event> void register(String type, Class<T> javaType, Consumer<IncomingEvent> handler) {
        on(type, javaType, (T data, IncomingEvent event) -> handler.accept(event));
    }

    @Override
    public String consumerName() {
        return consumerName;
    }

    /** The topics whose events this consumer receives. */
    public Set<String> topics() {
        return topics;
    }

    /** The event types with a handler. */
    public Set<String> types() {
        return Set.copyOf(byType.keySet());
    }

    @Override
    public void handle(IncomingEvent event) {
        Registration<?> registration = byType.get(event.type());
        if (registration != null) {
            registration.handle(event);
        }
    }
}
