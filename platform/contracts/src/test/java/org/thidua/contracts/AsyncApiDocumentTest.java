package org.thidua.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code docs/asyncapi.yaml} documents every event type on its topic's channel with its schema as the payload.
 * The document's syntax and references are checked by the official parser (validate.mjs, run by the build).
 */
class AsyncApiDocumentTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path DOCUMENT = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
            .resolve("../../docs/asyncapi.yaml")
            .normalize();

    private static JsonNode doc;

    @BeforeAll
    static void read() throws IOException {
        if (Boolean.getBoolean("asyncapi.write")) {
            Files.writeString(DOCUMENT, AsyncApiDocument.yaml(), StandardCharsets.UTF_8);
        }
        assertThat(DOCUMENT).as("the AsyncAPI document").exists();
        doc = YAML.readTree(DOCUMENT.toFile());
    }

    static List<String> types() {
        return EventTypes.all();
    }

    @Test
    void theCommittedDocumentIsTheOneTheContractsGenerate() {
        assertThat(doc)
                .as("docs/asyncapi.yaml is out of date; regenerate it with%n  %s%n", AsyncApiDocument.REGENERATE)
                .isEqualTo(AsyncApiDocument.tree());
    }

    @Test
    void theGeneratedYamlReadsBackAsTheTree() throws IOException {
        assertThat(YAML.readTree(AsyncApiDocument.yaml())).isEqualTo(AsyncApiDocument.tree());
    }

    @Test
    void describesTheSuiteOnTheLocalBroker() {
        assertThat(doc.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(doc.path("info").path("title").asText()).isEqualTo("Thidua events");
        assertThat(doc.path("info").path("version").asText()).isEqualTo("1.0.0");
        assertThat(doc.path("info").path("description").asText())
                .contains(
                        "ce_specversion",
                        "ce_id",
                        "ce_source",
                        "ce_type",
                        "ce_time",
                        "ce_subject",
                        "content-type",
                        "traceparent",
                        "6 by default");
        assertThat(doc.path("servers").path("local").path("host").asText()).isEqualTo("127.0.0.1:9092");
        assertThat(doc.path("servers").path("local").path("protocol").asText()).isEqualTo("kafka");
    }

    @Test
    void oneChannelPerTopicAndPerDeadLetterTopic() {
        List<String> addresses = new ArrayList<>();
        doc.path("channels")
                .forEach(channel -> addresses.add(channel.path("address").asText()));
        List<String> expected = new ArrayList<>(Topics.ALL);
        AsyncApiDocument.CONSUMERS.keySet().forEach(service -> expected.add(Topics.deadLetters(service)));
        assertThat(addresses).containsExactlyInAnyOrderElementsOf(expected);
        doc.path("channels").forEach(channel -> {
            JsonNode kafka = channel.path("bindings").path("kafka");
            assertThat(kafka.path("topic").asText())
                    .isEqualTo(channel.path("address").asText());
            assertThat(kafka.path("partitions").asInt()).isGreaterThanOrEqualTo(6);
        });
    }

    @ParameterizedTest
    @MethodSource("types")
    void everyTypeIsAMessageOfItsTopicsChannelWithItsSchemaAsPayload(String type) {
        List<String> messageIds = messagesOfType(type);
        assertThat(messageIds).as("component messages with ce_type %s", type).hasSize(1);
        String messageRef = "#/components/messages/" + messageIds.get(0);
        List<String> channelsWithIt = new ArrayList<>();
        doc.path("channels")
                .fields()
                .forEachRemaining(channel -> channel.getValue().path("messages").forEach(ref -> {
                    if (ref.path("$ref").asText().equals(messageRef)) {
                        channelsWithIt.add(channel.getValue().path("address").asText());
                    }
                }));
        assertThat(channelsWithIt).as("channels carrying %s", type).containsExactly(EventTypes.topic(type));

        JsonNode message = doc.path("components").path("messages").path(messageIds.get(0));
        assertThat(message.path("payload"))
                .as("payload of %s = its schema file", type)
                .isEqualTo(AsyncApiDocument.schema(type));
        assertThat(message.path("contentType").asText()).isEqualTo("application/json");
        JsonNode key = message.path("bindings").path("kafka").path("key");
        assertThat(key.path("type").asText()).isEqualTo("string");
        assertThat(message.path("headers").path("allOf").get(0).path("$ref").asText())
                .isEqualTo("#/components/schemas/CloudEventsHeaders");
        JsonNode own = message.path("headers").path("allOf").get(1).path("properties");
        assertThat(own.path("ce_source").path("const").asText())
                .isEqualTo("/" + Topics.publisher(EventTypes.topic(type)));
    }

    @ParameterizedTest
    @MethodSource("types")
    void messageExamplesCarryValidDataAndMatchingHeaders(String type) {
        JsonNode message = doc.path("components")
                .path("messages")
                .path(messagesOfType(type).get(0));
        assertThat(message.path("examples")).isNotEmpty();
        for (JsonNode example : message.path("examples")) {
            JsonNode payload = example.path("payload");
            JsonNode headers = example.path("headers");
            assertThat(EventSchemas.violations(type, payload))
                    .as("%s example %s", type, example.path("name"))
                    .isEmpty();
            assertThat(headers.path("ce_specversion").asText()).isEqualTo("1.0");
            assertThat(headers.path("ce_type").asText()).isEqualTo(type);
            assertThat(headers.path("ce_source").asText()).isEqualTo("/" + Topics.publisher(EventTypes.topic(type)));
            assertThat(headers.path("ce_subject").asText())
                    .isEqualTo(payload.path(EventTypes.keyProperty(type)).asText());
            assertThat(headers.path("content-type").asText()).isEqualTo("application/json");
        }
    }

    @Test
    void eachPublisherSendsEveryMessageOfItsTopics() {
        for (String topic : Topics.ALL) {
            String channelRef = "#/channels/" + channelIdOf(topic);
            List<JsonNode> sends = new ArrayList<>();
            doc.path("operations").forEach(operation -> {
                if (operation.path("action").asText().equals("send")
                        && operation.path("channel").path("$ref").asText().equals(channelRef)) {
                    sends.add(operation);
                }
            });
            assertThat(sends).as("send operations on %s", topic).hasSize(1);
            JsonNode send = sends.get(0);
            assertThat(send.path("tags").get(0).path("name").asText()).isEqualTo(Topics.publisher(topic));
            assertThat(send.path("messages")).hasSize(EventTypes.onTopic(topic).size());
            Set<String> sent = new HashSet<>();
            send.path("messages").forEach(ref -> sent.add(ref.path("$ref").asText()));
            for (String type : EventTypes.onTopic(topic)) {
                assertThat(sent)
                        .contains(
                                channelRef + "/messages/" + messagesOfType(type).get(0));
            }
        }
    }

    @Test
    void deadLettersCarryTheOriginalPlaceAndTheError() {
        JsonNode headers =
                doc.path("components").path("schemas").path("DeadLetterHeaders").path("properties");
        assertThat(Stream.of(
                                "original_topic",
                                "original_partition",
                                "original_offset",
                                "original_key",
                                "consumer",
                                "exception_class",
                                "exception_message")
                        .map(name -> "thidua_dlq_" + name))
                .allSatisfy(name -> assertThat(headers.has(name)).as(name).isTrue());
        for (String service : AsyncApiDocument.CONSUMERS.keySet()) {
            JsonNode channel = doc.path("channels").path(AsyncApiDocument.camel(service) + "DeadLetters");
            assertThat(channel.path("address").asText()).isEqualTo(Topics.deadLetters(service));
        }
    }

    @Test
    void everyTypeIsARowOfTheEventsTable() throws IOException {
        Path events = DOCUMENT.resolveSibling("events.md");
        List<String> rows = Files.readAllLines(events, StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("| `thidua."))
                .toList();
        assertThat(rows).hasSize(EventTypes.all().size());
        for (String type : EventTypes.all()) {
            String topic = EventTypes.topic(type);
            assertThat(rows)
                    .as("row of %s in docs/events.md", type)
                    .anySatisfy(row -> assertThat(row)
                            .startsWith("| `" + type + "` | `" + topic + "` | `" + EventTypes.keyProperty(type) + "` | "
                                    + Topics.publisher(topic) + " |"));
        }
    }

    private static List<String> messagesOfType(String type) {
        List<String> ids = new ArrayList<>();
        for (Map.Entry<String, JsonNode> message :
                iterable(doc.path("components").path("messages"))) {
            JsonNode allOf = message.getValue().path("headers").path("allOf");
            for (JsonNode part : allOf) {
                if (part.path("properties")
                        .path("ce_type")
                        .path("const")
                        .asText()
                        .equals(type)) {
                    ids.add(message.getKey());
                }
            }
        }
        return ids;
    }

    private static String channelIdOf(String topic) {
        for (Map.Entry<String, JsonNode> channel : iterable(doc.path("channels"))) {
            if (channel.getValue().path("address").asText().equals(topic)) {
                return channel.getKey();
            }
        }
        throw new AssertionError("No channel with address " + topic);
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }
}
