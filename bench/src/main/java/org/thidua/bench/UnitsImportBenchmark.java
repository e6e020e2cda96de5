package org.thidua.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.thidua.local.EmbeddedKafka;
import org.thidua.local.EmbeddedMariaDb;
import org.thidua.local.Ports;
import org.thidua.local.ServiceProcess;

/**
 * The units-service CSV import of issue 4 ("10,000 units import in under 30 s"), end to end: units-service started
 * from its jar the way {@code ./thidua up} starts it, the embedded MariaDB and Kafka broker, one CSV of N units posted
 * to {@code POST /api/v1/imports/units}. Measured per run: the request (parse, validate every row, insert, write N
 * outbox events, commit), and the time until the relay has published every event. Each run imports new codes into
 * the same database, so later runs also check uniqueness against the units already there. A last request sends the
 * same size of file with one bad row and measures how fast the whole file is refused.
 * Usage: {@code bench/units-import.sh [units=10000] [runs=3]}.
 */
public final class UnitsImportBenchmark {

    private static final String[] PROVINCES = {
        "Hà Nội",
        "Thanh Hóa",
        "Nghệ An",
        "Đà Nẵng",
        "Đắk Lắk",
        "Quảng Trị",
        "Thừa Thiên Huế",
        "Bắc Ninh",
        "Lạng Sơn",
        "Hải Phòng",
        "Cần Thơ",
        "Điện Biên"
    };

    private UnitsImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path repository = Path.of("").toAbsolutePath();
        BenchInfrastructure infrastructure = BenchInfrastructure.start("import");
        Path work = infrastructure.work();
        EmbeddedKafka kafka = infrastructure.kafka();
        EmbeddedMariaDb db = infrastructure.db();
        List<String> rows = new ArrayList<>();
        try {
            db.createDatabase("units_bench");
            Path jar = ServiceProcess.findJar(repository, "units-service")
                    .orElseThrow(() -> new IllegalStateException("Build units-service first (units-import.sh does)"));
            List<String> javaOptions = new ArrayList<>(ServiceProcess.DEFAULT_JAVA_OPTS);
            try (ServiceProcess service = ServiceProcess.start(
                    "units-service",
                    jar,
                    "",
                    Ports.freePort(),
                    Map.of(
                            "DATASOURCES_DEFAULT_URL", db.jdbcUrl("units_bench"),
                            "DATASOURCES_DEFAULT_USERNAME", db.username(),
                            "DATASOURCES_DEFAULT_PASSWORD", db.password(),
                            "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers()),
                    javaOptions,
                    work,
                    work.resolve("units-service.log"))) {
                service.awaitReady(Duration.ofSeconds(120));
                HttpClient http = HttpClient.newBuilder()
                        .connectTimeout(Duration.ofSeconds(5))
                        .build();
                for (int run = 1; run <= runs; run++) {
                    byte[] csv = csv("R" + run, count, -1);
                    long started = System.nanoTime();
                    HttpResponse<String> response = post(http, service, csv);
                    long imported = System.nanoTime();
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(
                                "Import failed: " + response.statusCode() + " " + response.body());
                    }
                    awaitPublished(db);
                    long published = System.nanoTime();
                    rows.add(String.format(
                            "| %d | %,d units, %.1f MB | %.2f s | %.2f s | %s |",
                            run,
                            count,
                            csv.length / 1_048_576.0,
                            (imported - started) / 1e9,
                            (published - started) / 1e9,
                            response.body()));
                }
                byte[] bad = csv("X", count, count / 2 + 1);
                long started = System.nanoTime();
                HttpResponse<String> refused = post(http, service, bad);
                long answered = System.nanoTime();
                if (refused.statusCode() != 400) {
                    throw new IllegalStateException("The bad file was not refused: " + refused.statusCode());
                }
                rows.add(String.format(
                        "| refused | %,d units, one bad row | %.2f s | — | 400, %s |",
                        count,
                        (answered - started) / 1e9,
                        refused.body().replaceAll(".*\"detail\":\"([^\"]*)\".*", "$1")));
            }
        } finally {
            infrastructure.close();
        }
        System.out.println();
        System.out.println("Machine: " + Machine.describe());
        System.out.println("Command: bench/units-import.sh " + count + " " + runs + "   (service JVM options: "
                + String.join(" ", ServiceProcess.DEFAULT_JAVA_OPTS) + ")");
        System.out.println();
        System.out.println("| run | file | request (validate, insert, outbox, commit) | until every event is on Kafka "
                + "| answer |");
        System.out.println("|---|---|---|---|---|");
        rows.forEach(System.out::println);
    }

    /**
     * N units: one agency per hundred, each with departments under it (a parent earlier in the file), Vietnamese
     * names with quotes and commas. {@code badRow} (0-based, or -1) gets an invalid code.
     */
    static byte[] csv(String prefix, int count, int badRow) {
        StringBuilder csv = new StringBuilder(count * 140);
        csv.append("code,name,shortName,kind,parentCode,province,language\n");
        for (int i = 0; i < count; i++) {
            String province = PROVINCES[i % PROVINCES.length];
            String code = i == badRow ? "BAD CODE!" : String.format("%s-%05d", prefix, i);
            if (i % 100 == 0) {
                csv.append(code)
                        .append(",\"Văn phòng Đoàn ĐBQH và HĐND tỉnh ")
                        .append(province)
                        .append(", số ")
                        .append(i / 100)
                        .append("\",VP ")
                        .append(province)
                        .append(",PROVINCIAL_OFFICE,,")
                        .append(province)
                        .append(",vi\n");
            } else {
                csv.append(code)
                        .append(",Phòng Công tác đại biểu số ")
                        .append(i)
                        .append(" – ")
                        .append(province)
                        .append(",,DEPARTMENT,")
                        .append(String.format("%s-%05d", prefix, i - i % 100))
                        .append(',')
                        .append(province)
                        .append(',')
                        .append(i % 10 == 0 ? "en" : "vi")
                        .append('\n');
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> post(HttpClient http, ServiceProcess service, byte[] csv) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(service.baseUrl() + "/api/v1/imports/units"))
                        .header("Content-Type", "text/csv; charset=utf-8")
                        .timeout(Duration.ofMinutes(5))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(csv))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void awaitPublished(EmbeddedMariaDb db) throws Exception {
        try (Connection connection =
                        DriverManager.getConnection(db.jdbcUrl("units_bench"), db.username(), db.password());
                Statement statement = connection.createStatement()) {
            while (true) {
                try (ResultSet rs =
                        statement.executeQuery("SELECT COUNT(*) FROM outbox_event WHERE published_at IS NULL")) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
    }
}
