package org.thidua.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.thidua.contracts.Topics;
import org.thidua.testing.TestInfrastructure;

/** Start-up topic creation against the real broker: on by default, and off where another tool declares the topics. */
class TopicProvisionerTest {

    @Test
    void createsTheMissingDeadLetterTopicOfTheService() throws Exception {
        String service = "provisioned-" + UUID.randomUUID().toString().substring(0, 8) + "-service";
        try (AdminClient admin = admin()) {
            new TopicProvisioner(admin, configuration(service, true)).ensureTopics();

            assertThat(topics(admin)).contains(Topics.deadLetters(service)).containsAll(Topics.ALL);
        }
    }

    @Test
    void createsNothingWhenProvisioningIsOff() throws Exception {
        String service = "declared-" + UUID.randomUUID().toString().substring(0, 8) + "-service";
        try (AdminClient admin = admin()) {
            new TopicProvisioner(admin, configuration(service, false)).ensureTopics();

            assertThat(topics(admin)).doesNotContain(Topics.deadLetters(service));
        }
    }

    private static MessagingConfiguration configuration(String service, boolean provision) {
        MessagingConfiguration config = new MessagingConfiguration(service);
        config.setProvisionTopics(provision);
        return config;
    }

    private static AdminClient admin() {
        return AdminClient.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.get().kafkaBootstrapServers()));
    }

    private static Set<String> topics(AdminClient admin) throws Exception {
        return admin.listTopics().names().get(30, TimeUnit.SECONDS);
    }
}
