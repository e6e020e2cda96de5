package org.thidua.local;

import java.nio.file.Path;
import java.util.List;

/** The Kafka broker (KRaft, one node) in its own JVM, data under {@code <home>/kafka}. */
final class KafkaPart implements StackPart {

    private final Config config;
    private volatile EmbeddedKafka kafka;
    private volatile StackState.Part status;
    private volatile String readyIn = "";

    KafkaPart(Config config) {
        this.config = config;
    }

    @Override
    public String name() {
        return "kafka";
    }

    @Override
    public Path log() {
        return config.logs().resolve("kafka.log");
    }

    @Override
    public void start() {
        long t0 = System.nanoTime();
        EmbeddedKafka started =
                EmbeddedKafka.start(config.home.resolve("kafka"), config.kafkaPort, config.kafkaControllerPort, log());
        kafka = started;
        readyIn = Console.seconds(t0);
        status = new StackState.Part(
                name(),
                "kafka",
                started.pid(),
                config.kafkaPort,
                started.bootstrapServers(),
                "tcp",
                log(),
                "controller :" + config.kafkaControllerPort + ", ready in " + readyIn,
                "kafka.Kafka|" + config.home);
    }

    @Override
    public String readyLine() {
        return "kafka ready in " + readyIn;
    }

    @Override
    public List<StackState.Part> status() {
        return status == null ? List.of() : List.of(status);
    }

    @Override
    public boolean running() {
        return kafka != null;
    }

    @Override
    public synchronized boolean stop() {
        EmbeddedKafka toStop = kafka;
        kafka = null;
        if (toStop != null) {
            toStop.stop();
        }
        return true;
    }
}
