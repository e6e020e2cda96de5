package org.thidua.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.thidua.local.EmbeddedKafka;
import org.thidua.local.EmbeddedMariaDb;
import org.thidua.local.Ports;
import org.thidua.local.ServiceProcess;

/**
 * For each service: time from process start to {@code /health/readiness} = 200, and resident memory once idle,
 * started the way {@code ./thidua up} starts it, against a real broker and database. Each service is measured
 * alone (three runs, the median reported), then all four together.
 * Usage: {@code bench/startup.sh [runs=3] [idle seconds=10]}.
 */
public final class StartupBenchmark {

    private static final List<String> SERVICES =
            List.of("units-service", "campaigns-service", "awards-service", "notifications-service");

    private StartupBenchmark() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int idleSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path repository = Path.of("").toAbsolutePath();
        BenchInfrastructure infrastructure = BenchInfrastructure.start("startup");
        Path work = infrastructure.work();
        EmbeddedKafka kafka = infrastructure.kafka();
        EmbeddedMariaDb db = infrastructure.db();
        StringBuilder table = new StringBuilder();
        table.append("| service | first start, no CDS archive (training run) | ready after start, alone, with ")
                .append("AppCDS (median of ")
                .append(runs)
                .append(") | each run | RSS idle ")
                .append(idleSeconds)
                .append(" s after ready | ready, all four at once |\n")
                .append("|---|---|---|---|---|---|\n");
        try {
            List<String> alone = new ArrayList<>();
            for (String service : SERVICES) {
                // the first start records the class-data sharing archive when the service stops
                Path jar = ServiceProcess.findJar(repository, service).orElseThrow();
                Files.deleteIfExists(jar.resolveSibling(jar.getFileName() + ".jsa"));
                long training;
                try (ServiceProcess process = start(repository, work, db, kafka, service, 100)) {
                    training = process.awaitReady(Duration.ofSeconds(120)).toMillis();
                }
                List<Long> times = new ArrayList<>();
                long rss = 0;
                for (int run = 0; run < runs; run++) {
                    // a fresh database each run: the first start of a service migrates its schema, as in production
                    try (ServiceProcess process = start(repository, work, db, kafka, service, run)) {
                        times.add(process.awaitReady(Duration.ofSeconds(120)).toMillis());
                        if (run == runs - 1) {
                            Thread.sleep(idleSeconds * 1_000L);
                            rss = Machine.residentKiB(process.pid()) / 1024;
                        }
                    }
                }
                List<Long> sorted = times.stream().sorted().toList();
                alone.add(String.format(
                        "| %s | %.2f s | %.2f s | %s | %d MB |",
                        service,
                        training / 1000.0,
                        sorted.get(sorted.size() / 2) / 1000.0,
                        String.join(
                                ", ",
                                times.stream()
                                        .map(t -> String.format("%.2f", t / 1000.0))
                                        .toList()),
                        rss));
            }
            List<ServiceProcess> together = new ArrayList<>();
            for (String service : SERVICES) {
                together.add(start(repository, work, db, kafka, service, runs));
            }
            for (int i = 0; i < SERVICES.size(); i++) {
                long millis =
                        together.get(i).awaitReady(Duration.ofSeconds(180)).toMillis();
                table.append(alone.get(i)).append(String.format(" %.2f s |%n", millis / 1000.0));
            }
            together.forEach(ServiceProcess::close);
        } finally {
            infrastructure.close();
        }
        System.out.println();
        System.out.println("Machine: " + Machine.describe());
        System.out.println("Command: bench/startup.sh " + runs + " " + idleSeconds + "   (JVM options: "
                + String.join(" ", ServiceProcess.DEFAULT_JAVA_OPTS) + " + -XX:SharedArchiveFile=<jar>.jsa)");
        System.out.println();
        System.out.print(table);
    }

    private static List<String> javaOptions(Path jar) {
        List<String> options = new ArrayList<>(ServiceProcess.DEFAULT_JAVA_OPTS);
        options.addAll(ServiceProcess.classDataSharing(jar));
        return options;
    }

    private static ServiceProcess start(
            Path repository, Path work, EmbeddedMariaDb db, EmbeddedKafka kafka, String service, int run)
            throws Exception {
        String database = service.replace("-service", "") + "_bench_" + run;
        db.createDatabase(database);
        Path jar = ServiceProcess.findJar(repository, service)
                .orElseThrow(() -> new IllegalStateException("Build " + service + " first (bench/startup.sh does)"));
        return ServiceProcess.start(
                service,
                jar,
                "",
                Ports.freePort(),
                Map.of(
                        "DATASOURCES_DEFAULT_URL", db.jdbcUrl(database),
                        "DATASOURCES_DEFAULT_USERNAME", db.username(),
                        "DATASOURCES_DEFAULT_PASSWORD", db.password(),
                        "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers()),
                javaOptions(jar),
                work,
                work.resolve(service + ".log"));
    }
}
