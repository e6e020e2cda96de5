package org.thidua.messaging.tracing;

import java.util.Map;

import io.micronaut.tracing.opentelemetry.OpenTelemetryBuilderCustomizer;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdkBuilder;
import jakarta.inject.Singleton;

/**
 * Spans go to an OTLP collector (Jaeger in compose's observability profile and Kubernetes' component) when, and only
 * when, {@code otel.exporter.otlp.endpoint} ({@code OTEL_EXPORTER_OTLP_ENDPOINT}) is set; otherwise only to the
 * in-process {@link TraceStore}. An {@code otel.traces.exporter} set explicitly is left as it is (ADR 0094).
 */
@Singleton
class OtlpWhenConfigured implements OpenTelemetryBuilderCustomizer {

    static final String ENDPOINT = "otel.exporter.otlp.endpoint";
    static final String EXPORTER = "otel.traces.exporter";

    @Override
    public void configure(AutoConfiguredOpenTelemetrySdkBuilder builder) {
        builder.addPropertiesCustomizer(config -> {
            String endpoint = config.getString(ENDPOINT);
            return endpoint != null && !endpoint.isBlank() && "none".equals(config.getString(EXPORTER, "none"))
                    ? Map.of(EXPORTER, "otlp") : Map.of();
        });
    }
}
