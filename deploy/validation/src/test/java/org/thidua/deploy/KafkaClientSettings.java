package org.thidua.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.yaml.snakeyaml.Yaml;

/**
 * The {@code kafka.*} settings a service with Micronaut Kafka reads, from the libraries themselves: every client
 * config of kafka-clients' producer, consumer and admin client ({@code kafka.security.protocol},
 * {@code kafka.sasl.jaas.config}...), which Micronaut Kafka passes to the clients, and the settings micronaut-kafka
 * documents in its configuration metadata ({@code kafka.health.restricted}...).
 */
final class KafkaClientSettings {

    private static Set<String> names;

    private KafkaClientSettings() {}

    static synchronized Set<String> names() {
        if (names == null) {
            Set<String> found = new TreeSet<>();
            for (Set<String> configs : List.of(
                    ProducerConfig.configNames(), ConsumerConfig.configNames(), AdminClientConfig.configNames())) {
                configs.forEach(config -> found.add("kafka." + config));
            }
            found.addAll(documented());
            names = Set.copyOf(found);
        }
        return names;
    }

    /** The {@code kafka.*} properties of the configuration metadata on the classpath (no wildcard entries). */
    @SuppressWarnings("unchecked")
    private static Set<String> documented() {
        Set<String> found = new TreeSet<>();
        try {
            Enumeration<URL> files = KafkaClientSettings.class
                    .getClassLoader()
                    .getResources("META-INF/spring-configuration-metadata.json");
            while (files.hasMoreElements()) {
                try (InputStream in = files.nextElement().openStream()) {
                    // JSON is YAML, but for the escaped slash JSON allows and YAML does not
                    String json = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\\/", "/");
                    Object metadata = new Yaml().load(json);
                    for (Object property : Yamls.list(Yamls.at(metadata, "properties"))) {
                        String name = Yamls.string(property, "name");
                        if (name != null && name.startsWith("kafka.") && !name.contains("*")) {
                            found.add(name);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
