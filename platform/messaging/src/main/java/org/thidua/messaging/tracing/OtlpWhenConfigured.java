package org.thidua.messaging.tracing;

import io.micronaut.context.annotation.Value;
import io.micronaut.tracing.opentelemetry.OpenTelemetryBuilderCustomizer;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdkBuilder;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Spans go to an OTLP collector (Jaeger in compose's observability profile and Kubernetes' component) when, and only
 * when, {@code otel.exporter.otlp.endpoint} ({@code OTEL_EXPORTER_OTLP_ENDPOINT}) is set; otherwise only to the
 * in-process {@link TraceStore}. An {@code otel.traces.exporter} set explicitly is left as it is (ADR 0094).
 */
@Singleton
class OtlpWhenConfigured implements OpenTelemetryBuilderCustomizer {

    static final String EXPORTER = "otel.traces.exporter";

    private final String endpoint;

    OtlpWhenConfigured(@Value("${otel.exporter.otlp.endpoint:}") String endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public void configure(AutoConfiguredOpenTelemetrySdkBuilder builder) {
        if (endpoint.isBlank()) {
            return;
        }
        builder.addPropertiesCustomizer(
                config -> "none".equals(config.getString(EXPORTER, "none")) ? Map.of(EXPORTER, "otlp") : Map.of());
    }
}
