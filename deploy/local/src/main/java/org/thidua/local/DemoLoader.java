package org.thidua.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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

    private static final ObjectMapper JSON = DemoApi.JSON;

    /** One account the development sign-in page offers. */
    public record Account(String label, List<String> roles, String unitId, List<String> groupIds, String memberId) {}

    /** What a load did: per kind of thing, how many it created and how many were there already. */
    public record Report(
            Map<String, Integer> created, Map<String, Integer> present, List<Account> accounts, Duration took) {

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
            return String.join(", ", parts) + " loaded in "
                    + String.format(Locale.ROOT, "%.1f s", took.toMillis() / 1000.0) + " (created " + createdTotal()
                    + ", already there " + there + ")";
        }
    }

    /** A service answered what the loader did not expect. */
    public static final class DemoException extends RuntimeException {
        DemoException(String message) {
            super(message);
        }
    }

    private final URI units;
    private final URI campaigns;
    private final DemoApi api;
    private final JsonNode world;

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
        try (InputStream in = DemoLoader.class.getResourceAsStream(WORLD)) {
            this.world = JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + WORLD, e);
        }
        this.api = new DemoApi(
                secret,
                projectionWait,
                List.of(
                        "units",
                        "groups",
                        "contacts",
                        "members",
                        "group memberships",
                        "campaigns",
                        "registrations",
                        "covenant signatures",
                        "mid-year sheets",
                        "finalized periods"));
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
            Report report = new DemoLoader(
                            URI.create("http://127.0.0.1:" + ports.get("units-service")),
                            URI.create("http://127.0.0.1:" + ports.get("campaigns-service")),
                            DevelopmentTokens.secret(config.home),
                            Duration.ofSeconds(60))
                    .load();
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
        api.resetCounts();
        DemoUnits inUnits = new DemoUnits(api, units, world);
        DemoCampaign inCampaigns = new DemoCampaign(api, campaigns, world);
        int year = world.get("year").asInt();
        Map<String, JsonNode> groups = inUnits.groups(year);
        Map<String, JsonNode> unitsByCode = new LinkedHashMap<>();
        Map<String, List<JsonNode>> membersByCode = new HashMap<>();
        for (JsonNode unit : world.get("units")) {
            String code = unit.get("code").asText();
            JsonNode saved = inUnits.unit(unit);
            unitsByCode.put(code, saved);
            inUnits.contacts(saved.get("id").asText(), unit.get("contacts"));
            membersByCode.put(code, inUnits.members(saved.get("id").asText(), unit.get("members")));
        }
        inUnits.memberships(groups, unitsByCode);
        JsonNode campaign = inCampaigns.campaign(groups);
        String campaignId = campaign.get("id").asText();
        Map<String, JsonNode> registrations = inCampaigns.registrations(campaignId, unitsByCode, membersByCode);
        inCampaigns.covenants(campaignId, groups, unitsByCode, membersByCode);
        inCampaigns.sheets(campaignId, groups, unitsByCode, membersByCode, registrations);
        inCampaigns.finalizeMidYear(campaignId);
        List<Account> accounts = accounts(groups, unitsByCode, membersByCode);
        return new Report(api.created(), api.present(), accounts, Duration.ofNanos(System.nanoTime() - t0));
    }

    // ---------------------------------------------------------------------------------------------- accounts

    private List<Account> accounts(
            Map<String, JsonNode> groups,
            Map<String, JsonNode> unitsByCode,
            Map<String, List<JsonNode>> membersByCode) {
        List<Account> accounts = new ArrayList<>();
        accounts.add(new Account(world.get("office").get("label").asText(), List.of("ADMIN"), null, List.of(), null));
        for (JsonNode group : world.get("groups")) {
            accounts.add(new Account(
                    group.get("reviewerLabel").asText(),
                    List.of("REVIEWER"),
                    null,
                    List.of(groups.get(group.get("code").asText()).get("id").asText()),
                    null));
        }
        for (JsonNode unit : world.get("units")) {
            String code = unit.get("code").asText();
            JsonNode officer = DemoApi.officerOf(membersByCode.get(code));
            String groupId = groups.get(unit.get("group").asText()).get("id").asText();
            accounts.add(new Account(
                    "Cán bộ thi đua — " + unit.get("name").asText() + " ("
                            + officer.get("fullName").asText() + ")",
                    List.of("UNIT_OFFICER"),
                    unitsByCode.get(code).get("id").asText(),
                    List.of(groupId),
                    officer.get("id").asText()));
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
}
