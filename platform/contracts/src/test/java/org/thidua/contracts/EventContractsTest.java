package org.thidua.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.thidua.contracts.registrations.ScoreSheetApproved;
import org.thidua.contracts.reviews.ReviewPeriodFinalized;
import org.thidua.contracts.units.UnitKind;
import org.thidua.contracts.units.UnitRegistered;

/** Each event's Java record and JSON Schema describe the same data, and the catalogue knows every event. */
class EventContractsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Keywords the schemas may use: those that mean the same in JSON Schema 2020-12 (what {@link EventSchemas}
     * validates with) and in draft-07 (what the AsyncAPI schema format is a superset of). No {@code $ref}: a schema
     * is inlined in docs/asyncapi.yaml, where a local reference would point into the wrong document.
     */
    private static final Set<String> KEYWORDS = Set.of(
            "$schema",
            "$id",
            "title",
            "description",
            "type",
            "required",
            "properties",
            "additionalProperties",
            "items",
            "enum",
            "const",
            "format",
            "pattern",
            "minLength",
            "maxLength",
            "minimum",
            "maximum",
            "minItems",
            "maxItems",
            "uniqueItems",
            "if",
            "then",
            "else",
            "examples");

    static List<String> types() {
        return EventTypes.all();
    }

    @ParameterizedTest
    @MethodSource("types")
    void schemaExamplesAreValid(String type) {
        List<JsonNode> examples = EventSchemas.examples(type);
        assertThat(examples).as("examples of %s", type).isNotEmpty();
        for (JsonNode example : examples) {
            assertThat(EventSchemas.violations(type, example))
                    .as("%s example %s", type, example)
                    .isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("types")
    void examplesReadIntoTheRecordAndWriteBackToTheSameValidJson(String type) throws IOException {
        Class<? extends Event> javaType = EventTypes.javaType(type);
        for (JsonNode example : EventSchemas.examples(type)) {
            Event event = EventJson.read(JSON.writeValueAsBytes(example), javaType);
            byte[] written = EventJson.write(event);
            assertThat(EventSchemas.violations(type, written))
                    .as("%s written back from %s", type, example)
                    .isEmpty();
            assertThat(withoutNulls(JSON.readTree(written)))
                    .as("%s written back", type)
                    .isEqualTo(withoutNulls(example));
        }
    }

    @ParameterizedTest
    @MethodSource("types")
    void optionalPropertiesMayBeLeftOut(String type) throws IOException {
        JsonNode schema = schema(type);
        Set<String> kept = required(schema);
        kept.addAll(required(schema.path("then"))); // required under a condition, e.g. memberId of a MEMBER award
        for (JsonNode example : EventSchemas.examples(type)) {
            ObjectNode minimal = ((ObjectNode) example.deepCopy());
            minimal.retain(kept);
            assertThat(EventSchemas.violations(type, minimal))
                    .as("%s with required properties only", type)
                    .isEmpty();
            Event event = EventJson.read(JSON.writeValueAsBytes(minimal), EventTypes.javaType(type));
            assertThat(EventSchemas.violations(type, EventJson.write(event)))
                    .as("%s read from its required properties and written back (nulls must be allowed)", type)
                    .isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("types")
    void theRecordSaysItsTypeTopicAndKey(String type) throws Exception {
        Class<? extends Event> javaType = EventTypes.javaType(type);
        assertThat(type).matches("thidua\\.[a-z]+(\\.[a-z]+)+\\.v1");
        assertThat(javaType.getField("TYPE").get(null)).isEqualTo(type);
        assertThat(EventTypes.topic(type)).isIn(Topics.ALL);
        assertThat(Topics.publisher(EventTypes.topic(type))).endsWith("-service");
        for (JsonNode example : EventSchemas.examples(type)) {
            Event event = EventJson.read(JSON.writeValueAsBytes(example), javaType);
            assertThat(event.type()).isEqualTo(type);
            assertThat(event.topic()).isEqualTo(EventTypes.topic(type)).isIn(Topics.ALL);
            assertThat(event.subject())
                    .as("subject of %s", type)
                    .isEqualTo(example.get(EventTypes.keyProperty(type)).asText());
        }
    }

    @ParameterizedTest
    @MethodSource("types")
    void theSchemaDescribesExactlyTheRecordsComponents(String type) {
        SoftAssertions softly = new SoftAssertions();
        checkObject(softly, EventTypes.javaType(type), schema(type), type);
        softly.assertAll();
    }

    @ParameterizedTest
    @MethodSource("types")
    void theSchemaFollowsTheConventions(String type) {
        JsonNode schema = schema(type);
        Class<? extends Event> javaType = EventTypes.javaType(type);
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$id").asText()).isEqualTo("https://thidua.org/schemas/" + type + ".json");
        assertThat(schema.path("title").asText()).isEqualTo(javaType.getSimpleName());
        assertThat(schema.path("description").asText())
                .contains("Topic " + EventTypes.topic(type) + ", key and ce_subject = " + EventTypes.keyProperty(type)
                        + ".");
        assertThat(required(schema)).contains(EventTypes.keyProperty(type));
        assertThat(schema.path("properties")
                        .path(EventTypes.keyProperty(type))
                        .path("format")
                        .asText())
                .isEqualTo("uuid");
        List<String> problems = new ArrayList<>();
        checkKeywords(schema, type, problems);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyEventHappenedAtAnInstant() {
        for (String type : EventTypes.all()) {
            Map<String, Class<?>> components = Arrays.stream(
                            EventTypes.javaType(type).getRecordComponents())
                    .collect(Collectors.toMap(RecordComponent::getName, RecordComponent::getType));
            String timestamp = type.equals(UnitRegistered.TYPE) ? "registeredAt" : "occurredAt";
            assertThat(components.get(timestamp)).as("%s.%s", type, timestamp).isEqualTo(Instant.class);
        }
    }

    @Test
    void eventsArePlainRecords() {
        for (String type : EventTypes.all()) {
            for (Class<?> type1 : withNested(EventTypes.javaType(type))) {
                assertThat(type1.getAnnotations())
                        .as("annotations of %s", type1)
                        .isEmpty();
                if (type1.isRecord()) {
                    for (RecordComponent component : type1.getRecordComponents()) {
                        assertThat(component.getAnnotations())
                                .as("annotations of %s.%s", type1, component)
                                .isEmpty();
                    }
                }
            }
            assertThat(EventTypes.javaType(type).isRecord())
                    .as("%s is a record", type)
                    .isTrue();
        }
    }

    @Test
    void everyEventClassAndEverySchemaIsCatalogued() throws IOException, URISyntaxException {
        Path classes = Path.of(
                Event.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> catalogued = new HashSet<>(EventTypes.all());
        Set<Class<?>> events = new HashSet<>();
        try (Stream<Path> files = Files.walk(classes.resolve("org/thidua/contracts"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file)
                        .toString()
                        .replace(file.getFileSystem().getSeparator(), ".");
                Class<?> candidate = load(name.substring(0, name.length() - ".class".length()));
                if (Event.class.isAssignableFrom(candidate) && !candidate.isInterface()) {
                    events.add(candidate);
                }
            }
        }
        assertThat(events).hasSize(catalogued.size());
        for (Class<?> event : events) {
            assertThat(catalogued).as("%s is catalogued", event).contains(typeOf(event));
            assertThat(EventTypes.javaType(typeOf(event))).isEqualTo(event);
        }
        Set<String> schemas;
        try (Stream<Path> files = Files.list(classes.resolve("org/thidua/contracts/schemas"))) {
            schemas = files.map(f -> f.getFileName().toString().replaceFirst("\\.json$", ""))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(schemas).containsExactlyInAnyOrderElementsOf(catalogued);
    }

    @Test
    void theCatalogueAnswersForEveryTopic() {
        assertThat(EventTypes.all()).isSorted().doesNotHaveDuplicates();
        assertThat(Topics.ALL.stream().flatMap(topic -> EventTypes.onTopic(topic).stream()))
                .containsExactlyInAnyOrderElementsOf(EventTypes.all());
        for (String topic : Topics.ALL) {
            assertThat(EventTypes.onTopic(topic))
                    .as("types on %s", topic)
                    .isNotEmpty()
                    .allSatisfy(type -> assertThat(EventTypes.topic(type)).isEqualTo(topic));
        }
        assertThat(Topics.publisher(Topics.UNITS)).isEqualTo("units-service");
        assertThat(Topics.publisher(Topics.GROUPS)).isEqualTo("units-service");
        assertThat(Topics.publisher(Topics.REVIEWS)).isEqualTo("campaigns-service");
        assertThat(EventTypes.isKnown(null)).isFalse();
        assertThat(EventTypes.isKnown("thidua.unit.renamed.v1")).isFalse();
    }

    @Test
    void rankingsInTheExamplesAreStandardCompetitionRankings() {
        List<JsonNode> examples = EventSchemas.examples(ReviewPeriodFinalized.TYPE);
        assertThat(examples).isNotEmpty();
        for (JsonNode example : examples) {
            ReviewPeriodFinalized finalized =
                    EventJson.read(example.toString().getBytes(), ReviewPeriodFinalized.class);
            assertThat(finalized.rankings()).isNotEmpty();
            for (ReviewPeriodFinalized.GroupRanking ranking : finalized.rankings()) {
                List<ReviewPeriodFinalized.RankingEntry> entries = ranking.entries();
                for (int i = 0; i < entries.size(); i++) {
                    BigDecimal points = entries.get(i).totalPoints();
                    long better = entries.stream()
                            .filter(e -> e.totalPoints().compareTo(points) > 0)
                            .count();
                    assertThat(entries.get(i).rank())
                            .as("rank of %s", entries.get(i).unitId())
                            .isEqualTo(better + 1);
                    if (i > 0) {
                        assertThat(entries.get(i - 1).totalPoints())
                                .as("best first")
                                .isGreaterThanOrEqualTo(points);
                    }
                }
            }
        }
    }

    @Test
    void decimalsAreWrittenAsPlainStrings() throws IOException {
        ScoreSheetApproved approved = new ScoreSheetApproved(
                "0a1b2c3d-4e5f-4061-a7b8-c9d0e1f2a3b4",
                "f6a7b8c9-d0e1-4c6d-97e8-f9a0b1c2d3e4",
                "d4e5f6a7-b8c9-4a4b-b5c6-d7e8f9a0b1c2",
                "0f8b1c52-3a0e-4a53-9a62-1f2f0c1e9d11",
                ReviewPeriod.YEAR_END,
                new BigDecimal("1E+2"),
                Instant.parse("2019-12-20T09:00:00Z"));
        JsonNode written = JSON.readTree(EventJson.write(approved));
        assertThat(written.get("approvedPoints").isTextual()).isTrue();
        assertThat(written.get("approvedPoints").asText()).isEqualTo("100");
        assertThat(EventSchemas.violations(ScoreSheetApproved.TYPE, written)).isEmpty();
        assertThat(EventJson.read(EventJson.write(approved), ScoreSheetApproved.class)
                        .approvedPoints())
                .isEqualByComparingTo("100");
    }

    @Test
    void aUnitRegisteredTheFirstWayHasNoKindParentOrProvince() {
        UnitRegistered registered = new UnitRegistered(
                "0f8b1c52-3a0e-4a53-9a62-1f2f0c1e9d11",
                "VPQH-TH",
                "Văn phòng Đoàn ĐBQH và HĐND tỉnh Thanh Hóa",
                null,
                "vi",
                true,
                Instant.parse("2019-07-18T02:50:00Z"));
        assertThat(registered.kind()).isNull();
        assertThat(registered.parentUnitId()).isNull();
        assertThat(registered.province()).isNull();
        assertThat(EventSchemas.violations(UnitRegistered.TYPE, EventJson.write(registered)))
                .isEmpty();
        UnitRegistered read = EventJson.read("""
                {"unitId":"0f8b1c52-3a0e-4a53-9a62-1f2f0c1e9d11","code":"VPQH-TH","name":"VP Thanh Hóa",
                 "language":"vi","active":true,"registeredAt":"2019-07-18T02:50:00Z","kind":"PROVINCIAL_OFFICE",
                 "province":"Thanh Hóa","addedInAFutureVersion":1}""".getBytes(), UnitRegistered.class);
        assertThat(read.kind()).isEqualTo(UnitKind.PROVINCIAL_OFFICE);
        assertThat(read.province()).isEqualTo("Thanh Hóa");
    }

    // --- the schema and the record, side by side --------------------------------------------------------------

    private static void checkObject(SoftAssertions softly, Class<?> record, JsonNode schema, String path) {
        softly.assertThat(record.isRecord()).as("%s is a record", path).isTrue();
        softly.assertThat(types(schema)).as("%s type", path).contains("object");
        softly.assertThat(schema.path("additionalProperties").asBoolean(false))
                .as("%s allows additional properties (additive changes)", path)
                .isTrue();
        Map<String, RecordComponent> components =
                Arrays.stream(record.getRecordComponents()).collect(Collectors.toMap(RecordComponent::getName, c -> c));
        Set<String> properties = new TreeSet<>();
        schema.path("properties").fieldNames().forEachRemaining(properties::add);
        Set<String> required = required(schema);
        softly.assertThat(components.keySet())
                .as("%s: record components required by the schema", path)
                .containsAll(required);
        softly.assertThat(properties)
                .as("%s: schema properties = record components", path)
                .containsExactlyInAnyOrderElementsOf(components.keySet());
        for (RecordComponent component : components.values()) {
            JsonNode property = schema.path("properties").path(component.getName());
            String at = path + "." + component.getName();
            if (property.isMissingNode()) {
                continue;
            }
            if (required.contains(component.getName())) {
                softly.assertThat(types(property))
                        .as("%s is required, so not null", at)
                        .doesNotContain("null");
            } else {
                softly.assertThat(component.getType().isPrimitive())
                        .as("%s is optional, so not primitive", at)
                        .isFalse();
                softly.assertThat(types(property))
                        .as("%s is optional, so it may be null", at)
                        .contains("null");
            }
            checkType(softly, component.getGenericType(), property, at);
        }
    }

    private static void checkType(SoftAssertions softly, Type type, JsonNode schema, String path) {
        Class<?> raw = type instanceof ParameterizedType parameterized
                ? (Class<?>) parameterized.getRawType()
                : (Class<?>) type;
        Set<String> types = types(schema);
        types.remove("null");
        if (raw == String.class) {
            softly.assertThat(types).as("%s type", path).containsExactly("string");
        } else if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            softly.assertThat(types).as("%s type", path).containsExactly("integer");
        } else if (raw == boolean.class || raw == Boolean.class) {
            softly.assertThat(types).as("%s type", path).containsExactly("boolean");
        } else if (raw == Instant.class) {
            softly.assertThat(types).as("%s type", path).containsExactly("string");
            softly.assertThat(schema.path("format").asText())
                    .as("%s format", path)
                    .isEqualTo("date-time");
        } else if (raw == LocalDate.class) {
            softly.assertThat(types).as("%s type", path).containsExactly("string");
            softly.assertThat(schema.path("format").asText())
                    .as("%s format", path)
                    .isEqualTo("date");
        } else if (raw == BigDecimal.class) {
            softly.assertThat(types).as("%s type", path).containsExactly("string");
            softly.assertThat(schema.path("pattern").asText())
                    .as("%s is a decimal", path)
                    .isNotEmpty();
        } else if (raw.isEnum()) {
            softly.assertThat(types).as("%s type", path).containsExactly("string");
            List<String> values = new ArrayList<>();
            schema.path("enum").forEach(value -> {
                if (!value.isNull()) {
                    values.add(value.asText());
                }
            });
            softly.assertThat(values)
                    .as("%s: schema enum = Java enum %s", path, raw.getSimpleName())
                    .containsExactlyElementsOf(Arrays.stream(raw.getEnumConstants())
                            .map(constant -> ((Enum<?>) constant).name())
                            .toList());
        } else if (raw == List.class) {
            softly.assertThat(types).as("%s type", path).containsExactly("array");
            checkType(
                    softly, ((ParameterizedType) type).getActualTypeArguments()[0], schema.path("items"), path + "[]");
        } else if (raw.isRecord()) {
            checkObject(softly, raw, schema, path);
        } else {
            softly.fail("%s has a type the contracts do not map: %s", path, type);
        }
    }

    private static void checkKeywords(JsonNode schema, String path, List<String> problems) {
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String keyword = field.getKey();
            if (!KEYWORDS.contains(keyword)) {
                problems.add(path + ": keyword " + keyword);
            }
            switch (keyword) {
                case "properties" ->
                    field.getValue()
                            .fields()
                            .forEachRemaining(property ->
                                    checkKeywords(property.getValue(), path + "." + property.getKey(), problems));
                case "items" -> checkKeywords(field.getValue(), path + "/" + keyword, problems);
                case "if", "then", "else" ->
                    checkCondition(field.getValue(), schema.path("properties"), path + "/" + keyword, problems);
                default -> {}
            }
        }
        if (types(schema).contains("object")
                && !schema.path("additionalProperties").asBoolean(false)) {
            problems.add(path + ": additionalProperties must be true (changes within a version are additive)");
        }
    }

    /** A condition only constrains properties its object schema declares: it adds no property and no object. */
    private static void checkCondition(JsonNode condition, JsonNode declared, String path, List<String> problems) {
        condition.fieldNames().forEachRemaining(keyword -> {
            if (!Set.of("properties", "required").contains(keyword)) {
                problems.add(path + ": keyword " + keyword + " in a condition");
            }
        });
        condition.path("required").forEach(name -> {
            if (!declared.has(name.asText())) {
                problems.add(path + ": requires undeclared property " + name.asText());
            }
        });
        condition.path("properties").fields().forEachRemaining(property -> {
            if (!declared.has(property.getKey())) {
                problems.add(path + ": constrains undeclared property " + property.getKey());
            }
            property.getValue().fieldNames().forEachRemaining(keyword -> {
                if (!Set.of("type", "const", "minItems", "maxItems").contains(keyword)) {
                    problems.add(path + "." + property.getKey() + ": keyword " + keyword + " in a condition");
                }
            });
        });
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private static JsonNode schema(String type) {
        return AsyncApiDocument.schema(type);
    }

    private static Set<String> required(JsonNode schema) {
        Set<String> required = new TreeSet<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        return required;
    }

    private static Set<String> types(JsonNode schema) {
        Set<String> types = new TreeSet<>();
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type.isTextual()) {
            types.add(type.asText());
        }
        return types;
    }

    private static JsonNode withoutNulls(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            node.fields().forEachRemaining(field -> {
                if (!field.getValue().isNull()) {
                    copy.set(field.getKey(), withoutNulls(field.getValue()));
                }
            });
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(item -> copy.add(withoutNulls(item)));
            return copy;
        }
        return node;
    }

    private static List<Class<?>> withNested(Class<?> type) {
        List<Class<?>> all = new ArrayList<>(List.of(type));
        for (Class<?> nested : type.getDeclaredClasses()) {
            all.addAll(withNested(nested));
        }
        return all;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Event.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String typeOf(Class<?> event) {
        try {
            Field type = event.getField("TYPE");
            assertThat(Modifier.isStatic(type.getModifiers())).isTrue();
            return (String) type.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(event + " has no public static TYPE", e);
        }
    }
}
