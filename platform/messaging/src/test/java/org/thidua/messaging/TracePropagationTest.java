package org.thidua.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.thidua.contracts.Topics;
import org.thidua.contracts.units.UnitDeactivated;
import org.thidua.contracts.units.UnitRegistered;
import org.thidua.testing.CloudEventSender;
import org.thidua.testing.Headers;
import org.thidua.testing.RealInfrastructure;
import org.thidua.testing.TopicReader;

/** The W3C trace of a consumed event continues into what the consumer publishes in reaction. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TracePropagationTest implements RealInfrastructure {

    @Test
    void anEventPublishedWhileConsumingCarriesTheTraceOfTheConsumedEvent() {
        String unitId = UUID.randomUUID().toString();
        try (CloudEventSender sender = new CloudEventSender(); TopicReader topic = new TopicReader(Topics.UNITS)) {
            // CloudEventSender sends traceparent 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
            sender.send(Topics.UNITS, UnitRegistered.TYPE, unitId, "{\"unitId\":\"" + unitId + "\",\"code\":\"TRACE-1\","
                    + "\"name\":\"Truy vết\",\"language\":\"vi\",\"active\":true,\"registeredAt\":\"2019-07-18T02:50:00Z\"}");
            // the listener's group first works through what earlier test classes left on the units topic (the
            // relay tests publish over a thousand events there), which on a loaded two-core machine takes minutes
            await().atMost(Duration.ofSeconds(180)).until(() -> topic.withKey(unitId).stream()
                    .anyMatch(r -> UnitDeactivated.TYPE.equals(Headers.of(r, "ce_type"))));
            var reaction = topic.withKey(unitId).stream()
                    .filter(r -> UnitDeactivated.TYPE.equals(Headers.of(r, "ce_type"))).toList();
            assertThat(reaction).hasSize(1);
            assertThat(Headers.of(reaction.get(0), "traceparent"))
                    .startsWith("00-4bf92f3577b34da6a3ce929d0e0e4736-")
                    .isNotEqualTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
            assertThat(Headers.of(reaction.get(0), "ce_source")).isEqualTo("/messaging-test");
        }
    }
}
