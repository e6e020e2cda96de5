package org.thidua.contracts;

/**
 * A fact that happened in one service, published for the others. Implementations are records named in the
 * past tense; their components are the event's JSON data, described by the schema at {@link EventTypes#schemaPath}.
 */
public interface Event {

    /** The CloudEvents {@code type}, e.g. {@code thidua.unit.registered.v1}. */
    String type();

    /** The topic the event goes to. */
    String topic();

    /** The aggregate id: the record key and the CloudEvents {@code subject}. */
    String subject();
}
