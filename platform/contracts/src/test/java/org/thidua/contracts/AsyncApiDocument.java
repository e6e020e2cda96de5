package org.thidua.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Renders {@code docs/asyncapi.yaml} (AsyncAPI 3.0.0) from the event catalogue ({@link EventTypes}, {@link Topics})
 * and the JSON Schemas, so the document cannot drift from the contracts. {@code AsyncApiDocumentTest} fails when the
 * committed document differs and rewrites it when run with {@code -Dasyncapi.write=true}.
 */
final class AsyncApiDocument {

    static final String REGENERATE =
            "./mvnw -B -q -f platform/contracts/pom.xml test -Dtest=AsyncApiDocumentTest -Dasyncapi.write=true";

    /** Who consumes each topic (docs/events.md); each service is its own consumer group. */
    static final Map<String, List<String>> CONSUMERS = consumers();

    static final String KAFKA_BINDING_VERSION = "0.5.0";
    private static final String TRACEPARENT_EXAMPLE = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AsyncApiDocument() {}

    private static Map<String, List<String>> consumers() {
        Map<String, List<String>> consumers = new LinkedHashMap<>();
        consumers.put("campaigns-service", List.of(Topics.UNITS, Topics.GROUPS));
        consumers.put("awards-service", List.of(Topics.UNITS, Topics.GROUPS, Topics.REVIEWS));
        consumers.put(
                "notifications-service",
                List.of(
                        Topics.UNITS,
                        Topics.GROUPS,
                        Topics.CAMPAIGNS,
                        Topics.REGISTRATIONS,
                        Topics.REVIEWS,
                        Topics.AWARDS));
        return consumers;
    }

    static String yaml() {
        return YamlWriter.write(tree(), """
                AsyncAPI 3.0.0 description of the Thidua event streams.
                GENERATED from platform/contracts (the event catalogue EventTypes and Topics, and the JSON Schemas under
                platform/contracts/src/main/resources/org/thidua/contracts/schemas) by AsyncApiDocument. Do not edit by
                hand: change the contracts, then regenerate with
                  %s
                The contracts build parses this file with @asyncapi/parser (platform/contracts/src/test/asyncapi).
                """.formatted(REGENERATE));
    }

