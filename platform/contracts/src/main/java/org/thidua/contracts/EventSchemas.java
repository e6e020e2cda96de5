package org.thidua.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Validates an event's JSON data against the JSON Schema of its type. Thread-safe; schemas are loaded once. */
public final class EventSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {}

    /** The violations of {@code json} against the schema of {@code type}; empty when valid. */
    public static List<String> violations(String type, byte[] json) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
        if (node == null) {
            return List.of("not JSON: empty");
        }
        return violations(type, node);
    }

    public static List<String> violations(String type, JsonNode json) {
        List<String> result = new ArrayList<>();
        for (ValidationMessage message : schema(type).validate(json)) {
            result.add(message.getMessage());
        }
        return result;
    }

    /** The {@code examples} the schema of {@code type} documents. */
    public static List<JsonNode> examples(String type) {
        List<JsonNode> examples = new ArrayList<>();
        schema(type).getSchemaNode().path("examples").forEach(examples::add);
        return examples;
    }

    private static JsonSchema schema(String type) {
        if (!EventTypes.isKnown(type)) {
            throw new IllegalArgumentException("Unknown event type: " + type);
        }
        return SCHEMAS.computeIfAbsent(type, EventSchemas::load);
    }

    private static JsonSchema load(String type) {
        String path = EventTypes.schemaPath(type);
        try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("No JSON Schema on the class path at " + path);
            }
            return FACTORY.getSchema(JSON.readTree(in), CONFIG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
