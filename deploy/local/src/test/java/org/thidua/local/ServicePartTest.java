package org.thidua.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a service and the portal are started with: their environment. */
class ServicePartTest {

    @TempDir
    Path dir;

    @Test
    void thePortalCallsTheServicesAndSignsInDevelopmentAccountsWithTheStacksSecret() {
        Config config = Config.parse(
                List.of("--repo", dir.toString(), "--home", dir.resolve("h").toString()), Map.of());
        Map<String, String> env = ServicePart.portalEnvironment(config, config.services);

        assertThat(env)
                .containsEntry("MICRONAUT_SERVER_PORT", "8080")
                .containsEntry("MICRONAUT_SERVER_HOST", "127.0.0.1")
                .containsEntry("MICRONAUT_HTTP_SERVICES_UNITS_URL", "http://127.0.0.1:8081")
                .containsEntry("MICRONAUT_HTTP_SERVICES_CAMPAIGNS_URL", "http://127.0.0.1:8082")
                .containsEntry("MICRONAUT_HTTP_SERVICES_AWARDS_URL", "http://127.0.0.1:8083")
                .containsEntry("MICRONAUT_HTTP_SERVICES_NOTIFICATIONS_URL", "http://127.0.0.1:8084")
                .containsEntry("THIDUA_SECURITY_JWT_SECRET", DevelopmentTokens.secret(dir.resolve("h")))
                .containsEntry("THIDUA_PORTAL_DEV_SIGN_IN", "true")
                .containsEntry(
                        "THIDUA_PORTAL_DEMO_ACCOUNTS",
                        dir.resolve("h").resolve("demo-accounts.json").toString());
        assertThat(env.get("THIDUA_PORTAL_SESSION_SECRET"))
                .hasSizeGreaterThanOrEqualTo(32)
                .isNotEqualTo(env.get("THIDUA_SECURITY_JWT_SECRET"))
                .isEqualTo(
                        ServicePart.portalEnvironment(config, config.services).get("THIDUA_PORTAL_SESSION_SECRET"));
        // no database, no Kafka: the portal only calls the services
        assertThat(env).doesNotContainKeys("DATASOURCES_DEFAULT_URL", "KAFKA_BOOTSTRAP_SERVERS");
    }

    @Test
    void servicesGetTheirDatabaseKafkaAndSmtp() {
        Config config = Config.parse(List.of("--repo", dir.toString()), Map.of());
        Map<String, String> env = ServicePart.serviceEnvironment(config, config.services.get(1));

        assertThat(env)
                .containsEntry("MICRONAUT_SERVER_PORT", "8082")
                .containsEntry("MICRONAUT_SERVER_HOST", "127.0.0.1")
                .containsEntry("DATASOURCES_DEFAULT_URL", "jdbc:mysql://127.0.0.1:3307/thidua_campaigns")
                .containsEntry("DATASOURCES_DEFAULT_USERNAME", "thidua")
                .containsEntry("DATASOURCES_DEFAULT_PASSWORD", "thidua")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")
                .containsEntry("JAVAMAIL_PROPERTIES_MAIL_SMTP_HOST", "127.0.0.1")
                .containsEntry("JAVAMAIL_PROPERTIES_MAIL_SMTP_PORT", "3025")
                .containsEntry("SMTP_HOST", "127.0.0.1")
                .containsEntry("SMTP_PORT", "3025");
    }

    @Test
    void servicesLinkEmailsToThePortalOnItsDefaultOrConfiguredAddress() {
        Config config = Config.parse(List.of("--repo", dir.toString()), Map.of());
        assertThat(ServicePart.serviceEnvironment(config, config.services.get(3)))
                .containsEntry("THIDUA_PORTAL_URL", "http://127.0.0.1:8080");
        Config configured = Config.parse(
                List.of("--repo", dir.toString()), Map.of("THIDUA_PORTAL_URL", "https://thidua.example.org"));
        assertThat(ServicePart.serviceEnvironment(configured, configured.services.get(3)))
                .containsEntry("THIDUA_PORTAL_URL", "https://thidua.example.org");
    }
}