    static ObjectNode tree() {
        ObjectNode doc = NODES.objectNode();
        doc.put("asyncapi", "3.0.0");
        doc.put("id", "urn:org:thidua:events");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Thidua events");
        info.put("version", "1.0.0");
        info.put("description", DESCRIPTION);
        ArrayNode tags = info.putArray("tags");
        for (String service : services()) {
            tags.addObject().put("name", service).put("description", "Operations of " + service);
        }
        doc.put("defaultContentType", "application/json");

        ObjectNode local = doc.putObject("servers").putObject("local");
        local.put("host", "127.0.0.1:9092");
        local.put("protocol", "kafka");
        local.put("title", "Local broker");
        local.put(
                "description",
                "The single-node Kafka broker (KRaft) of the local stack: the embedded one that "
                        + "./thidua starts, or the one of docker-compose.yml. Plain text, no authentication.");

        ObjectNode channels = doc.putObject("channels");
        ObjectNode operations = doc.putObject("operations");
        ObjectNode components = doc.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        schemas.set("CloudEventsHeaders", cloudEventsHeaders());
        schemas.set("DeadLetterHeaders", deadLetterHeaders());
        ObjectNode messages = components.putObject("messages");

        for (String topic : Topics.ALL) {
            String channelId = channelId(topic);
            String publisher = Topics.publisher(topic);
            ObjectNode channel = channels.putObject(channelId);
            channel.put("address", topic);
            channel.put("title", topic);
            channel.put(
                    "description",
                    "Published by " + publisher + " through its transactional outbox; key and "
                            + "ce_subject = the aggregate id named by each message, so the events of one aggregate keep their "
                            + "order. Consumed by " + consumersOf(topic) + ".");
            ObjectNode channelMessages = channel.putObject("messages");
            ArrayNode sent = NODES.arrayNode();
            for (String type : EventTypes.onTopic(topic)) {
                String messageId = messageId(type);
                channelMessages.putObject(messageId).put("$ref", "#/components/messages/" + messageId);
                sent.addObject().put("$ref", "#/channels/" + channelId + "/messages/" + messageId);
                messages.set(messageId, message(type));
            }
            channel.set("bindings", kafkaTopic(topic));

            ObjectNode send = operations.putObject(camel(publisher) + "Sends" + capitalise(channelId));
            send.put("action", "send");
            send.putObject("channel").put("$ref", "#/channels/" + channelId);
            send.put("title", publisher + " publishes " + topic);
            send.put(
                    "summary",
                    "Relayed from the outbox after commit: idempotent producer, acks=all, in order per key.");
            send.putArray("tags").addObject().put("name", publisher);
            send.set("messages", sent);
            for (Map.Entry<String, List<String>> consumer : CONSUMERS.entrySet()) {
                if (consumer.getValue().contains(topic)) {
                    ObjectNode receive =
                            operations.putObject(camel(consumer.getKey()) + "Receives" + capitalise(channelId));
                    receive.put("action", "receive");
                    receive.putObject("channel").put("$ref", "#/channels/" + channelId);
                    receive.put("title", consumer.getKey() + " consumes " + topic);
                    receive.put(
                            "summary",
                            "Idempotent consumer (processed_event), consumer group "
                                    + consumer.getKey() + "; poison records go to "
                                    + Topics.deadLetters(consumer.getKey()) + ".");
                    receive.putArray("tags").addObject().put("name", consumer.getKey());
                    receive.set("bindings", kafkaConsumerGroup(consumer.getKey()));
                }
            }
        }

        messages.set("deadLetter", deadLetterMessage());
        for (String service : CONSUMERS.keySet()) {
            String topic = Topics.deadLetters(service);
            String channelId = camel(service) + "DeadLetters";
            ObjectNode channel = channels.putObject(channelId);
            channel.put("address", topic);
            channel.put("title", topic);
            channel.put(
                    "description",
                    "Dead letters of " + service + ": records its consumers gave up on (bad JSON, "
                            + "unknown type, schema violation, a bug), copied here with their original headers and value plus "
                            + "thidua_dlq_* headers; the partition they came from moves on. The service also keeps them in its "
                            + "dead_letter table, listed and replayed by GET/POST /api/v1/dead-letters.");
            channel.putObject("messages").putObject("deadLetter").put("$ref", "#/components/messages/deadLetter");
            channel.set("bindings", kafkaTopic(topic));
            ObjectNode send = operations.putObject(camel(service) + "SendsDeadLetters");
            send.put("action", "send");
            send.putObject("channel").put("$ref", "#/channels/" + channelId);
            send.put("title", service + " dead-letters a poison record");
            send.putArray("tags").addObject().put("name", service);
            send.putArray("messages").addObject().put("$ref", "#/channels/" + channelId + "/messages/deadLetter");
        }
        return doc;
    }

    private static List<String> services() {
        return List.of("units-service", "campaigns-service", "awards-service", "notifications-service");
    }

    private static String consumersOf(String topic) {
        List<String> consumers = CONSUMERS.entrySet().stream()
                .filter(e -> e.getValue().contains(topic))
                .map(Map.Entry::getKey)
                .toList();
        return consumers.isEmpty() ? "no service yet" : String.join(", ", consumers);
    }

