package org.thidua.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.thidua.local.EmbeddedKafka;
import org.thidua.local.EmbeddedMariaDb;
import org.thidua.local.Ports;

/** What every benchmark runs on: a fresh work folder, an embedded Kafka broker and MariaDB on free ports. */
record BenchInfrastructure(Path work, EmbeddedKafka kafka, EmbeddedMariaDb db) implements AutoCloseable {

    static BenchInfrastructure start(String benchmark) throws IOException {
        Path work = Files.createTempDirectory("thidua-bench-" + benchmark + "-");
        EmbeddedKafka kafka = EmbeddedKafka.start(
                work.resolve("kafka"), Ports.freePort(), Ports.freePort(), work.resolve("kafka.log"));
        try {
            return new BenchInfrastructure(
                    work,
                    kafka,
                    EmbeddedMariaDb.start(work.resolve("mariadb"), Ports.freePort(), work.resolve("mariadb.log")));
        } catch (RuntimeException e) {
            kafka.stop();
            throw e;
        }
    }

    @Override
    public void close() {
        db.stop();
        kafka.stop();
    }
}
