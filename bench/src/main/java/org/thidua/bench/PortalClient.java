package org.thidua.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.util.Timeout;

/**
 * The portal benchmark's HTTP client: the portal and the four services by short name ("portal", "units",
 * "campaigns", ...), one kept-alive connection per client thread and server, like a fleet of browsers; no redirects
 * followed, no cookies kept (each person's session cookie is sent by hand).
 */
final class PortalClient {

    static final ObjectMapper JSON = new ObjectMapper();

    record Response(int status, String body) {}

    final CloseableHttpClient http;
    private final Map<String, String> bases = new HashMap<>();

    PortalClient(int concurrency) {
        this.http = HttpClients.custom()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableRedirectHandling()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(concurrency * 5)
                        .setMaxConnPerRoute(concurrency)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofSeconds(5))
                                .setSocketTimeout(Timeout.ofSeconds(60))
                                .build())
                        .build())
                .build();
    }

    /** Where {@code server} ("portal", "units", ...) answers. */
    void base(String server, String baseUrl) {
        bases.put(server, baseUrl);
    }

    String base(String server) {
        return bases.get(server);
    }

    Response call(String method, String server, String path, byte[] body, String contentType, String authorization)
            throws Exception {
        return call(method, server, path, body, contentType, authorization, null);
    }

    Response call(
            String method,
            String server,
            String path,
            byte[] body,
            String contentType,
            String authorization,
            String cookie)
            throws Exception {
        ClassicRequestBuilder request = ClassicRequestBuilder.create(method).setUri(bases.get(server) + path);
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        if (cookie != null) {
            request.addHeader("Cookie", cookie);
        }
        if (body != null) {
            request.setEntity(
                    new ByteArrayEntity(body, ContentType.parse(contentType).withCharset(StandardCharsets.UTF_8)));
        }
        return http.execute(
                request.build(),
                r -> new Response(
                        r.getCode(),
                        r.getEntity() == null ? "" : EntityUtils.toString(r.getEntity(), StandardCharsets.UTF_8)));
    }

    Response send(
            String method,
            String server,
            String path,
            byte[] body,
            String contentType,
            String authorization,
            int... expected)
            throws Exception {
        Response response = call(method, server, path, body, contentType, authorization);
        for (int status : expected) {
            if (response.status() == status) {
                return response;
            }
        }
        throw new IllegalStateException(
                method + " " + server + path + " -> " + response.status() + " " + response.body());
    }

    JsonNode json(String method, String server, String path, String body, String authorization, int expected)
            throws Exception {
        return JSON.readTree(send(
                        method,
                        server,
                        path,
                        body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                        "application/json",
                        authorization,
                        expected)
                .body());
    }

    /** campaigns-service as {@link BenchCampaign} calls it, with {@code authorization}. */
    BenchCampaign.Api campaigns(String authorization) {
        return (method, path, body) -> {
            Response response = call(
                    method,
                    "campaigns",
                    path,
                    body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                    "application/json",
                    authorization);
            return new BenchCampaign.Answer(response.status(), response.body());
        };
    }
}
