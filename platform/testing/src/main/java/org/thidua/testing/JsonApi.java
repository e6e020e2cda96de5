package org.thidua.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * What the services' API tests send and read: JSON in, JSON trees out, and refusals checked for the one error
 * format ({@code application/problem+json} with a Thidua problem type). Without a token of its own a request goes
 * as the default caller ({@link DefaultCallerFilter}, ADMIN); a subclass made with a token sends that caller's.
 */
public class JsonApi {

    public static final ObjectMapper JSON = new ObjectMapper();

    private final BlockingHttpClient http;
    private final String token;

    public JsonApi(BlockingHttpClient http) {
        this(http, null);
    }

    protected JsonApi(BlockingHttpClient http, String token) {
        this.http = http;
        this.token = token;
    }

    protected BlockingHttpClient http() {
        return http;
    }

    protected String token() {
        return token;
    }

    public JsonNode get(String path) {
        return send(HttpRequest.GET(path));
    }

    /** POSTs {@code body} as JSON (no body when null: an action such as {@code /launch} takes none); expects a 2xx. */
    public JsonNode post(String path, Object body) {
        return send(
                body == null
                        ? HttpRequest.POST(path, null)
                        : HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_JSON));
    }

    public JsonNode put(String path, Object body) {
        return send(HttpRequest.PUT(path, body).contentType(MediaType.APPLICATION_JSON));
    }

    /** Sends and expects a 2xx; the body as a tree (null when empty). */
    public JsonNode send(MutableHttpRequest<?> request) {
        HttpResponse<String> response = http.exchange(caller(request), String.class);
        assertThat(response.getStatus().getCode()).isBetween(200, 299);
        return response.getBody().map(JsonApi::read).orElse(null);
    }

    /** Sends, expects an {@code application/problem+json} answer with {@code status}; returns the problem. */
    public JsonNode problem(MutableHttpRequest<?> request, int status) {
        HttpClientResponseException error = catchThrowableOfType(
                HttpClientResponseException.class, () -> http.exchange(caller(request), String.class));
        assertThat(error)
                .as("expected a %s answer to %s %s", status, request.getMethod(), request.getPath())
                .isNotNull();
        String body = error.getResponse().getBody(String.class).orElse("");
        assertThat(error.getStatus().getCode())
                .as("%s %s: %s", request.getMethod(), request.getPath(), body)
                .isEqualTo(status);
        assertThat(error.getResponse().getContentType().map(Object::toString)).hasValue("application/problem+json");
        JsonNode problem = read(body);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asText()).startsWith("https://thidua.org/problems/");
        return problem;
    }

    private <B> MutableHttpRequest<B> caller(MutableHttpRequest<B> request) {
        return token == null ? request : request.bearerAuth(token);
    }

    /** The fields a problem's violations name, sorted (none when it has no violations). */
    public static List<String> fields(JsonNode problem) {
        return StreamSupport.stream(problem.path("violations").spliterator(), false)
                .map(v -> v.get("field").asText())
                .sorted()
                .toList();
    }

    /** The message of the violation naming {@code field}. */
    public static String message(JsonNode problem, String field) {
        return StreamSupport.stream(problem.path("violations").spliterator(), false)
                .filter(v -> v.get("field").asText().equals(field))
                .map(v -> v.get("message").asText())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no violation of " + field + " in " + problem));
    }

    /** Words that would tell a client how the service is built: Java packages and classes, library features. */
    public static final List<String> INTERNALS = List.of(
            "java.",
            "javax.",
            "jakarta.",
            "org.",
            "io.micronaut",
            "com.fasterxml",
            "Exception",
            "DeserializationFeature",
            "StreamReadFeature",
            "JsonReadFeature",
            "Jackson",
            "Serde",
            "Argument",
            "START_OBJECT",
            "VALUE_STRING",
            "SQL");

    /** Asserts that {@code problem} (the whole body) names none of the {@link #INTERNALS}. */
    public static void assertDescribesNoInternals(JsonNode problem) {
        assertThat(problem.toString()).as("a problem in plain words").doesNotContain(INTERNALS);
    }

    public static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    public static JsonNode read(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + new String(json, StandardCharsets.UTF_8), e);
        }
    }
}
