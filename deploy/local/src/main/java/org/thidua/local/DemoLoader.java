package org.thidua.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code ./thidua demo} and {@code ./thidua up --demo}: loads the world of the 2019 article in
 * {@code /demo/world-2019.json} (units, groups, contacts, members, the 2019 campaign, its registrations, covenants and
 * mid-year score sheets, the mid-year period finalized) through the services' public REST APIs, as the people whose
 * step it is: the emulation office (ADMIN) creates and decides, each unit's officer signs and fills its sheet, each
 * group's reviewer reviews. Idempotent: everything is looked up (by code, name or unit) before it is created, and a
 * step already taken is not taken again, so a second run creates nothing (ADR 54).
 */
public final class DemoLoader {

    /** Where the world lives on the class path. */
    public static final String WORLD = "/demo/world-2019.json";
    /** The accounts file the portal's development sign-in lists ({@code THIDUA_PORTAL_DEMO_ACCOUNTS}). */
    public static final String ACCOUNTS_FILE = "demo-accounts.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String MID_YEAR = "MID_YEAR";

    /** One account the development sign-in page offers. */
    public record Account(String label, List<String> roles, String unitId, List<String> groupIds, String memberId) {
    }

    /** What a load did: per kind of thing, how many it created and how many were there already. */
    public record Report(Map<String, Integer> created, Map<String, Integer> present, List<Account> accounts,
                         Duration took) {

        public int createdTotal() {
            return created.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** "18 units, 3 groups, ... loaded in 14.2 s (created 250, already there 0)". */
        public String summary() {
            List<String> parts = new ArrayList<>();
            for (String kind : present.keySet()) {
                int total = present.get(kind) + created.getOrDefault(kind, 0);
                parts.add(total + " " + (total == 1 ? kind.substring(0, kind.length() - 1) : kind));
            }
            int there = present.values().stream().mapToInt(Integer::intValue).sum();
            return String.join(", ", parts) + " loaded in " + String.format(Locale.ROOT, "%.1f s",
                    took.toMillis() / 1000.0) + " (created " + createdTotal() + ", already there " + there + ")";
        }
    }

    /** A service answered what the loader did not expect. */
    public static final class DemoException extends RuntimeException {
        DemoException(String message) {
            super(message);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI units;
    private final URI campaigns;
    private final String secret;
    private final Duration projectionWait;
    private final JsonNode world;
    private final Map<String, Integer> created = new LinkedHashMap<>();
    private final Map<String, Integer> present = new LinkedHashMap<>();
    private final Map<String, String> tokens = new HashMap<>();

    /**
     * @param units          units-service's base URL
     * @param campaigns      campaigns-service's base URL
     * @param secret         the stack's development JWT secret ({@link DevelopmentTokens#secret})
     * @param projectionWait how long to retry a step campaigns-service refuses because its projection of
     *                       units-service's groups and members has not caught up yet (ADR 21: a client retries)
     */
    public DemoLoader(URI units, URI campaigns, String secret, Duration projectionWait) {
        this.units = units;
        this.campaigns = campaigns;
        this.secret = secret;
        this.projectionWait = projectionWait;
        try (InputStream in = DemoLoader.class.getResourceAsStream(WORLD)) {
            this.world = JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + WORLD, e);
        }
        for (String kind : List.of("units", "groups", "contacts", "members", "group memberships", "campaigns",
                "registrations", "covenant signatures", "mid-year sheets", "finalized periods")) {
            created.put(kind, 0);
            present.put(kind, 0);
        }
    }

    /**
     * {@code ./thidua demo} (and the end of {@code ./thidua up --demo}): loads the world into the stack of
     * {@code config.home}, writes {@code <home>/demo-accounts.json} and prints what it did; 0, or 1 on failure.
     */
    static int run(Config config) {
        Map<String, Integer> ports = new HashMap<>();
        config.services.forEach(s -> ports.put(s.name(), s.port()));
        Optional<StackState> state = StackState.read(config.stateFile());
        if (state.isEmpty() || !StackState.READY.equals(state.get().status())) {
            System.err.println("thidua demo: no ready stack in " + config.home + "; start one with ./thidua up -d "
                    + "(or ./thidua up --demo)");
            return 1;
        }
        state.get().parts().forEach(p -> ports.put(p.name(), p.port()));
        for (String service : List.of("units-service", "campaigns-service")) {
            if (state.get().parts().stream().noneMatch(p -> p.name().equals(service))) {
                System.err.println("thidua demo: " + service + " is not part of the running stack");
                return 1;
            }
        }
        Path accounts = config.home.resolve(ACCOUNTS_FILE);
        System.out.println("loading the 2019 demo world (Khối thi đua số III, IV, Cụm thi đua các tỉnh Trung du và "
                + "Bắc bộ) ...");
        try {
            Report report = new DemoLoader(URI.create("http://127.0.0.1:" + ports.get("units-service")),
                    URI.create("http://127.0.0.1:" + ports.get("campaigns-service")),
                    DevelopmentTokens.secret(config.home), Duration.ofSeconds(60)).load();
            writeAccounts(accounts, report.accounts());
            System.out.println("demo: " + report.summary());
            System.out.println("demo accounts (" + report.accounts().size() + ") for the portal's development "
                    + "sign-in: " + accounts + " (THIDUA_PORTAL_DEMO_ACCOUNTS)");
            return 0;
        } catch (DemoException | IOException | UncheckedIOException e) {
            System.err.println("thidua demo: loading failed: " + e.getMessage());
            return 1;
        }
    }

    /** Loads the world (or the part of it not there yet). */
    public Report load() {
        long t0 = System.nanoTime();
        created.replaceAll((kind, n) -> 0);
        present.replaceAll((kind, n) -> 0);
        int year = world.get("year").asInt();
        Map<String, JsonNode> groups = groups(year);
        Map<String, JsonNode> unitsByCode = new LinkedHashMap<>();
        Map<String, List<JsonNode>> membersByCode = new HashMap<>();
        for (JsonNode unit : world.get("units")) {
            String code = unit.get("code").asText();
            JsonNode saved = unit(unit);
            unitsByCode.put(code, saved);
            contacts(saved.get("id").asText(), unit.get("contacts"));
            membersByCode.put(code, members(saved.get("id").asText(), unit.get("members")));
        }
        memberships(groups, unitsByCode);
        JsonNode campaign = campaign(groups);
        String campaignId = campaign.get("id").asText();
        Map<String, JsonNode> registrations = registrations(campaignId, unitsByCode, membersByCode);
        covenants(campaignId, groups, unitsByCode, membersByCode);
        sheets(campaignId, groups, unitsByCode, membersByCode, registrations);
        finalizeMidYear(campaignId);
        List<Account> accounts = accounts(groups, unitsByCode, membersByCode);
        return new Report(new LinkedHashMap<>(created), new LinkedHashMap<>(present), accounts,
                Duration.ofNanos(System.nanoTime() - t0));
    }

    // ------------------------------------------------------------------------------------------- units-service

    private Map<String, JsonNode> groups(int year) {
        Map<String, JsonNode> existing = new HashMap<>();
        for (JsonNode g : all(units, "/api/v1/groups?year=" + year, admin())) {
            existing.put(g.get("code").asText().toUpperCase(Locale.ROOT), g);
        }
        Map<String, JsonNode> result = new LinkedHashMap<>();
        for (JsonNode group : world.get("groups")) {
            String code = group.get("code").asText();
            JsonNode saved = existing.get(code.toUpperCase(Locale.ROOT));
            if (saved == null) {
                ObjectNode body = JSON.createObjectNode().put("kind", group.get("kind").asText()).put("year", year)
                        .put("code", code).put("name", group.get("name").asText());
                saved = send("POST", units, "/api/v1/groups", body, admin(), 201);
                count(true, "groups");
            } else {
                count(false, "groups");
            }
            result.put(code, saved);
        }
        return result;
    }

    private JsonNode unit(JsonNode unit) {
        String code = unit.get("code").asText();
        for (JsonNode u : all(units, "/api/v1/units?code=" + encode(code), admin())) {
            if (u.get("code").asText().equalsIgnoreCase(code)) {
                count(false, "units");
                return u;
            }
        }
        ObjectNode body = JSON.createObjectNode().put("code", code).put("name", unit.get("name").asText())
                .put("shortName", unit.get("shortName").asText()).put("language", "vi")
                .put("kind", unit.get("kind").asText()).put("province", unit.get("province").asText());
        count(true, "units");
        return send("POST", units, "/api/v1/units", body, admin(), 201);
    }

    /** Replaces the unit's contacts only when one of the world's is missing (a PUT would announce a change). */
    private void contacts(String unitId, JsonNode wanted) {
        JsonNode current = send("GET", units, "/api/v1/units/" + unitId + "/contacts", null, admin(), 200);
        Set<String> have = new HashSet<>();
        current.get("contacts").forEach(c -> have.add(c.get("email").asText().toLowerCase(Locale.ROOT)));
        int missing = 0;
        for (JsonNode c : wanted) {
            missing += have.contains(c.get("email").asText().toLowerCase(Locale.ROOT)) ? 0 : 1;
        }
        if (missing == 0) {
            present.merge("contacts", wanted.size(), Integer::sum);
            return;
        }
        ArrayNode list = JSON.createArrayNode();
        current.get("contacts").forEach(c -> {
            if (wanted.findValuesAsText("email").stream().noneMatch(e -> e.equalsIgnoreCase(c.get("email").asText()))) {
                list.add(contact(c));
            }
        });
        wanted.forEach(c -> list.add(contact(c)));
        send("PUT", units, "/api/v1/units/" + unitId + "/contacts", JSON.createObjectNode().set("contacts", list),
                admin(), 200);
        created.merge("contacts", missing, Integer::sum);
        present.merge("contacts", wanted.size() - missing, Integer::sum);
    }

    private static ObjectNode contact(JsonNode c) {
        ObjectNode node = JSON.createObjectNode().put("email", c.get("email").asText()).put("role", c.get("role").asText());
        if (c.hasNonNull("name")) {
            node.put("name", c.get("name").asText());
        }
        return node;
    }

    /** The unit's members of the world, in its order, matched by full name; each ObjectNode gains "id". */
    private List<JsonNode> members(String unitId, JsonNode wanted) {
        Map<String, String> existing = new HashMap<>();
        for (JsonNode m : all(units, "/api/v1/units/" + unitId + "/members?active=true", admin())) {
            existing.put(m.get("fullName").asText(), m.get("id").asText());
        }
        List<JsonNode> result = new ArrayList<>();
        for (JsonNode member : wanted) {
            String name = member.get("fullName").asText();
            String id = existing.get(name);
            if (id == null) {
                ObjectNode body = JSON.createObjectNode().put("fullName", name)
                        .put("position", member.get("position").asText()).put("email", member.get("email").asText());
                id = send("POST", units, "/api/v1/units/" + unitId + "/members", body, admin(), 201).get("id").asText();
                count(true, "members");
            } else {
                count(false, "members");
            }
            result.add(((ObjectNode) member.deepCopy()).put("id", id));
        }
        return result;
    }

    private void memberships(Map<String, JsonNode> groups, Map<String, JsonNode> unitsByCode) {
        for (JsonNode group : world.get("groups")) {
            String groupId = groups.get(group.get("code").asText()).get("id").asText();
            Set<String> members = all(units, "/api/v1/groups/" + groupId + "/members", admin()).stream()
                    .map(m -> m.get("unitId").asText()).collect(Collectors.toSet());
            List<String> missing = new ArrayList<>();
            for (JsonNode unit : world.get("units")) {
                if (unit.get("group").asText().equals(group.get("code").asText())) {
                    String unitId = unitsByCode.get(unit.get("code").asText()).get("id").asText();
                    count(!members.contains(unitId), "group memberships");
                    if (!members.contains(unitId)) {
                        missing.add(unitId);
                    }
                }
            }
            if (!missing.isEmpty()) {
                ObjectNode body = JSON.createObjectNode();
                missing.forEach(body.putArray("unitIds")::add);
                send("POST", units, "/api/v1/groups/" + groupId + "/members", body, admin(), 200, 201);
            }
            String headId = unitsByCode.get(group.get("head").asText()).get("id").asText();
            JsonNode current = send("GET", units, "/api/v1/groups/" + groupId, null, admin(), 200);
            if (!headId.equals(current.path("headUnitId").asText(null))) {
                send("PUT", units, "/api/v1/groups/" + groupId + "/leadership",
                        JSON.createObjectNode().put("headUnitId", headId), admin(), 200);
            }
        }
    }

    // --------------------------------------------------------------------------------------- campaigns-service

    private JsonNode campaign(Map<String, JsonNode> groups) {
        JsonNode spec = world.get("campaign");
        String code = spec.get("code").asText();
        String id = all(campaigns, "/api/v1/campaigns", admin()).stream()
                .filter(c -> c.get("code").asText().equalsIgnoreCase(code)).map(c -> c.get("id").asText())
                .findFirst().orElse(null);
        count(id == null, "campaigns");
        if (id == null) {
            ObjectNode body = JSON.createObjectNode();
            for (String field : List.of("code", "title", "theme", "kind", "startDate", "endDate",
                    "registrationDeadline")) {
                body.put(field, spec.get(field).asText());
            }
            body.put("year", spec.get("year").asInt());
            ObjectNode scope = body.putObject("scope").put("allUnits", false);
            ArrayNode groupIds = scope.putArray("groupIds");
            groups.values().forEach(g -> groupIds.add(g.get("id").asText()));
            body.set("periods", spec.get("periods"));
            body.set("criteria", spec.get("criteria"));
            // 422 while campaigns-service has not yet heard of the groups created a moment ago (ADR 21)
            id = retrying(() -> call("POST", campaigns, "/api/v1/campaigns", body, admin()), 201).get("id").asText();
        }
        JsonNode campaign = send("GET", campaigns, "/api/v1/campaigns/" + id, null, admin(), 200);
        if ("DRAFT".equals(campaign.get("state").asText())) {
            campaign = send("POST", campaigns, "/api/v1/campaigns/" + id + "/launch", null, admin(), 200);
        }
        if ("LAUNCHED".equals(campaign.get("state").asText())) {
            campaign = send("POST", campaigns, "/api/v1/campaigns/" + id + "/start", null, admin(), 200);
        }
        return campaign;
    }

    /**
     * Every unit registers; the deadline (28/02/2019) is long past, so the office enters each registration as a late
     * admission with the world's reason (the supported way, ADR 21 and 54), then accepts it.
     */
    private Map<String, JsonNode> registrations(String campaignId, Map<String, JsonNode> unitsByCode,
                                                Map<String, List<JsonNode>> membersByCode) {
        JsonNode spec = world.get("campaign");
        String path = "/api/v1/campaigns/" + campaignId + "/registrations";
        Map<String, JsonNode> byUnit = new HashMap<>();
        all(campaigns, path, admin()).forEach(r -> byUnit.put(r.get("unitId").asText(), r));
        Map<String, JsonNode> result = new LinkedHashMap<>();
        for (JsonNode unit : world.get("units")) {
            String code = unit.get("code").asText();
            String unitId = unitsByCode.get(code).get("id").asText();
            JsonNode registration = byUnit.get(unitId);
            count(registration == null, "registrations");
            if (registration == null) {
                ObjectNode body = JSON.createObjectNode().put("unitId", unitId);
                body.set("commitments", spec.get("commitments"));
                body.put("collectiveTitle", unit.get("collectiveTitle").asText());
                ArrayNode titles = body.putArray("memberTitles");
                for (JsonNode member : membersByCode.get(code)) {
                    titles.addObject().put("memberId", member.get("id").asText())
                            .put("titleCode", member.get("title").asText());
                }
                body.put("lateAdmissionReason", spec.get("lateAdmissionReason").asText());
                // 422 while campaigns-service's projection lacks the unit's group membership or its members
                registration = retrying(() -> call("POST", campaigns, path, body, admin()), 201);
            }
            if ("SUBMITTED".equals(registration.get("state").asText())) {
                registration = send("POST", campaigns, path + "/" + registration.get("id").asText() + "/accept", null,
                        admin(), 200);
            }
            result.put(code, registration);
        }
        return result;
    }

    /** The office opens one covenant per group; each unit's officer signs it. */
    private void covenants(String campaignId, Map<String, JsonNode> groups, Map<String, JsonNode> unitsByCode,
                           Map<String, List<JsonNode>> membersByCode) {
        JsonNode spec = world.get("campaign").get("covenant");
        String path = "/api/v1/campaigns/" + campaignId + "/covenants";
        Map<String, JsonNode> byGroup = new HashMap<>();
        send("GET", campaigns, path, null, admin(), 200).forEach(c -> byGroup.put(c.get("groupId").asText(), c));
        Map<String, String> codeOfUnit = new HashMap<>();
        unitsByCode.forEach((code, unit) -> codeOfUnit.put(unit.get("id").asText(), code));
        for (JsonNode group : world.get("groups")) {
            String groupId = groups.get(group.get("code").asText()).get("id").asText();
            JsonNode covenant = byGroup.get(groupId);
            if (covenant == null) {
                ObjectNode body = JSON.createObjectNode().put("groupId", groupId)
                        .put("text", spec.get("text").asText().replace("{group}", group.get("name").asText()));
                body.set("targets", spec.get("targets"));
                covenant = retrying(() -> call("POST", campaigns, path, body, admin()), 201);
            }
            for (JsonNode party : covenant.get("parties")) {
                if (!codeOfUnit.containsKey(party.get("unitId").asText())) {
                    continue; // a unit added to the group by hand: not the demo's to sign for
                }
                boolean signed = party.hasNonNull("signedAt");
                count(!signed, "covenant signatures");
                if (!signed) {
                    String unitId = party.get("unitId").asText();
                    send("POST", campaigns, path + "/" + covenant.get("id").asText() + "/sign",
                            JSON.createObjectNode().put("unitId", unitId),
                            officer(unitId, officerOf(membersByCode.get(codeOfUnit.get(unitId)))), 200);
                }
            }
        }
    }

    /** Each officer fills and submits its mid-year sheet, the group's reviewer reviews it, the office approves it. */
    private void sheets(String campaignId, Map<String, JsonNode> groups, Map<String, JsonNode> unitsByCode,
                        Map<String, List<JsonNode>> membersByCode, Map<String, JsonNode> registrations) {
        String path = "/api/v1/campaigns/" + campaignId + "/periods/" + MID_YEAR + "/score-sheets";
        JsonNode campaign = send("GET", campaigns, "/api/v1/campaigns/" + campaignId, null, admin(), 200);
        if (finalized(campaign)) {
            present.merge("mid-year sheets", world.get("units").size(), Integer::sum);
            return;
        }
        Map<String, JsonNode> byUnit = new HashMap<>();
        all(campaigns, path, admin()).forEach(s -> byUnit.put(s.get("unitId").asText(), s));
        String reviewNote = world.get("campaign").get("midYear").get("reviewNote").asText();
        for (JsonNode unit : world.get("units")) {
            String code = unit.get("code").asText();
            String unitId = unitsByCode.get(code).get("id").asText();
            String officer = officer(unitId, officerOf(membersByCode.get(code)));
            JsonNode sheet = byUnit.get(unitId);
            count(sheet == null, "mid-year sheets");
            if (sheet == null) {
                ObjectNode body = JSON.createObjectNode()
                        .put("registrationId", registrations.get(code).get("id").asText());
                ArrayNode entries = body.putArray("entries");
                String evidence = "https://" + code.substring(code.indexOf('-') + 1).toLowerCase(Locale.ROOT)
                        + ".vpdbqh.example.org/thi-dua/2019/bao-cao-so-ket-6-thang.pdf";
                unit.get("midYear").get("points").fields().forEachRemaining(e -> {
                    ObjectNode entry = entries.addObject().put("criterionCode", e.getKey())
                            .put("points", e.getValue().decimalValue());
                    if ("TC1".equals(e.getKey())) {
                        entry.putArray("evidence").add(evidence);
                    }
                });
                sheet = send("POST", campaigns, path, body, officer, 201);
            }
            String sheetPath = path + "/" + sheet.get("id").asText();
            if ("DRAFT".equals(sheet.get("state").asText())) {
                sheet = send("POST", campaigns, sheetPath + "/submit", null, officer, 200);
            }
            if ("SUBMITTED".equals(sheet.get("state").asText())) {
                ObjectNode review = JSON.createObjectNode();
                ArrayNode entries = review.putArray("entries");
                JsonNode adjustment = unit.get("midYear").get("review");
                if (adjustment != null) {
                    entries.addObject().put("criterionCode", adjustment.get("criterionCode").asText())
                            .put("points", adjustment.get("points").decimalValue())
                            .put("note", adjustment.get("note").asText());
                } else {
                    entries.addObject().put("criterionCode", "TC1")
                            .put("points", unit.get("midYear").get("points").get("TC1").decimalValue())
                            .put("note", reviewNote);
                }
                String reviewer = reviewer(groups.get(unit.get("group").asText()).get("id").asText());
                // 403 until campaigns-service's projection knows the unit is in the reviewer's group
                sheet = retrying(() -> call("POST", campaigns, sheetPath + "/review", review, reviewer), 200);
            }
            if ("REVIEWED".equals(sheet.get("state").asText())) {
                send("POST", campaigns, sheetPath + "/approve", null, admin(), 200);
            }
        }
    }

    private void finalizeMidYear(String campaignId) {
        JsonNode campaign = send("GET", campaigns, "/api/v1/campaigns/" + campaignId, null, admin(), 200);
        boolean done = finalized(campaign);
        count(!done, "finalized periods");
        if (!done) {
            send("POST", campaigns, "/api/v1/campaigns/" + campaignId + "/periods/" + MID_YEAR + "/finalize",
                    JSON.createObjectNode(), admin(), 200);
        }
    }

    private static boolean finalized(JsonNode campaign) {
        for (JsonNode period : campaign.get("periods")) {
            if (MID_YEAR.equals(period.get("period").asText())) {
                return "FINALIZED".equals(period.get("state").asText());
            }
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------------- accounts

    private List<Account> accounts(Map<String, JsonNode> groups, Map<String, JsonNode> unitsByCode,
                                   Map<String, List<JsonNode>> membersByCode) {
        List<Account> accounts = new ArrayList<>();
        accounts.add(new Account(world.get("office").get("label").asText(), List.of("ADMIN"), null, List.of(), null));
        for (JsonNode group : world.get("groups")) {
            accounts.add(new Account(group.get("reviewerLabel").asText(), List.of("REVIEWER"), null,
                    List.of(groups.get(group.get("code").asText()).get("id").asText()), null));
        }
        for (JsonNode unit : world.get("units")) {
            String code = unit.get("code").asText();
            JsonNode officer = officerOf(membersByCode.get(code));
            String groupId = groups.get(unit.get("group").asText()).get("id").asText();
            accounts.add(new Account("Cán bộ thi đua — " + unit.get("name").asText() + " ("
                    + officer.get("fullName").asText() + ")", List.of("UNIT_OFFICER"),
                    unitsByCode.get(code).get("id").asText(), List.of(groupId), officer.get("id").asText()));
        }
        return accounts;
    }

    /** Writes the accounts as {@code [{label, roles, unit_id, group_ids, member_id}]}, atomically. */
    public static void writeAccounts(Path file, List<Account> accounts) throws IOException {
        ArrayNode list = JSON.createArrayNode();
        for (Account a : accounts) {
            ObjectNode node = list.addObject().put("label", a.label());
            a.roles().forEach(node.putArray("roles")::add);
            node.put("unit_id", a.unitId());
            a.groupIds().forEach(node.putArray("group_ids")::add);
            node.put("member_id", a.memberId());
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, JSON.writeValueAsString(list) + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static JsonNode officerOf(List<JsonNode> members) {
        return members.stream().filter(m -> m.path("officer").asBoolean()).findFirst().orElse(members.get(0));
    }

    // ------------------------------------------------------------------------------------------------ tokens

    private String admin() {
        return tokens.computeIfAbsent("admin", k -> DevelopmentTokens.token(secret, "demo-office", "ADMIN", Map.of(),
                Duration.ofHours(1)));
    }

    private String officer(String unitId, JsonNode member) {
        return tokens.computeIfAbsent("officer:" + unitId, k -> DevelopmentTokens.token(secret, "demo-officer",
                "UNIT_OFFICER", Map.of("unit_id", unitId, "member_id", member.get("id").asText()),
                Duration.ofHours(1)));
    }

    private String reviewer(String groupId) {
        return tokens.computeIfAbsent("reviewer:" + groupId, k -> DevelopmentTokens.token(secret, "demo-reviewer",
                "REVIEWER", Map.of("group_ids", List.of(groupId)), Duration.ofHours(1)));
    }

    // -------------------------------------------------------------------------------------------------- HTTP

    private void count(boolean wasCreated, String kind) {
        (wasCreated ? created : present).merge(kind, 1, Integer::sum);
    }

    private record Answer(int status, String body, String method, String path) {
    }

    /** Every item of a paged list: a PageResponse (items, total) or a plain array of one page. */
    private List<JsonNode> all(URI base, String path, String token) {
        int size = 200;
        List<JsonNode> items = new ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        for (int page = 0; ; page++) {
            JsonNode answer = send("GET", base, path + separator + "size=" + size + "&page=" + page, null, token, 200);
            JsonNode pageItems = answer.isArray() ? answer : answer.get("items");
            pageItems.forEach(items::add);
            if (pageItems.size() < size || (answer.has("total") && items.size() >= answer.get("total").asLong())) {
                return items;
            }
        }
    }

    private JsonNode send(String method, URI base, String path, JsonNode body, String token, int... expected) {
        return expect(call(method, base, path, body, token), expected);
    }

    /**
     * Repeats {@code call} while campaigns-service answers 422 or 403 because its projection of units-service (groups,
     * memberships, members) has not caught up yet, for at most {@link #projectionWait}; any other answer is final.
     */
    private JsonNode retrying(Supplier<Answer> call, int expected) {
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
                    throw new DemoException(answer.method() + " " + answer.path() + ": not JSON: " + answer.body());
                }
            }
        }
        throw new DemoException(answer.method() + " " + answer.path() + " answered " + answer.status() + ": "
                + answer.body());
    }

    private Answer call(String method, URI base, String path, JsonNode body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        }
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body(), method, path);
        } catch (IOException e) {
            throw new DemoException(method + " " + base.resolve(path) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoException(method + " " + path + ": interrupted");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
