package org.thidua.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeMap;

/**
 * Test fixture standing in for a service jar: answers {@code /health/readiness} on MICRONAUT_SERVER_PORT and
 * shows the environment the launcher gave it on {@code /env}. With the argument-less variant
 * {@link Failing} it exits at once.
 */
public final class FakeServiceMain {

    private FakeServiceMain() {}

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(System.getenv("MICRONAUT_SERVER_PORT"));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/health/readiness", exchange -> respond(exchange, "{\"status\":\"UP\"}"));
        server.createContext("/env", exchange -> {
            StringBuilder body = new StringBuilder();
            for (String key : List.of(
                    "MICRONAUT_SERVER_PORT",
                    "MICRONAUT_SERVER_HOST",
                    "DATASOURCES_DEFAULT_URL",
                    "DATASOURCES_DEFAULT_USERNAME",
                    "DATASOURCES_DEFAULT_PASSWORD",
                    "KAFKA_BOOTSTRAP_SERVERS",
                    "JAVAMAIL_PROPERTIES_MAIL_SMTP_HOST",
                    "JAVAMAIL_PROPERTIES_MAIL_SMTP_PORT",
                    "THIDUA_PORTAL_DEV_SIGN_IN",
                    "THIDUA_PORTAL_DEMO_ACCOUNTS")) {
                body.append(key).append('=').append(System.getenv(key)).append('\n');
            }
            // the services a portal is given (MICRONAUT_HTTP_SERVICES_<NAME>_URL)
            new TreeMap<>(System.getenv()).forEach((key, value) -> {
                if (key.startsWith("MICRONAUT_HTTP_SERVICES_")) {
                    body.append(key).append('=').append(value).append('\n');
                }
            });
            respond(exchange, body.toString());
        });
        server.start();
        System.out.println("fake service listening on " + port);
    }

    private static void respond(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** A service that cannot start. */
    public static final class Failing {

        private Failing() {}

        public static void main(String[] args) {
            System.out.println("failing service: cannot start");
            System.exit(1);
        }
    }
}
