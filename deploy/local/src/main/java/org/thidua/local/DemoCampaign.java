package org.thidua.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The demo world's part in campaigns-service: the 2019 campaign launched and started, every unit's registration
 * (a late admission, accepted), the covenants signed, the mid-year sheets submitted, reviewed and approved, the
 * mid-year period finalized. A step already taken is not taken again.
 */
final class DemoCampaign {

    private static final ObjectMapper JSON = DemoApi.JSON;
    private static final String MID_YEAR = "MID_YEAR";

    private final DemoApi api;
    private final URI campaigns;
    private final JsonNode world;

    DemoCampaign(DemoApi api, URI campaigns, JsonNode world) {
        this.api = api;
        this.campaigns = campaigns;
        this.world = world;
    }

    /** The campaign, created if missing, launched and started. */
    JsonNode campaign(Map<String, JsonNode> groups) {
        JsonNode spec = world.get("campaign");
        String code = spec.get("code").asText();
        String id = api.all(campaigns, "/api/v1/campaigns", api.admin()).stream()
                .filter(c -> c.get("code").asText().equalsIgnoreCase(code))
                .map(c -> c.get("id").asText())
                .findFirst()
                .orElse(null);
        api.count(id == null, "campaigns");
        if (id == null) {
            ObjectNode body = JSON.createObjectNode();
            for (String field :
                    List.of("code", "title", "theme", "kind", "startDate", "endDate", "registrationDeadline")) {
                body.put(field, spec.get(field).asText());
            }
            body.put("year", spec.get("year").asInt());
            ObjectNode scope = body.putObject("scope").put("allUnits", false);
            ArrayNode groupIds = scope.putArray("groupIds");
            groups.values().forEach(g -> groupIds.add(g.get("id").asText()));
            body.set("periods", spec.get("periods"));
            body.set("criteria", spec.get("criteria"));
            // 422 while campaigns-service has not yet heard of the groups created a moment ago (ADR 21)
            id = api.retrying(() -> api.call("POST", campaigns, "/api/v1/campaigns", body, api.admin()), 201)
                    .get("id")
                    .asText();
        }
        JsonNode campaign = api.send("GET", campaigns, "/api/v1/campaigns/" + id, null, api.admin(), 200);
        if ("DRAFT".equals(campaign.get("state").asText())) {
            campaign = api.send("POST", campaigns, "/api/v1/campaigns/" + id + "/launch", null, api.admin(), 200);
        }
        if ("LAUNCHED".equals(campaign.get("state").asText())) {
            campaign = api.send("POST", campaigns, "/api/v1/campaigns/" + id + "/start", null, api.admin(), 200);
        }
        return campaign;
    }

    /**
     * Every unit registers; the deadline (28/02/2019) is long past, so the office enters each registration as a late
     * admission with the world's reason (the supported way, ADR 21 and 54), then accepts it.
     */
    Map<String, JsonNode> registrations(
            String campaignId, Map<String, JsonNode> unitsByCode, Map<String, List<JsonNode>> membersByCode) {
        JsonNode spec = world.get("campaign");
        String path = "/api/v1/campaigns/" + campaignId + "/registrations";
        Map<String, JsonNode> byUnit = new HashMap<>();
        api.all(campaigns, path, api.admin())
                .forEach(r -> byUnit.put(r.get("unitId").asText(), r));
        Map<String, JsonNode> result = new LinkedHashMap<>();
        for (JsonNode unit : world.get("units")) {
            String code = unit.get("code").asText();
            String unitId = unitsByCode.get(code).get("id").asText();
            JsonNode registration = byUnit.get(unitId);
            api.count(registration == null, "registrations");
            if (registration == null) {
                ObjectNode body = JSON.createObjectNode().put("unitId", unitId);
                body.set("commitments", spec.get("commitments"));
                body.put("collectiveTitle", unit.get("collectiveTitle").asText());
                ArrayNode titles = body.putArray("memberTitles");
                for (JsonNode member : membersByCode.get(code)) {
                    titles.addObject()
                            .put("memberId", member.get("id").asText())
                            .put("titleCode", member.get("title").asText());
                }
                body.put("lateAdmissionReason", spec.get("lateAdmissionReason").asText());
                // 422 while campaigns-service's projection lacks the unit's group membership or its members
                registration = api.retrying(() -> api.call("POST", campaigns, path, body, api.admin()), 201);
            }
            if ("SUBMITTED".equals(registration.get("state").asText())) {
                registration = api.send(
                        "POST",
                        campaigns,
                        path + "/" + registration.get("id").asText() + "/accept",
                        null,
                        api.admin(),
                        200);
            }
            result.put(code, registration);
        }
        return result;
    }