    private static ObjectNode message(String type) {
        JsonNode schema = schema(type);
        String topic = EventTypes.topic(type);
        String source = "/" + Topics.publisher(topic);
        String key = EventTypes.keyProperty(type);
        String name = EventTypes.javaType(type).getSimpleName();
        ObjectNode message = NODES.objectNode();
        message.put("name", name);
        message.put("title", words(name));
        message.put("summary", summary(schema.path("description").asText()));
        message.put("contentType", "application/json");
        ObjectNode headers = message.putObject("headers");
        headers.put("type", "object");
        ArrayNode allOf = headers.putArray("allOf");
        allOf.addObject().put("$ref", "#/components/schemas/CloudEventsHeaders");
        ObjectNode own = allOf.addObject();
        own.put("type", "object");
        ObjectNode ownProperties = own.putObject("properties");
        ownProperties.putObject("ce_type").put("const", type);
        ownProperties.putObject("ce_source").put("const", source);
        message.set("payload", schema);
        ObjectNode kafka = message.putObject("bindings").putObject("kafka");
        kafka.putObject("key")
                .put("type", "string")
                .put("format", "uuid")
                .put("description", "The aggregate id: the payload's " + key);
        kafka.put("bindingVersion", KAFKA_BINDING_VERSION);
        ArrayNode examples = message.putArray("examples");
        int n = 0;
        for (JsonNode payload : schema.path("examples")) {
            ObjectNode example = examples.addObject();
            example.put("name", name.substring(0, 1).toLowerCase() + name.substring(1) + (++n));
            ObjectNode exampleHeaders = example.putObject("headers");
            exampleHeaders.put("ce_specversion", "1.0");
            exampleHeaders.put(
                    "ce_id",
                    UUID.nameUUIDFromBytes((type + n).getBytes(StandardCharsets.UTF_8))
                            .toString());
            exampleHeaders.put("ce_source", source);
            exampleHeaders.put("ce_type", type);
            exampleHeaders.put(
                    "ce_time",
                    payload.has("occurredAt")
                            ? payload.get("occurredAt").asText()
                            : payload.path("registeredAt").asText());
            exampleHeaders.put("ce_subject", payload.path(key).asText());
            exampleHeaders.put("content-type", "application/json");
            exampleHeaders.put("traceparent", TRACEPARENT_EXAMPLE);
            example.set("payload", payload);
        }
        return message;
    }

    private static ObjectNode cloudEventsHeaders() {
        ObjectNode headers = NODES.objectNode();
        headers.put("type", "object");
        headers.put(
                "description",
                "CloudEvents 1.0, Kafka protocol binding, binary content mode, plus W3C trace "
                        + "context. Header values are UTF-8 strings.");
        headers.set(
                "required",
                strings("ce_specversion", "ce_id", "ce_source", "ce_type", "ce_time", "ce_subject", "content-type"));
        ObjectNode properties = headers.putObject("properties");
        properties.putObject("ce_specversion").put("type", "string").put("const", "1.0");
        properties
                .putObject("ce_id")
                .put("type", "string")
                .put("format", "uuid")
                .put("description", "Unique id of the event; consumers deduplicate on it (processed_event)");
        properties
                .putObject("ce_source")
                .put("type", "string")
                .put("pattern", "^/[a-z-]+-service$")
                .put("description", "The publishing service, e.g. /units-service");
        properties
                .putObject("ce_type")
                .put("type", "string")
                .put("pattern", "^thidua\\.[a-z]+(\\.[a-z]+)+\\.v[0-9]+$")
                .put("description", "The event type; names the JSON Schema of the value");
        properties
                .putObject("ce_time")
                .put("type", "string")
                .put("format", "date-time")
                .put("description", "When the event happened (RFC 3339)");
        properties
                .putObject("ce_subject")
                .put("type", "string")
                .put("description", "The aggregate id, equal to the record key");
        properties.putObject("content-type").put("type", "string").put("const", "application/json");
        properties
                .putObject("traceparent")
                .put("type", "string")
                .put("pattern", "^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$")
                .put(
                        "description",
                        "W3C Trace Context (OpenTelemetry) of the relay's PRODUCER span, child of the"
                                + " request or event that caused this one; absent when tracing is off and nothing caused it"
                                + " (ADR 94)");
        headers.put("additionalProperties", true);
        return headers;
    }

