package org.thidua.notifications.delivery;

import io.opentelemetry.api.trace.SpanKind;
import jakarta.inject.Singleton;
import java.util.function.Supplier;
import org.thidua.messaging.tracing.EventSpan;
import org.thidua.messaging.tracing.EventSpans;

/**
 * The span of one SMTP send (ADR 0094): a child of the context its delivery was created under (the fan-out chunk's
 * span), in the trace of the event that caused it, with the event, unit, delivery and outcome as attributes.
 */
@Singleton
class DeliverySpans {

    private final EventSpans spans;

    DeliverySpans(EventSpans spans) {
        this.spans = spans;
    }

    SmtpConnection.Outcome send(Deliveries.Outgoing delivery, Supplier<SmtpConnection.Outcome> send) {
        try (EventSpan span = spans.step("smtp send", SpanKind.CLIENT, delivery.traceparent(), delivery.eventId())
                .with(EventSpans.UNIT_ID, delivery.unitId())
                .with(EventSpans.DELIVERY_ID, delivery.id())) {
            SmtpConnection.Outcome outcome = send.get();
            span.outcome(outcome.result().name(), outcome.result() != SmtpConnection.Result.ACCEPTED);
            return outcome;
        }
    }
}