    /** The office opens one covenant per group; each unit's officer signs it. */
    void covenants(
            String campaignId,
            Map<String, JsonNode> groups,
            Map<String, JsonNode> unitsByCode,
            Map<String, List<JsonNode>> membersByCode) {
        JsonNode spec = world.get("campaign").get("covenant");
        String path = "/api/v1/campaigns/" + campaignId + "/covenants";
        Map<String, JsonNode> byGroup = new HashMap<>();
        api.send("GET", campaigns, path, null, api.admin(), 200)
                .forEach(c -> byGroup.put(c.get("groupId").asText(), c));
        Map<String, String> codeOfUnit = new HashMap<>();
        unitsByCode.forEach((code, unit) -> codeOfUnit.put(unit.get("id").asText(), code));
        for (JsonNode group : world.get("groups")) {
            String groupId = groups.get(group.get("code").asText()).get("id").asText();
            JsonNode covenant = byGroup.get(groupId);
            if (covenant == null) {
                ObjectNode body = JSON.createObjectNode()
                        .put("groupId", groupId)
                        .put(
                                "text",
                                spec.get("text")
                                        .asText()
                                        .replace("{group}", group.get("name").asText()));
                body.set("targets", spec.get("targets"));
                covenant = api.retrying(() -> api.call("POST", campaigns, path, body, api.admin()), 201);
            }
            for (JsonNode party : covenant.get("parties")) {
                if (!codeOfUnit.containsKey(party.get("unitId").asText())) {
                    continue; // a unit added to the group by hand: not the demo's to sign for
                }
                boolean signed = party.hasNonNull("signedAt");
                api.count(!signed, "covenant signatures");
                if (!signed) {
                    String unitId = party.get("unitId").asText();
                    api.send(
                            "POST",
                            campaigns,
                            path + "/" + covenant.get("id").asText() + "/sign",
                            JSON.createObjectNode().put("unitId", unitId),
                            api.officer(unitId, DemoApi.officerOf(membersByCode.get(codeOfUnit.get(unitId)))),
                            200);
                }
            }
        }
    }

    /** Each officer fills and submits its mid-year sheet, the group's reviewer reviews it, the office approves it. */
    void sheets(
            String campaignId,
            Map<String, JsonNode> groups,
            Map<String, JsonNode> unitsByCode,
            Map<String, List<JsonNode>> membersByCode,
            Map<String, JsonNode> registrations) {
        String path = "/api/v1/campaigns/" + campaignId + "/periods/" + MID_YEAR + "/score-sheets";
        JsonNode campaign = api.send("GET", campaigns, "/api/v1/campaigns/" + campaignId, null, api.admin(), 200);
        if (finalized(campaign)) {
            api.count("mid-year sheets", 0, world.get("units").size());
            return;
        }
        Map<String, JsonNode> byUnit = new HashMap<>();
        api.all(campaigns, path, api.admin())
                .forEach(s -> byUnit.put(s.get("unitId").asText(), s));
        String reviewNote =
                world.get("campaign").get("midYear").get("reviewNote").asText();
        for (JsonNode unit : world.get("units")) {
            String code = unit.get("code").asText();
            String unitId = unitsByCode.get(code).get("id").asText();
            String officer = api.officer(unitId, DemoApi.officerOf(membersByCode.get(code)));
            JsonNode sheet = byUnit.get(unitId);
            api.count(sheet == null, "mid-year sheets");
            if (sheet == null) {
                ObjectNode body = JSON.createObjectNode()
                        .put("registrationId", registrations.get(code).get("id").asText());
                ArrayNode entries = body.putArray("entries");
                String evidence =
                        "https://" + code.substring(code.indexOf('-') + 1).toLowerCase(Locale.ROOT)
                                + ".vpdbqh.example.org/thi-dua/2019/bao-cao-so-ket-6-thang.pdf";
                unit.get("midYear").get("points").fields().forEachRemaining(e -> {
                    ObjectNode entry = entries.addObject()
                            .put("criterionCode", e.getKey())
                            .put("points", e.getValue().decimalValue());
                    if ("TC1".equals(e.getKey())) {
                        entry.putArray("evidence").add(evidence);
                    }
                });
                sheet = api.send("POST", campaigns, path, body, officer, 201);
            }
            String sheetPath = path + "/" + sheet.get("id").asText();
            if ("DRAFT".equals(sheet.get("state").asText())) {
                sheet = api.send("POST", campaigns, sheetPath + "/submit", null, officer, 200);
            }
            if ("SUBMITTED".equals(sheet.get("state").asText())) {
                ObjectNode review = JSON.createObjectNode();
                ArrayNode entries = review.putArray("entries");
                JsonNode adjustment = unit.get("midYear").get("review");
                if (adjustment != null) {
                    entries.addObject()
                            .put(
                                    "criterionCode",
                                    adjustment.get("criterionCode").asText())
                            .put("points", adjustment.get("points").decimalValue())
                            .put("note", adjustment.get("note").asText());
                } else {
                    entries.addObject()
                            .put("criterionCode", "TC1")
                            .put(
                                    "points",
                                    unit.get("midYear").get("points").get("TC1").decimalValue())
                            .put("note", reviewNote);
                }
                String reviewer = api.reviewer(
                        groups.get(unit.get("group").asText()).get("id").asText());
                // 403 until campaigns-service's projection knows the unit is in the reviewer's group
                sheet = api.retrying(() -> api.call("POST", campaigns, sheetPath + "/review", review, reviewer), 200);
            }
            if ("REVIEWED".equals(sheet.get("state").asText())) {
                api.send("POST", campaigns, sheetPath + "/approve", null, api.admin(), 200);
            }
        }
    }

    void finalizeMidYear(String campaignId) {
        JsonNode campaign = api.send("GET", campaigns, "/api/v1/campaigns/" + campaignId, null, api.admin(), 200);
        boolean done = finalized(campaign);
        api.count(!done, "finalized periods");
        if (!done) {
            api.send(
                    "POST",
                    campaigns,
                    "/api/v1/campaigns/" + campaignId + "/periods/" + MID_YEAR + "/finalize",
                    JSON.createObjectNode(),
                    api.admin(),
                    200);
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
}
