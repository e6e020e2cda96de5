package org.thidua.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * How the demo loader talks to the services: as the person whose step it is (development tokens signed with the
 * stack's secret), through their public REST APIs, retrying while a projection catches up (ADR 21); and what it
 * counted (created, or there already).
 */
final class DemoApi {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String secret;
    private final Duration projectionWait;
    private final Map<String, String> tokens = new HashMap<>();
    private final Map<String, Integer> created = new LinkedHashMap<>();
    private final Map<String, Integer> present = new LinkedHashMap<>();

    DemoApi(String secret, Duration projectionWait, List<String> kinds) {
        this.secret = secret;
        this.projectionWait = projectionWait;
        for (String kind : kinds) {
            created.put(kind, 0);
            present.put(kind, 0);
        }
    }

    /** The unit's officer among its members: the one marked so in the world, else the first. */
    static JsonNode officerOf(List<JsonNode> members) {
        return members.stream()
                .filter(m -> m.path("officer").asBoolean())
                .findFirst()
                .orElse(members.get(0));
    }

    String admin() {
        return tokens.computeIfAbsent(
                "admin", k -> DevelopmentTokens.token(secret, "demo-office", "ADMIN", Map.of(), Duration.ofHours(1)));
    }

    String officer(String unitId, JsonNode member) {
        return tokens.computeIfAbsent(
                "officer:" + unitId,
                k -> DevelopmentTokens.token(
                        secret,
                        "demo-officer",
                        "UNIT_OFFICER",
                        Map.of("unit_id", unitId, "member_id", member.get("id").asText()),
                        Duration.ofHours(1)));
    }

    String reviewer(String groupId) {
        return tokens.computeIfAbsent(
                "reviewer:" + groupId,
                k -> DevelopmentTokens.token(
                        secret,
                        "demo-reviewer",
                        "REVIEWER",
                        Map.of("group_ids", List.of(groupId)),
                        Duration.ofHours(1)));
    }

    /** One thing of {@code kind}: created now, or there already. */
    void count(boolean wasCreated, String kind) {
        (wasCreated ? created : present).merge(kind, 1, Integer::sum);
    }

    /** Several things of {@code kind} at once. */
    void count(String kind, int wasCreated, int wasPresent) {
        created.merge(kind, wasCreated, Integer::sum);
        present.merge(kind, wasPresent, Integer::sum);
    }

    /** Every kind back to nought, at the start of a load. */
    void resetCounts() {
        created.replaceAll((kind, n) -> 0);
        present.replaceAll((kind, n) -> 0);
    }

    Map<String, Integer> created() {
        return new LinkedHashMap<>(created);
    }

    Map<String, Integer> present() {
        return new LinkedHashMap<>(present);
    }

    record Answer(int status, String body, String method, String path) {}

    /** Every item of a paged list: a PageResponse (items, total) or a plain array of one page. */
    List<JsonNode> all(URI base, String path, String token) {
        int size = 200;
        List<JsonNode> items = new ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        for (int page = 0; ; page++) {
            JsonNode answer = send("GET", base, path + separator + "size=" + size + "&page=" + page, null, token, 200);
            JsonNode pageItems = answer.isArray() ? answer : answer.get("items");
            pageItems.forEach(items::add);
            if (pageItems.size() < size
                    || (answer.has("total")
                            && items.size() >= answer.get("total").asLong())) {
                return items;
            }
        }
    }

    JsonNode send(String method, URI base, String path, JsonNode body, String token, int... expected) {
        return expect(call(method, base, path, body, token), expected);
    }

    /**
     * Repeats {@code call} while campaigns-service answers 422 or 403 because its projection of units-service (groups,
     * memberships, members) has not caught up yet, for at most {@link #projectionWait}; any other answer is final.
     */
    JsonNode retrying(Supplier<Answer> call, int expected) {
        long deadline = System.nanoTime() + projectionWait.toNanos();
        while (true) {
            Answer answer = call.get();
            boolean notYet = answer.status() == 422 || answer.status() == 403;
            if (!notYet || System.nanoTime() > deadline) {
                return expect(answer, expected);
            }
            ProcessSupport.pause(200);
        }
    }

    private JsonNode expect(Answer answer, int... expected) {
        for (int status : expected) {
            if (answer.status() == status) {
                try {
                    return answer.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(answer.body());
                } catch (IOException e) {
                    throw new DemoLoader.DemoException(
                            answer.method() + " " + answer.path() + ": not JSON: " + answer.body());
                }
            }
        }
        throw new DemoLoader.DemoException(
                answer.method() + " " + answer.path() + " answered " + answer.status() + ": " + answer.body());
    }

    Answer call(String method, URI base, String path, JsonNode body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        }
        try {
            HttpResponse<String> response =
                    http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body(), method, path);
        } catch (IOException e) {
            throw new DemoLoader.DemoException(method + " " + base.resolve(path) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoLoader.DemoException(method + " " + path + ": interrupted");
        }
    }
}
