package org.thidua.messaging;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.thidua.contracts.Topics;

/** Creates the suite's topics that do not exist yet, with the configured partitions and replication factor. */
@Singleton
class TopicProvisioner {

    private final AdminClient admin;
    private final MessagingConfiguration config;
    private final String serviceName;

    TopicProvisioner(AdminClient admin, MessagingConfiguration config) {
        this.admin = admin;
        this.config = config;
        this.serviceName = config.getSource().substring(1);
    }

    /** Idempotent: topics that exist are left as they are. Nothing at all when provisioning is off. */
    void ensureTopics() throws InterruptedException, ExecutionException, TimeoutException {
        if (!config.isProvisionTopics()) {
            return;
        }
        Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
        List<String> wanted = new ArrayList<>(Topics.ALL);
        wanted.add(Topics.deadLetters(serviceName));
        List<NewTopic> missing = wanted.stream()
                .filter(topic -> !existing.contains(topic))
                .map(topic -> new NewTopic(topic, config.getPartitions(), config.getReplicationFactor()))
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        try {
            admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
            // another service created it between list and create: that is the goal
        }
    }
}
