package org.thidua.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TraceStepsTest {

    private static final Instant T0 = Instant.parse("2026-12-05T02:00:00Z");

    private static Answers.Span span(
            String id,
            String parent,
            String name,
            String service,
            long startMicros,
            long durationMicros,
            String status) {
        Instant start = T0.plusNanos(startMicros * 1000);
        return new Answers.Span(
                "t1",
                id,
                parent,
                name,
                service,
                "INTERNAL",
                start,
                start.plusNanos(durationMicros * 1000),
                durationMicros,
                status,
                Map.of());
    }

    @Test
    void eachSpanSitsUnderItsParentSiblingsByStartAcrossServices() {
        // campaigns answers the HTTP span and the relay; notifications its consumer, chunk and two SMTP sends,
        // given out of order and the consumer twice (two services kept it): each step once, under its parent
        List<Answers.Span> spans = List.of(
                span("smtp2", "chunk", "smtp send", "notifications-service", 9_000, 1_500, "OK"),
                span("relay", "http", "outbox relay", "campaigns-service", 2_000, 800, "OK"),
                span(
                        "consume",
                        "relay",
                        "consume thidua.campaign.launched.v1",
                        "notifications-service",
                        4_000,
                        7_000,
                        "OK"),
                span("http", null, "POST /api/v1/campaigns/{id}/launch", "campaigns-service", 0, 12_345, "OK"),
                span("chunk", "consume", "fan-out chunk", "notifications-service", 5_000, 6_000, "OK"),
                span("smtp1", "chunk", "smtp send", "notifications-service", 6_000, 2_000, "ERROR"),
                span(
                        "consume",
                        "relay",
                        "consume thidua.campaign.launched.v1",
                        "notifications-service",
                        4_000,
                        7_000,
                        "OK"));

        List<TraceSteps.Step> steps = TraceSteps.of(spans);

        assertThat(steps)
                .extracting(step -> step.depth() + " " + step.span().spanId() + " " + step.service())
                .containsExactly(
                        "0 http campaigns",
                        "1 relay campaigns",
                        "2 consume notifications",
                        "3 chunk notifications",
                        "4 smtp1 notifications",
                        "4 smtp2 notifications");
        // 12 345 µs = 12.345 ms; the SMTP send that failed is marked
        assertThat(steps.get(0).durationMillis()).isEqualTo(12.345);
        assertThat(steps).extracting(TraceSteps.Step::failed).containsExactly(false, false, false, false, true, false);
    }

    @Test
    void aSpanWhoseParentNoServiceKeptStartsItsOwnListAfterEarlierRoots() {
        List<TraceSteps.Step> steps = TraceSteps.of(List.of(
                span("late", "gone", "consume", "awards-service", 5_000, 100, null),
                span("root", null, "POST /launch", "campaigns-service", 0, 10_000, "OK"),
                span("child", "root", "outbox write", "campaigns-service", 1_000, 200, "OK")));

        assertThat(steps)
                .extracting(step -> step.depth() + " " + step.span().spanId())
                .containsExactly("0 root", "1 child", "0 late");
    }
}
