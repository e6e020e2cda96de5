package org.thidua.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.thidua.contracts.Topics;
import org.thidua.contracts.units.UnitDeactivated;
import org.thidua.contracts.units.UnitRegistered;
import org.thidua.messaging.tracing.EventSpans;
import org.thidua.messaging.tracing.TraceStore;
import org.thidua.testing.CloudEventSender;
import org.thidua.testing.Headers;
import org.thidua.testing.RealInfrastructure;
import org.thidua.testing.TopicReader;

/**
 * The W3C trace of a consumed event continues, through OpenTelemetry's CONSUMER and PRODUCER spans, into what the
 * consumer publishes in reaction (ADR 0094).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TracePropagationTest implements RealInfrastructure {

    @Inject
    TraceStore store;

    @Test
    void anEventPublishedWhileConsumingCarriesTheTraceOfTheConsumedEvent() {
        String unitId = UUID.randomUUID().toString();
        try (CloudEventSender sender = new CloudEventSender();
                TopicReader topic = new TopicReader(Topics.UNITS)) {
            // CloudEventSender sends traceparent 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
            String registeredId = sender.send(
                    Topics.UNITS,
                    UnitRegistered.TYPE,
                    unitId,
                    "{\"unitId\":\"" + unitId + "\",\"code\":\"TRACE-1\","
                            + "\"name\":\"Truy vết\",\"language\":\"vi\",\"active\":true,\"registeredAt\":\"2019-07-18T02:50:00Z\"}");
            // the listener's group first works through what earlier test classes left on the units topic (the
            // relay tests publish over a thousand events there), which on a loaded two-core machine takes minutes
            await().atMost(Duration.ofSeconds(180))
                    .until(() -> topic.withKey(unitId).stream()
                            .anyMatch(r -> UnitDeactivated.TYPE.equals(Headers.of(r, "ce_type"))));
            var reaction = topic.withKey(unitId).stream()
                    .filter(r -> UnitDeactivated.TYPE.equals(Headers.of(r, "ce_type")))
                    .toList();
            assertThat(reaction).hasSize(1);
            String reactionId = Headers.of(reaction.get(0), "ce_id");
            // one trace: sender's span 00f067aa0ba902b7 -> CONSUMER span -> (outbox row) -> relay PRODUCER span,
            // whose context, and no other, is the reaction's traceparent header
            SpanData consumer = store.traces(registeredId).stream()
                    .filter(s -> s.getKind() == SpanKind.CONSUMER)
                    .findFirst()
                    .orElseThrow();
            assertThat(consumer.getTraceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
            assertThat(consumer.getParentSpanId()).isEqualTo("00f067aa0ba902b7");
            assertThat(consumer.getAttributes().asMap())
                    .containsEntry(EventSpans.EVENT_ID, registeredId)
                    .containsEntry(EventSpans.EVENT_TYPE, UnitRegistered.TYPE)
                    .containsEntry(AttributeKey.stringKey("messaging.system"), "kafka")
                    .containsEntry(AttributeKey.stringKey("messaging.destination.name"), Topics.UNITS)
                    .containsEntry(AttributeKey.stringKey("messaging.consumer.group.name"), "test.recording")
                    .containsEntry(EventSpans.OUTCOME, "APPLIED");
            SpanData producer = store.traces(reactionId).stream()
                    .filter(s -> s.getKind() == SpanKind.PRODUCER
                            && reactionId.equals(s.getAttributes().get(EventSpans.EVENT_ID)))
                    .findFirst()
                    .orElseThrow();
            assertThat(producer.getTraceId()).isEqualTo(consumer.getTraceId());
            assertThat(producer.getParentSpanId()).isEqualTo(consumer.getSpanId());
            assertThat(producer.getAttributes().asMap())
                    .containsEntry(EventSpans.EVENT_TYPE, UnitDeactivated.TYPE)
                    .containsEntry(AttributeKey.stringKey("messaging.destination.name"), Topics.UNITS);
            assertThat(reaction.get(0).headers().headers("traceparent")).hasSize(1);
            assertThat(Headers.of(reaction.get(0), "traceparent"))
                    .isEqualTo("00-4bf92f3577b34da6a3ce929d0e0e4736-" + producer.getSpanId() + "-01");
            assertThat(Headers.of(reaction.get(0), "ce_source")).isEqualTo("/messaging-test");
        }
    }
}