    private static ObjectNode deadLetterHeaders() {
        ObjectNode headers = NODES.objectNode();
        headers.put("type", "object");
        headers.put(
                "description",
                "The original record's headers (ce_*, content-type, traceparent), kept as they "
                        + "were, plus what the consumer knew when it gave up. Header values are UTF-8 strings.");
        headers.set(
                "required",
                strings(
                        "thidua_dlq_original_topic",
                        "thidua_dlq_original_partition",
                        "thidua_dlq_original_offset",
                        "thidua_dlq_consumer",
                        "thidua_dlq_exception_class",
                        "thidua_dlq_exception_message"));
        ObjectNode properties = headers.putObject("properties");
        properties
                .putObject("thidua_dlq_original_topic")
                .put("type", "string")
                .put("description", "Topic the record came from");
        properties
                .putObject("thidua_dlq_original_partition")
                .put("type", "string")
                .put("pattern", "^[0-9]+$")
                .put("description", "Its partition, in decimal");
        properties
                .putObject("thidua_dlq_original_offset")
                .put("type", "string")
                .put("pattern", "^[0-9]+$")
                .put("description", "Its offset, in decimal");
        properties
                .putObject("thidua_dlq_original_key")
                .put("type", "string")
                .put("description", "Its key; absent when the record had none");
        properties
                .putObject("thidua_dlq_consumer")
                .put("type", "string")
                .put("description", "The consumer that gave up, e.g. notifications.recipients");
        properties
                .putObject("thidua_dlq_exception_class")
                .put("type", "string")
                .put("description", "Class of the error, e.g. org.thidua.messaging.PoisonRecordException");
        properties
                .putObject("thidua_dlq_exception_message")
                .put("type", "string")
                .put("maxLength", 4000)
                .put("description", "The error message, at most 4000 characters; empty when there was none");
        headers.put("additionalProperties", true);
        return headers;
    }

    private static ObjectNode deadLetterMessage() {
        ObjectNode message = NODES.objectNode();
        message.put("name", "DeadLetter");
        message.put("title", "Dead letter");
        message.put("summary", "A record a consumer gave up on: its original value and headers, and why.");
        message.putObject("headers").put("$ref", "#/components/schemas/DeadLetterHeaders");
        message.putObject("payload")
                .put(
                        "description",
                        "The original record's value, byte for byte: usually the "
                                + "event's JSON data, but a poison record may not be JSON at all. Its content-type header is kept.");
        ObjectNode kafka = message.putObject("bindings").putObject("kafka");
        kafka.putObject("key").put("type", "string").put("description", "The original record's key");
        kafka.put("bindingVersion", KAFKA_BINDING_VERSION);
        ObjectNode example = message.putArray("examples").addObject();
        example.put("name", "unknownType");
        ObjectNode headers = example.putObject("headers");
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", "5b0e6a4c-2f7d-4e1a-9c3b-8d2f1e0a7c65");
        headers.put("ce_source", "/units-service");
        headers.put("ce_type", "thidua.unit.renamed.v1");
        headers.put("ce_time", "2019-07-18T03:00:00Z");
        headers.put("ce_subject", "0f8b1c52-3a0e-4a53-9a62-1f2f0c1e9d11");
        headers.put("content-type", "application/json");
        headers.put("thidua_dlq_original_topic", Topics.UNITS);
        headers.put("thidua_dlq_original_partition", "3");
        headers.put("thidua_dlq_original_offset", "1842");
        headers.put("thidua_dlq_original_key", "0f8b1c52-3a0e-4a53-9a62-1f2f0c1e9d11");
        headers.put("thidua_dlq_consumer", "notifications.recipients");
        headers.put("thidua_dlq_exception_class", "org.thidua.messaging.PoisonRecordException");
        headers.put("thidua_dlq_exception_message", "Unknown event type: thidua.unit.renamed.v1");
        example.putObject("payload")
                .put("unitId", "0f8b1c52-3a0e-4a53-9a62-1f2f0c1e9d11")
                .put("name", "Văn phòng Đoàn ĐBQH và HĐND tỉnh Thanh Hóa");
        return message;
    }

    private static ObjectNode kafkaTopic(String topic) {
        ObjectNode bindings = NODES.objectNode();
        ObjectNode kafka = bindings.putObject("kafka");
        kafka.put("topic", topic);
        kafka.put("partitions", 6);
        kafka.put("bindingVersion", KAFKA_BINDING_VERSION);
        return bindings;
    }

