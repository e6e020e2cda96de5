package org.thidua.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.thidua.local.ServiceProcess;

/** A service (or the portal) as the benchmarks start it: its built jar, full JIT, its own database. */
final class BenchServices {

    private BenchServices() {}

    /** The service's database (created in the benchmark's MariaDB), Kafka, and the run's JWT secret. */
    static Map<String, String> environment(BenchTokens tokens, BenchInfrastructure infrastructure, String database) {
        infrastructure.db().createDatabase(database);
        Map<String, String> environment = new HashMap<>(tokens.serviceEnvironment());
        environment.putAll(Map.of(
                "DATASOURCES_DEFAULT_URL", infrastructure.db().jdbcUrl(database),
                "DATASOURCES_DEFAULT_USERNAME", infrastructure.db().username(),
                "DATASOURCES_DEFAULT_PASSWORD", infrastructure.db().password(),
                "KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafka().bootstrapServers()));
        return environment;
    }

    /**
     * Starts module {@code name}'s jar on {@code port}; with {@code machineOptions}, also this machine's extra options
     * ({@link Machine#extraServiceOptions()}) for the process the benchmark measures.
     */
    static ServiceProcess start(
            Path repository, String name, int port, Map<String, String> environment, Path work, boolean machineOptions)
            throws Exception {
        Path jar = ServiceProcess.findJar(repository, name)
                .orElseThrow(() -> new IllegalStateException("Build " + name + " first (the bench/*.sh script does)"));
        // each runs as under load in production: full JIT, not the launcher's start-up options
        List<String> javaOptions = new ArrayList<>(ServiceProcess.THROUGHPUT_JAVA_OPTS);
        javaOptions.addAll(ServiceProcess.classDataSharing(jar));
        if (machineOptions) {
            javaOptions.addAll(Machine.extraServiceOptions());
        }
        return ServiceProcess.start(name, jar, "", port, environment, javaOptions, work, work.resolve(name + ".log"));
    }
}
