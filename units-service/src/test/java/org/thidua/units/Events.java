package org.thidua.units;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.thidua.contracts.EventSchemas;
import org.thidua.contracts.Topics;
import org.thidua.contracts.groups.GroupCreated;
import org.thidua.contracts.units.UnitRegistered;
import org.thidua.testing.Headers;
import org.thidua.testing.TopicReader;

/**
 * What reached the broker, read as another team's consumer reads it. Test classes share the broker, so events are
 * always selected by key (the aggregate id).
 */
public final class Events implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final TopicReader units = new TopicReader(Topics.UNITS);
    private final TopicReader groups = new TopicReader(Topics.GROUPS);

    public List<ConsumerRecord<String, byte[]>> of(String topic, String key) {
        return reader(topic).withKey(key);
    }

    public List<String> types(String topic, String key) {
        return of(topic, key).stream().map(r -> Headers.of(r, "ce_type")).toList();
    }

    /**
     * Waits until {@code key} has as many events as {@code types} on {@code topic}, then checks they are exactly these,
     * in order, each a valid CloudEvent of its documented schema; returns their data.
     */
    public List<JsonNode> await(String topic, String key, String... types) {
        Awaitility.await().atMost(WAIT).until(() -> of(topic, key).size() >= types.length);
        List<ConsumerRecord<String, byte[]>> records = of(topic, key);
        assertThat(records.stream().map(r -> Headers.of(r, "ce_type")).toList()).containsExactly(types);
        List<JsonNode> data = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            data.add(check(record, key));
        }
        return data;
    }

    /** The data of the last event of {@code key} on {@code topic}, after waiting for {@code types}. */
    public JsonNode last(String topic, String key, String... types) {
        List<JsonNode> data = await(topic, key, types);
        return data.get(data.size() - 1);
    }

    /**
     * Commits a marker on each topic and waits for it: the relay publishes in commit order, so afterwards every event
     * of an earlier commit is on the topics, and an event that is missing now was never published.
     */
    public void settle(Api api) {
        String unit = api.unit("MARK-" + UUID.randomUUID().toString().substring(0, 8), "Marker");
        String group = api.group(
                "CLUSTER", 2100, "MARK-" + UUID.randomUUID().toString().substring(0, 8), "Marker");
        await(Topics.UNITS, unit, UnitRegistered.TYPE);
        await(Topics.GROUPS, group, GroupCreated.TYPE);
        // the marker's batch may still be acknowledging on another partition: read a little further
        units.poll(r -> false);
        groups.poll(r -> false);
    }

    /** Every event of a type on a topic (all keys), as data. */
    public List<JsonNode> all(String topic, String type) {
        return reader(topic).poll(r -> type.equals(Headers.of(r, "ce_type"))).stream()
                .map(r -> Api.read(new String(r.value(), StandardCharsets.UTF_8)))
                .toList();
    }

    private static JsonNode check(ConsumerRecord<String, byte[]> record, String key) {
        String type = Headers.of(record, "ce_type");
        assertThat(record.key()).isEqualTo(key);
        assertThat(Headers.of(record, "ce_subject")).isEqualTo(key);
        assertThat(Headers.of(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(Headers.of(record, "ce_source")).isEqualTo("/units-service");
        assertThat(Headers.of(record, "ce_id")).matches("[0-9a-f-]{36}");
        assertThat(Headers.of(record, "content-type")).isEqualTo("application/json");
        assertThat(EventSchemas.violations(type, record.value())).as(type).isEmpty();
        return Api.read(new String(record.value(), StandardCharsets.UTF_8));
    }

    private TopicReader reader(String topic) {
        return Map.of(Topics.UNITS, units, Topics.GROUPS, groups).get(topic);
    }

    @Override
    public void close() {
        units.close();
        groups.close();
    }
}
