package org.thidua.deploy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Stands in for a deployable's jar in {@link ClassDataTrainingTest}: like the portal, it answers
 * {@code /health/liveness} on MICRONAUT_SERVER_PORT and runs until it is stopped; {@link EndsAtTheDatabase}, like a
 * service at build time, gives up at once because no database answers.
 */
public final class TrainingStandIn {

    private TrainingStandIn() {}

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(System.getenv("MICRONAUT_SERVER_PORT"));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/health/liveness", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start(); // a non-daemon thread: runs until the process is stopped
    }

    /** A service's start at build time: no database at {@code DATASOURCES_DEFAULT_URL}, so it ends. */
    public static final class EndsAtTheDatabase {

        private EndsAtTheDatabase() {}

        public static void main(String[] args) {
            System.err.println("cannot connect to " + System.getenv("DATASOURCES_DEFAULT_URL"));
            System.exit(1);
        }
    }
}