    private static ObjectNode kafkaConsumerGroup(String group) {
        ObjectNode bindings = NODES.objectNode();
        ObjectNode kafka = bindings.putObject("kafka");
        kafka.putObject("groupId").put("type", "string").put("const", group);
        kafka.put("bindingVersion", KAFKA_BINDING_VERSION);
        return bindings;
    }

    static JsonNode schema(String type) {
        try (InputStream in =
                AsyncApiDocument.class.getClassLoader().getResourceAsStream(EventTypes.schemaPath(type))) {
            if (in == null) {
                throw new IllegalStateException("No JSON Schema for " + type);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code thidua.units.v1} → {@code units}. */
    static String channelId(String topic) {
        return topic.substring("thidua.".length(), topic.lastIndexOf('.'));
    }

    /** {@code thidua.unit.registered.v1} → {@code unitRegistered} (after the Java type). */
    static String messageId(String type) {
        String name = EventTypes.javaType(type).getSimpleName();
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static String summary(String description) {
        int topic = description.indexOf(" Topic ");
        return topic < 0 ? description : description.substring(0, topic);
    }

    /** {@code ScoreSheetSubmitted} → {@code Score sheet submitted}. */
    private static String words(String name) {
        return name.charAt(0) + name.substring(1).replaceAll("([A-Z])", " $1").toLowerCase();
    }

    /** {@code units-service} → {@code unitsService}. */
    static String camel(String kebab) {
        StringBuilder text = new StringBuilder();
        for (String part : kebab.split("-")) {
            text.append(text.isEmpty() ? part : capitalise(part));
        }
        return text.toString();
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static ArrayNode strings(String... values) {
        ArrayNode array = NODES.arrayNode();
        for (String value : values) {
            array.add(value);
        }
        return array;
    }

    private static final String DESCRIPTION = """
            The events the Thidua services (units, campaigns, awards, notifications) publish to each other on Kafka.
            No service reads another's tables: each keeps local projections of what it needs from these streams.

            **Topics.** One topic per stream, `thidua.<stream>.v1`, created idempotently at start-up with the
            configured partitions (6 by default) and replication factor. Each service also has a dead-letter topic,
            `thidua.<service>.dlq`.

            **Record key.** The aggregate id (a UUID string), equal to the `ce_subject` header, so the events of one
            aggregate are in order. Ordering across aggregates, topics or services is never assumed.

            **Envelope.** CloudEvents 1.0 in Kafka binary content mode. Headers (UTF-8 strings):

            | header | value |
            |---|---|
            | `ce_specversion` | `1.0` |
            | `ce_id` | a UUID, unique per event; consumers deduplicate on it |
            | `ce_source` | the publishing service, e.g. `/units-service` |
            | `ce_type` | the event type, e.g. `thidua.unit.registered.v1`; it names the JSON Schema of the value |
            | `ce_time` | when the event happened (RFC 3339) |
            | `ce_subject` | the aggregate id, equal to the record key |
            | `content-type` | `application/json` |
            | `traceparent` | W3C Trace Context of the relay's PRODUCER span (OpenTelemetry, ADR 94), when there is a trace |

            **Value.** The event's data as JSON (UTF-8), described by the JSON Schema (2020-12) of its type in
            `platform/contracts`; each message's payload below is that schema, verbatim. Ids are UUID strings,
            instants RFC 3339 UTC, dates ISO `yyyy-MM-dd`, decimals (points) strings such as `"95.50"`, money whole
            VND integers.

            **Compatibility.** Within a version a type only gains optional properties (every schema allows
            additional properties, and readers ignore the ones they do not know). Anything else, including a new
            enum value, a new required property, a removed or renamed property, or a changed meaning, is a new type
            `….v2`, published alongside `….v1` until every consumer has moved.

            **Delivery.** At least once. Producers use a transactional outbox relayed with an idempotent producer
            (`acks=all`); consumers are idempotent (`processed_event(consumer, event_id)`) and commit offsets after
            their transaction. A record a consumer cannot process (bad JSON, unknown type, schema violation, a bug)
            goes to the consumer's dead-letter topic with the original topic, partition, offset, key and the error
            in `thidua_dlq_*` headers; the partition moves on.
            """;
}
