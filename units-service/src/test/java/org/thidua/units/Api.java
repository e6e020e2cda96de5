package org.thidua.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

/** What the API tests send and read: JSON in, JSON trees out, problems checked for their format. */
public final class Api {

    public static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;

    public Api(HttpClient http) {
        this.http = http;
    }

    public JsonNode get(String uri) {
        return read(http.toBlocking().retrieve(HttpRequest.GET(uri), String.class));
    }

    public JsonNode post(String uri, Object body) {
        return send(HttpRequest.POST(uri, body));
    }

    public JsonNode put(String uri, Object body) {
        return send(HttpRequest.PUT(uri, body));
    }

    public HttpResponse<String> delete(String uri) {
        return http.toBlocking().exchange(HttpRequest.DELETE(uri), String.class);
    }

    /** Sends and expects a 2xx; the body as a tree (null when empty). */
    public JsonNode send(MutableHttpRequest<?> request) {
        HttpResponse<String> response = http.toBlocking().exchange(request, String.class);
        assertThat(response.getStatus().getCode()).isBetween(200, 299);
        return response.getBody().map(Api::read).orElse(null);
    }

    /** Sends, expects an {@code application/problem+json} answer with {@code status}; returns the problem. */
    public JsonNode problem(MutableHttpRequest<?> request, int status) {
        HttpClientResponseException error = catchThrowableOfType(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(request, String.class));
        assertThat(error).as("expected a %s answer to %s %s", status, request.getMethod(), request.getPath())
                .isNotNull();
        assertThat(error.getStatus().getCode()).as(error.getResponse().getBody(String.class).orElse(""))
                .isEqualTo(status);
        assertThat(error.getResponse().getContentType().map(Object::toString)).hasValue("application/problem+json");
        JsonNode problem = read(error.getResponse().getBody(String.class).orElseThrow());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asText()).startsWith("https://thidua.org/problems/");
        return problem;
    }

    /** The fields a problem's violations name, sorted. */
    public static List<String> fields(JsonNode problem) {
        JsonNode violations = problem.get("violations");
        if (violations == null) {
            return List.of();
        }
        return StreamSupport.stream(violations.spliterator(), false).map(v -> v.get("field").asText()).sorted()
                .toList();
    }

    public static String message(JsonNode problem, String field) {
        return StreamSupport.stream(problem.get("violations").spliterator(), false)
                .filter(v -> v.get("field").asText().equals(field)).map(v -> v.get("message").asText())
                .findFirst().orElseThrow(() -> new AssertionError("no violation of " + field + " in " + problem));
    }

    /** Registers a unit and returns its id. */
    public String unit(String code, String name) {
        return post("/api/v1/units", Map.of("code", code, "name", name)).get("id").asText();
    }

    public String unit(Map<String, ?> body) {
        return post("/api/v1/units", body).get("id").asText();
    }

    /** Creates a group and returns its id. */
    public String group(String kind, int year, String code, String name) {
        return post("/api/v1/groups", Map.of("kind", kind, "year", year, "code", code, "name", name)).get("id")
                .asText();
    }

    public static MutableHttpRequest<String> csv(String uri, String body) {
        return HttpRequest.POST(uri, body).contentType("text/csv; charset=utf-8");
    }

    public static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
