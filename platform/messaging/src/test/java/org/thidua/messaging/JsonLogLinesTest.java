package org.thidua.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.ConsoleAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thidua.contracts.Topics;
import org.thidua.contracts.units.UnitRegistered;
import org.thidua.messaging.tracing.TraceStore;
import org.thidua.testing.CloudEventSender;
import org.thidua.testing.RealInfrastructure;

/**
 * The services' logback.xml (platform/web) with THIDUA_LOG_FORMAT=json writes one JSON object a line with the service
 * and, while an event is handled, its trace, span, id and type; without the switch it stays plain text (ADR 0090).
 * The test JVM logs through logback-test.xml, so the lines it logs are handed to the real file's JSON appender.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JsonLogLinesTest implements RealInfrastructure {

    @Inject
    TraceStore store;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aLineLoggedWhileHandlingAnEventCarriesTheServiceTheTraceAndTheEvent() throws Exception {
        LoggerContext running = (LoggerContext) LoggerFactory.getILoggerFactory();
        // ServiceLogName put the application's name into logback's context when the service started
        assertThat(running.getProperty("service")).isEqualTo("messaging-test");
        LoggerContext json = configured(Map.of("THIDUA_LOG_FORMAT", "json", "service", running.getProperty("service")));
        @SuppressWarnings("unchecked")
        ConsoleAppender<ILoggingEvent> appender = (ConsoleAppender<ILoggingEvent>)
                json.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        appender.setOutputStream(out);
        AppenderBase<ILoggingEvent> handOver = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                appender.doAppend(event);
            }
        };
        handOver.setContext(running);
        handOver.start();
        ch.qos.logback.classic.Logger consumerLog = running.getLogger(RecordingHandler.class);
        consumerLog.addAppender(handOver);
        String unitId = UUID.randomUUID().toString();
        String eventId;
        try (CloudEventSender sender = new CloudEventSender()) {
            // the handler logs a line for a LOG unit; CloudEventSender's traceparent is
            // 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
            eventId = sender.send(
                    Topics.UNITS,
                    UnitRegistered.TYPE,
                    unitId,
                    "{\"unitId\":\"" + unitId
                            + "\",\"code\":\"LOG-JSON\",\"name\":\"Ghi nhật ký\",\"language\":\"vi\",\"active\":true,"
                            + "\"registeredAt\":\"2020-01-15T02:00:00Z\"}");
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> lines(out).stream().anyMatch(line -> line.contains(unitId) || line.contains(eventId)));
        } finally {
            consumerLog.detachAppender(handOver);
            json.stop();
        }
        String line =
                lines(out).stream().filter(l -> l.contains(eventId)).findFirst().orElseThrow();
        JsonNode fields = JSON.readTree(line);
        assertThat(fields.path("timestamp").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.+");
        assertThat(fields.path("level").asText()).isEqualTo("INFO");
        assertThat(fields.path("logger").asText()).isEqualTo(RecordingHandler.class.getName());
        assertThat(fields.path("message").asText()).isEqualTo("Recording unit LOG-JSON of event " + eventId);
        assertThat(fields.path("service").asText()).isEqualTo("messaging-test");
        assertThat(fields.path("trace_id").asText()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        // the span is the consumer's (OpenTelemetry's CONSUMER span, ADR 0094), a child of the sender's
        // 00f067aa0ba902b7
        SpanData consumer = store.traces(eventId).stream()
                .filter(s -> s.getKind() == SpanKind.CONSUMER)
                .findFirst()
                .orElseThrow();
        assertThat(consumer.getParentSpanId()).isEqualTo("00f067aa0ba902b7");
        assertThat(fields.path("span_id").asText()).isEqualTo(consumer.getSpanId());
        assertThat(fields.path("event_id").asText()).isEqualTo(eventId);
        assertThat(fields.path("event_type").asText()).isEqualTo(UnitRegistered.TYPE);
        assertThat(fields.has("stack_trace")).isFalse();
    }

    @Test
    void withoutTheSwitchTheLinesArePlainText() throws Exception {
        LoggerContext plain = configured(Map.of());
        try {
            var root = plain.getLogger(Logger.ROOT_LOGGER_NAME);
            assertThat(root.getAppender("json")).isNull();
            ConsoleAppender<?> text = (ConsoleAppender<?>) root.getAppender("text");
            assertThat(((PatternLayoutEncoder) text.getEncoder()).getPattern())
                    .isEqualTo("%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n");
        } finally {
            plain.stop();
        }
    }

    /** A logger context of its own configured from the services' logback.xml with {@code properties}. */
    private static LoggerContext configured(Map<String, String> properties) throws Exception {
        LoggerContext context = new LoggerContext();
        properties.forEach(context::putProperty);
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        URL file = JsonLogLinesTest.class.getClassLoader().getResource("logback.xml");
        assertThat(file).as("platform/web's logback.xml").isNotNull();
        configurator.doConfigure(file);
        return context;
    }

    private static List<String> lines(ByteArrayOutputStream out) {
        synchronized (out) {
            return out.toString(StandardCharsets.UTF_8).lines().toList();
        }
    }
}
