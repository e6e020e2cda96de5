package org.thidua.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.configuration.kafka.config.KafkaDefaultConfiguration;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.PropertySource;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * How Kubernetes logs the services in to Kafka (ADR 52): KAFKA_* environment variables, which Micronaut's relaxed
 * binding turns into the kafka.* settings every client of the service (listeners, the reliable producer) is built from.
 */
class KafkaSettingsFromTheEnvironmentTest {

    private static final String JAAS =
            "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"units-service\" password=\"p\";";

    @Test
    void kafkaLoginAndTlsGivenAsEnvironmentVariablesReachTheClientSettings() {
        Map<String, Object> environment = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "thidua-kafka-bootstrap:9093",
                "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                "KAFKA_SASL_JAAS_CONFIG", JAAS,
                "KAFKA_SSL_TRUSTSTORE_TYPE", "PEM",
                "KAFKA_SSL_TRUSTSTORE_LOCATION", "/etc/thidua/kafka-ca/ca.crt");
        try (ApplicationContext context = ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(Map.of("thidua.messaging.relay.enabled", "false")) // no database here: the relay stays off
                .propertySources(PropertySource.of(
                        "environment", environment, PropertySource.PropertyConvention.ENVIRONMENT_VARIABLE))
                .start()) {
            Properties kafka = context.getBean(KafkaDefaultConfiguration.class).getConfig();

            assertThat(kafka)
                    .containsEntry("bootstrap.servers", "thidua-kafka-bootstrap:9093")
                    .containsEntry("security.protocol", "SASL_SSL")
                    .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                    .containsEntry("sasl.jaas.config", JAAS)
                    .containsEntry("ssl.truststore.type", "PEM")
                    .containsEntry("ssl.truststore.location", "/etc/thidua/kafka-ca/ca.crt");
        }
    }
}
