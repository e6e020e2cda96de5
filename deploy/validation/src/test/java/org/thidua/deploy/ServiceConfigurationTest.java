package org.thidua.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The configuration each service reads, derived from its code (no list kept by hand). */
class ServiceConfigurationTest {

    private static final Map<String, ServiceConfiguration> services =
            Suite.read(Repository.here()).services();

    @Test
    void theServicesAndTheirPortsComeFromTheirApplicationYml() {
        assertThat(services)
                .containsOnlyKeys("units-service", "campaigns-service", "awards-service", "notifications-service");
        assertThat(services.get("units-service").port()).isEqualTo(8081);
        assertThat(services.get("campaigns-service").port()).isEqualTo(8082);
        assertThat(services.get("awards-service").port()).isEqualTo(8083);
        assertThat(services.get("notifications-service").port()).isEqualTo(8084);
        assertThat(services.get("units-service").port(Map.of("MICRONAUT_SERVER_PORT", "18081")))
                .isEqualTo(18081);
        assertThat(services.get("awards-service").healthPaths())
                .containsExactlyInAnyOrder("/health", "/health/liveness", "/health/readiness");
    }

    @Test
    void everyServiceReadsTheSettingsOfItsYmlAndOfThePlatformModulesItRunsWith() {
        services.values()
                .forEach(service -> assertThat(service.properties())
                        .as(service.name())
                        // application.yml
                        .contains("datasources.default.url", "kafka.bootstrap.servers", "micronaut.server.port")
                        // platform/messaging's @ConfigurationProperties("thidua.messaging") and @Value
                        .contains(
                                "thidua.messaging.partitions",
                                "thidua.messaging.replication-factor",
                                "thidua.messaging.consumer-max-backoff"));
        services.values()
                .forEach(service -> assertThat(service.reads("DATASOURCES_DEFAULT_PASSWORD")
                                && service.reads("THIDUA_MESSAGING_REPLICATION_FACTOR"))
                        .as(service.name())
                        .isTrue());
    }

    @Test
    void aSettingBelongsOnlyToTheServiceWhoseCodeReadsIt() {
        ServiceConfiguration notifications = services.get("notifications-service");
        assertThat(notifications.reads("SMTP_HOST")).isTrue(); // ${SMTP_HOST:...} in its yml
        assertThat(notifications.reads("JAVAMAIL_PROPERTIES_MAIL_SMTP_HOST")).isTrue();
        assertThat(notifications.reads("THIDUA_NOTIFICATIONS_DELIVERY_MAX_ATTEMPTS"))
                .isTrue(); // a setter
        assertThat(notifications.consumerGroups()).containsExactly("notifications-service");
        assertThat(services.get("campaigns-service").reads("THIDUA_CAMPAIGNS_REMINDERS_ENABLED"))
                .isTrue(); // @Requires
        assertThat(services.get("campaigns-service").reads("THIDUA_CAMPAIGNS_ZONE"))
                .isTrue(); // @Value
        // platform/security names its properties through constants: "${" + SECRET + "}", getProperty(SECRET, ...)
        assertThat(services.get("units-service").reads("THIDUA_SECURITY_JWT_SECRET"))
                .isTrue();
        assertThat(services.get("units-service").reads("THIDUA_SECURITY_JWKS_URL"))
                .isTrue();
        assertThat(services.get("units-service").reads("SMTP_HOST")).isFalse();
        assertThat(services.get("units-service").reads("THIDUA_CAMPAIGNS_ZONE")).isFalse();
        assertThat(services.get("units-service").reads("DATASOURCES_DEFAULT_PASWORD"))
                .isFalse();
    }

    @Test
    void theTopicsAServiceReadsComeFromItsKafkaListeners() {
        assertThat(services.get("units-service").consumedTopics()).isEmpty();
        assertThat(services.get("campaigns-service").consumedTopics())
                .containsExactlyInAnyOrder("thidua.units.v1", "thidua.groups.v1");
        assertThat(services.get("awards-service").consumedTopics())
                .containsExactlyInAnyOrder("thidua.units.v1", "thidua.groups.v1", "thidua.reviews.v1");
        assertThat(services.get("notifications-service").consumedTopics())
                .containsExactlyInAnyOrder(
                        "thidua.units.v1",
                        "thidua.groups.v1",
                        "thidua.campaigns.v1",
                        "thidua.registrations.v1",
                        "thidua.reviews.v1",
                        "thidua.awards.v1");
    }

    @Test
    void aServiceWithKafkaReadsTheKafkaClientSettings() {
        ServiceConfiguration awards = services.get("awards-service");
        assertThat(awards.reads("KAFKA_SECURITY_PROTOCOL")).isTrue();
        assertThat(awards.reads("KAFKA_SASL_JAAS_CONFIG")).isTrue();
        assertThat(awards.reads("KAFKA_SSL_TRUSTSTORE_LOCATION")).isTrue();
        assertThat(awards.reads("KAFKA_HEALTH_RESTRICTED")).isTrue(); // micronaut-kafka's documented setting
        assertThat(awards.reads("THIDUA_MESSAGING_PROVISION_TOPICS")).isTrue();
        assertThat(awards.reads("KAFKA_SASL_JAAS_CONFIGURATION")).isFalse();
    }

    @Test
    void relaxedBindingOfAPropertyName() {
        assertThat(ServiceConfiguration.asEnvironmentVariable("thidua.messaging.replication-factor"))
                .isEqualTo("THIDUA_MESSAGING_REPLICATION_FACTOR");
        assertThat(ServiceConfiguration.asEnvironmentVariable("javamail.properties.mail.smtp.host"))
                .isEqualTo("JAVAMAIL_PROPERTIES_MAIL_SMTP_HOST");
    }
}
