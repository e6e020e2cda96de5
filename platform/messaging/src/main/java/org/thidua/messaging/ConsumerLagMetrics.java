package org.thidua.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code thidua.consumer.lag{group, topic}}: how many records the service's consumer groups have still to read, per
 * topic (the sum over its partitions of the end offset less the group's committed offset, or less the log start where
 * the group has committed nothing yet: its listeners start from the earliest). Read from the broker with the admin
 * client every {@code thidua.metrics.refresh} (10 s), so it is true while a consumer is stuck or gone, which its own
 * client metrics would not be. The groups and topics are those of the service's {@code @KafkaListener}s. ADR 0090.
 */
@Singleton
@Requires(property = "thidua.metrics.consumer-lag.enabled", notEquals = "false")
class ConsumerLagMetrics {

    private static final Logger LOG = LoggerFactory.getLogger(ConsumerLagMetrics.class);

    private final AdminClient admin;
    private final Map<String, Set<String>> topicsByGroup;
    private final MultiGauge lag;
    /** What the gauge last read: the operations status shows it (ADR 93). */
    private volatile List<Lag> last = List.of();

    /** One group's lag on one topic. */
    record Lag(String group, String topic, long lag) {}

    @Inject
    ConsumerLagMetrics(AdminClient admin, BeanContext beans, Environment environment, MeterRegistry meters) {
        this(admin, listenedTopics(beans, environment), meters);
    }

    /** For the groups and topics given (a test's). */
    ConsumerLagMetrics(AdminClient admin, Map<String, Set<String>> topicsByGroup, MeterRegistry meters) {
        this.admin = admin;
        this.topicsByGroup = topicsByGroup;
        this.lag = MultiGauge.builder("thidua.consumer.lag")
                .description("Records a consumer group has still to read, per topic")
                .register(meters);
    }

    /** Each {@code @KafkaListener} group of this service and the topics its methods read. */
    static Map<String, Set<String>> listenedTopics(BeanContext beans, Environment environment) {
        Map<String, Set<String>> result = new LinkedHashMap<>();
        for (BeanDefinition<?> listener : beans.getBeanDefinitions(Qualifiers.byStereotype(KafkaListener.class))) {
            String group = listener.stringValue(KafkaListener.class, "groupId")
                    .filter(g -> !g.isBlank())
                    .or(() -> listener.stringValue(KafkaListener.class).filter(g -> !g.isBlank()))
                    .orElse(null);
            if (group == null) {
                continue;
            }
            Set<String> topics = result.computeIfAbsent(
                    environment.getPlaceholderResolver().resolveRequiredPlaceholders(group), g -> new TreeSet<>());
            listener.getExecutableMethods().forEach(method -> {
                // @Topic is repeatable: read each of its values, not the container's
                for (var annotation : method.getAnnotationValuesByType(Topic.class)) {
                    for (String topic : annotation.stringValues()) {
                        topics.add(environment.getPlaceholderResolver().resolveRequiredPlaceholders(topic));
                    }
                }
            });
        }
        result.values().removeIf(Set::isEmpty);
        return result;
    }

    @Scheduled(fixedDelay = "${thidua.metrics.refresh:10s}", initialDelay = "1s")
    void refresh() throws InterruptedException {
        if (topicsByGroup.isEmpty()) {
            return;
        }
        try {
            List<MultiGauge.Row<?>> rows = rows();
            lag.register(rows, true);
        } catch (ExecutionException | TimeoutException e) {
            // the gauge keeps its last values; the relay's and consumers' own warnings say what is down
            LOG.warn("Consumer lag not refreshed: {}", e.toString());
        }
    }

    private List<MultiGauge.Row<?>> rows() throws InterruptedException, ExecutionException, TimeoutException {
        Set<String> existing = admin.listTopics().names().get(5, TimeUnit.SECONDS);
        Set<String> wanted = topicsByGroup.values().stream()
                .flatMap(Set::stream)
                .filter(existing::contains)
                .collect(Collectors.toCollection(TreeSet::new));
        if (wanted.isEmpty()) {
            return List.of();
        }
        Collection<TopicDescription> descriptions = admin.describeTopics(wanted)
                .allTopicNames()
                .get(5, TimeUnit.SECONDS)
                .values();
        List<TopicPartition> partitions = new ArrayList<>();
        descriptions.forEach(d ->
                d.partitions().forEach(p -> partitions.add(new TopicPartition(d.name(), p.partition()))));
        Map<TopicPartition, Long> ends = offsets(partitions, OffsetSpec.latest());
        Map<TopicPartition, Long> starts = offsets(partitions, OffsetSpec.earliest());
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        List<Lag> lags = new ArrayList<>();
        for (Map.Entry<String, Set<String>> group : topicsByGroup.entrySet()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.getKey())
                    .partitionsToOffsetAndMetadata()
                    .get(5, TimeUnit.SECONDS);
            Map<String, Long> perTopic = new HashMap<>();
            for (TopicPartition partition : partitions) {
                if (!group.getValue().contains(partition.topic())) {
                    continue;
                }
                OffsetAndMetadata offset = committed.get(partition);
                long from = offset == null ? starts.getOrDefault(partition, 0L) : offset.offset();
                perTopic.merge(partition.topic(), Math.max(0, ends.getOrDefault(partition, 0L) - from), Long::sum);
            }
            perTopic.forEach((topic, records) ->
                    rows.add(MultiGauge.Row.of(Tags.of("group", group.getKey(), "topic", topic), records)));
            perTopic.forEach((topic, records) -> lags.add(new Lag(group.getKey(), topic, records)));
        }
        last = List.copyOf(lags);
        return rows;
    }

    /** Each group's lag per topic as the gauge last read it (every 10 s); empty before the first reading. */
    List<Lag> lastRead() {
        return last;
    }

    private Map<TopicPartition, Long> offsets(List<TopicPartition> partitions, OffsetSpec spec)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> infos = admin.listOffsets(
                        partitions.stream().collect(Collectors.toMap(Function.identity(), p -> spec)))
                .all()
                .get(5, TimeUnit.SECONDS);
        Map<TopicPartition, Long> result = new HashMap<>();
        infos.forEach((partition, info) -> result.put(partition, info.offset()));
        return result;
    }
}
