package org.thidua.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The demo world's part in units-service: its groups (blocks and a cluster), units, contacts, members, who is in
 * which group and which unit heads it. Each looked up before it is created.
 */
final class DemoUnits {

    private static final ObjectMapper JSON = DemoApi.JSON;

    private final DemoApi api;
    private final URI units;
    private final JsonNode world;

    DemoUnits(DemoApi api, URI units, JsonNode world) {
        this.api = api;
        this.units = units;
        this.world = world;
    }

    /** The world's groups of {@code year}, by code. */
    Map<String, JsonNode> groups(int year) {
        Map<String, JsonNode> existing = new HashMap<>();
        for (JsonNode g : api.all(units, "/api/v1/groups?year=" + year, api.admin())) {
            existing.put(g.get("code").asText().toUpperCase(Locale.ROOT), g);
        }
        Map<String, JsonNode> result = new LinkedHashMap<>();
        for (JsonNode group : world.get("groups")) {
            String code = group.get("code").asText();
            JsonNode saved = existing.get(code.toUpperCase(Locale.ROOT));
            if (saved == null) {
                ObjectNode body = JSON.createObjectNode()
                        .put("kind", group.get("kind").asText())
                        .put("year", year)
                        .put("code", code)
                        .put("name", group.get("name").asText());
                saved = api.send("POST", units, "/api/v1/groups", body, api.admin(), 201);
                api.count(true, "groups");
            } else {
                api.count(false, "groups");
            }
            result.put(code, saved);
        }
        return result;
    }

    JsonNode unit(JsonNode unit) {
        String code = unit.get("code").asText();
        for (JsonNode u : api.all(units, "/api/v1/units?code=" + encode(code), api.admin())) {
            if (u.get("code").asText().equalsIgnoreCase(code)) {
                api.count(false, "units");
                return u;
            }
        }
        ObjectNode body = JSON.createObjectNode()
                .put("code", code)
                .put("name", unit.get("name").asText())
                .put("shortName", unit.get("shortName").asText())
                .put("language", "vi")
                .put("kind", unit.get("kind").asText())
                .put("province", unit.get("province").asText());
        api.count(true, "units");
        return api.send("POST", units, "/api/v1/units", body, api.admin(), 201);
    }

    /** Replaces the unit's contacts only when one of the world's is missing (a PUT would announce a change). */
    void contacts(String unitId, JsonNode wanted) {
        JsonNode current = api.send("GET", units, "/api/v1/units/" + unitId + "/contacts", null, api.admin(), 200);
        Set<String> have = new HashSet<>();
        current.get("contacts").forEach(c -> have.add(c.get("email").asText().toLowerCase(Locale.ROOT)));
        int missing = 0;
        for (JsonNode c : wanted) {
            missing += have.contains(c.get("email").asText().toLowerCase(Locale.ROOT)) ? 0 : 1;
        }
        if (missing == 0) {
            api.count("contacts", 0, wanted.size());
            return;
        }
        ArrayNode list = JSON.createArrayNode();
        current.get("contacts").forEach(c -> {
            if (wanted.findValuesAsText("email").stream()
                    .noneMatch(e -> e.equalsIgnoreCase(c.get("email").asText()))) {
                list.add(contact(c));
            }
        });
        wanted.forEach(c -> list.add(contact(c)));
        api.send(
                "PUT",
                units,
                "/api/v1/units/" + unitId + "/contacts",
                JSON.createObjectNode().set("contacts", list),
                api.admin(),
                200);
        api.count("contacts", missing, wanted.size() - missing);
    }

    private static ObjectNode contact(JsonNode c) {
        ObjectNode node = JSON.createObjectNode()
                .put("email", c.get("email").asText())
                .put("role", c.get("role").asText());
        if (c.hasNonNull("name")) {
            node.put("name", c.get("name").asText());
        }
        return node;
    }

    /** The unit's members of the world, in its order, matched by full name; each ObjectNode gains "id". */
    List<JsonNode> members(String unitId, JsonNode wanted) {
        Map<String, String> existing = new HashMap<>();
        for (JsonNode m : api.all(units, "/api/v1/units/" + unitId + "/members?active=true", api.admin())) {
            existing.put(m.get("fullName").asText(), m.get("id").asText());
        }
        List<JsonNode> result = new ArrayList<>();
        for (JsonNode member : wanted) {
            String name = member.get("fullName").asText();
            String id = existing.get(name);
            if (id == null) {
                ObjectNode body = JSON.createObjectNode()
                        .put("fullName", name)
                        .put("position", member.get("position").asText())
                        .put("email", member.get("email").asText());
                id = api.send("POST", units, "/api/v1/units/" + unitId + "/members", body, api.admin(), 201)
                        .get("id")
                        .asText();
                api.count(true, "members");
            } else {
                api.count(false, "members");
            }
            result.add(((ObjectNode) member.deepCopy()).put("id", id));
        }
        return result;
    }

    void memberships(Map<String, JsonNode> groups, Map<String, JsonNode> unitsByCode) {
        for (JsonNode group : world.get("groups")) {
            String groupId = groups.get(group.get("code").asText()).get("id").asText();
            Set<String> members = api.all(units, "/api/v1/groups/" + groupId + "/members", api.admin()).stream()
                    .map(m -> m.get("unitId").asText())
                    .collect(Collectors.toSet());
            List<String> missing = new ArrayList<>();
            for (JsonNode unit : world.get("units")) {
                if (unit.get("group").asText().equals(group.get("code").asText())) {
                    String unitId =
                            unitsByCode.get(unit.get("code").asText()).get("id").asText();
                    api.count(!members.contains(unitId), "group memberships");
                    if (!members.contains(unitId)) {
                        missing.add(unitId);
                    }
                }
            }
            if (!missing.isEmpty()) {
                ObjectNode body = JSON.createObjectNode();
                missing.forEach(body.putArray("unitIds")::add);
                api.send("POST", units, "/api/v1/groups/" + groupId + "/members", body, api.admin(), 200, 201);
            }
            String headId =
                    unitsByCode.get(group.get("head").asText()).get("id").asText();
            JsonNode current = api.send("GET", units, "/api/v1/groups/" + groupId, null, api.admin(), 200);
            if (!headId.equals(current.path("headUnitId").asText(null))) {
                api.send(
                        "PUT",
                        units,
                        "/api/v1/groups/" + groupId + "/leadership",
                        JSON.createObjectNode().put("headUnitId", headId),
                        api.admin(),
                        200);
            }
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
