package org.thidua.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.thidua.contracts.Topics;
import org.thidua.contracts.campaigns.CampaignStarted;
import org.thidua.contracts.groups.GroupLeadershipAssigned;
import org.thidua.messaging.TypedHandlers;
import org.thidua.testing.CloudEventSender;
import org.thidua.testing.DatabaseState;
import org.thidua.testing.RealInfrastructure;

/**
 * The one listener of notifications (ADR 99): every topic the service reads, in the consumer group the six listeners
 * before it had, each record handed to the consumer of its topic; a type with no handler is only marked processed,
 * a type no contract knows is a dead letter of that consumer.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationsEventsListenerTest implements RealInfrastructure {

    private static final List<String> TOPICS =
            List.of(Topics.UNITS, Topics.GROUPS, Topics.CAMPAIGNS, Topics.REGISTRATIONS, Topics.REVIEWS, Topics.AWARDS);

    @Inject
    ApplicationContext context;

    @Inject
    List<TypedHandlers> handlers;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    private final CloudEventSender sender = new CloudEventSender();

    @AfterAll
    void close() {
        sender.close();
    }

    @Test
    void oneListenerInTheServicesConsumerGroupReadsEveryTopicAndEachHasOneConsumer() {
        List<BeanDefinition<?>> listeners =
                List.copyOf(context.getBeanDefinitions(Qualifiers.byStereotype(KafkaListener.class)));
        assertThat(listeners).hasSize(1);
        BeanDefinition<?> listener = listeners.get(0);
        assertThat(listener.getBeanType()).isEqualTo(NotificationsEventsListener.class);
        assertThat(listener.stringValue(KafkaListener.class, "groupId")).hasValue("notifications-service");
        // @Topic is repeatable: each of its values
        List<String> topics =
                listener
                        .getRequiredMethod("receive", ConsumerRecord.class)
                        .getAnnotationValuesByType(Topic.class)
                        .stream()
                        .flatMap(topic -> Arrays.stream(topic.stringValues()))
                        .toList();
        assertThat(topics).containsExactlyInAnyOrderElementsOf(TOPICS);

        assertThat(handlers)
                .extracting(TypedHandlers::consumerName)
                .containsExactlyInAnyOrder("notifications.recipients", "notifications.routing");
        assertThat(handlers.stream().flatMap(h -> h.topics().stream()).toList())
                .as("each topic read has exactly one consumer")
                .containsExactlyInAnyOrderElementsOf(TOPICS);
    }

    @Test
    void eachRecordIsProcessedByItsTopicsConsumerAndAKnownTypeWithoutHandlerNotifiesNobody() {
        String campaignId = UUID.randomUUID().toString();
        String started = sender.send(new CampaignStarted(campaignId, Instant.parse("2019-03-01T01:00:00Z")));
        String groupId = UUID.randomUUID().toString();
        String leadership = sender.send(new GroupLeadershipAssigned(
                groupId, 2019, UUID.randomUUID().toString(), null, Instant.parse("2019-03-01T01:00:00Z")));

        await().atMost(Duration.ofSeconds(60))
                .until(() -> count("SELECT COUNT(*) FROM processed_event WHERE event_id IN (?, ?)", started, leadership)
                        == 2);
        assertThat(count(
                        "SELECT COUNT(*) FROM processed_event WHERE event_id = ? AND consumer = ?",
                        started,
                        "notifications.routing"))
                .isEqualTo(1);
        assertThat(count(
                        "SELECT COUNT(*) FROM processed_event WHERE event_id = ? AND consumer = ?",
                        leadership,
                        "notifications.recipients"))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM notice WHERE event_id = ?", started))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM dead_letter WHERE event_id IN (?, ?)", started, leadership))
                .isZero();
    }

    @Test
    void aTypeNoContractKnowsIsADeadLetterOfItsTopicsConsumer() {
        String campaignId = UUID.randomUUID().toString();
        String renamed = sender.send(
                Topics.CAMPAIGNS,
                UUID.randomUUID().toString(),
                "thidua.campaign.renamed.v1",
                campaignId,
                ("{\"campaignId\":\"" + campaignId + "\"}").getBytes(StandardCharsets.UTF_8));

        await().atMost(Duration.ofSeconds(60))
                .until(() -> count("SELECT COUNT(*) FROM dead_letter WHERE event_id = ?", renamed) == 1);
        assertThat(count(
                        "SELECT COUNT(*) FROM dead_letter WHERE event_id = ? AND consumer = 'notifications.routing'"
                                + " AND error_class LIKE '%PoisonRecordException' AND error_message LIKE '%Unknown event type%'",
                        renamed))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM processed_event WHERE event_id = ?", renamed))
                .isZero();
    }

    private long count(String sql, Object... parameters) {
        return new DatabaseState(jdbc, transactions).count(sql, parameters);
    }
}
