package org.thidua.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

/**
 * The portal benchmark's world, loaded through the services' APIs: units (imported), groups, a campaign whose every
 * unit registered and submitted its mid-year sheet, had it approved, and whose MID_YEAR period is finalized; then the
 * people signed in through the portal's development sign-in.
 *
 * @param campaignId    the campaign every page is about
 * @param openCampaigns the launched and running campaigns (the home page shows each)
 * @param users         the people signed in
 */
record PortalWorld(String campaignId, List<String> openCampaigns, List<User> users) {

    /** A signed-in person: the portal's session cookie and the same person's bearer token for the services. */
    record User(
            String label, String role, String unitId, String groupId, String cookie, String bearer, String sheetId) {}

    /** The people who open {@code page}: those of its roles. */
    List<User> visitors(PortalPages.Page page) {
        return users.stream().filter(u -> page.roles().contains(u.role())).toList();
    }

    static PortalWorld load(PortalClient client, BenchTokens tokens, int unitCount, int groupCount, int userCount)
            throws Exception {
        String admin = tokens.adminBearer();
        long start = System.nanoTime();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        int year = BenchCampaign.year(today);
        String prefix = "P" + (System.currentTimeMillis() % 100_000);
        client.send(
                "POST",
                "units",
                "/api/v1/imports/units",
                UnitsImportBenchmark.csv(prefix, unitCount, -1),
                "text/csv",
                admin,
                200);
        List<String> units = new ArrayList<>();
        for (int page = 0; units.size() < unitCount; page++) {
            JsonNode items = client.json("GET", "units", "/api/v1/units?page=" + page + "&size=200", null, admin, 200)
                    .get("items");
            if (items.isEmpty()) {
                throw new IllegalStateException("units-service lists " + units.size() + " units, not " + unitCount);
            }
            items.forEach(unit -> units.add(unit.get("id").asText()));
        }
        List<String> groups = new ArrayList<>();
        int perGroup = (unitCount + groupCount - 1) / groupCount;
        for (int g = 0; g < groupCount; g++) {
            String id = client.json(
                            "POST",
                            "units",
                            "/api/v1/groups",
                            """
                    {"kind":"%s","year":%d,"code":"%s-G%02d","name":"Khối thi đua số %d"}""".formatted(g % 4 == 3 ? "CLUSTER" : "BLOCK", year, prefix, g, g + 1),
                            admin,
                            201)
                    .get("id")
                    .asText();
            groups.add(id);
            List<String> members = units.subList(g * perGroup, Math.min(unitCount, (g + 1) * perGroup));
            client.send(
                    "POST",
                    "units",
                    "/api/v1/groups/" + id + "/members",
                    PortalClient.JSON.writeValueAsBytes(Map.of("unitIds", members)),
                    "application/json",
                    admin,
                    200,
                    201);
        }
        System.out.printf(
                "%d units and %d groups created through units-service in %.1f s%n",
                unitCount, groupCount, (System.nanoTime() - start) / 1e9);

        // the campaign: its groups must first reach campaigns-service's projection (ADR 21)
        BenchCampaign campaign = BenchCampaign.create(
                        client.campaigns(admin),
                        prefix + "-C",
                        "Phong trào thi đua yêu nước năm " + year,
                        today,
                        PortalClient.JSON.writeValueAsString(groups))
                .awaitScope(unitCount);
        campaign.launch();
        System.out.printf("Campaign launched to %d units at %.1f s%n", unitCount, (System.nanoTime() - start) / 1e9);
        String[] sheets = new String[unitCount];
        parallel(unitCount, 32, i -> {
            sheets[i] = campaign.registerAndSubmit(units.get(i), i);
            campaign.reviewAndApprove(sheets[i]);
        });
        campaign.finalizeMidYear();
        System.out.printf(
                "%d units registered, accepted, sheets submitted and approved, MID_YEAR finalized at %.1f s%n",
                unitCount, (System.nanoTime() - start) / 1e9);

        // the people: one office, a reviewer of each of the first groups, officers of units spread over all groups
        int reviewers = Math.max(1, userCount / 10);
        int officers = userCount - reviewers - 1;
        List<User> users = new ArrayList<>();
        users.add(signIn(client, tokens, "office", "ADMIN", null, null, null));
        for (int r = 0; r < reviewers; r++) {
            String group = groups.get(r % groups.size());
            users.add(signIn(
                    client,
                    tokens,
                    "reviewer " + (r + 1),
                    "REVIEWER",
                    null,
                    group,
                    sheets[(r % groups.size()) * perGroup]));
        }
        for (int o = 0; o < officers; o++) {
            int unit = (int) ((long) o * unitCount / officers);
            users.add(
                    signIn(client, tokens, "officer " + (o + 1), "UNIT_OFFICER", units.get(unit), null, sheets[unit]));
        }
        List<String> open = new ArrayList<>();
        client.json("GET", "campaigns", "/api/v1/campaigns?page=0&size=100", null, admin, 200)
                .get("items")
                .forEach(x -> {
                    if (List.of("LAUNCHED", "IN_PROGRESS")
                            .contains(x.get("state").asText())) {
                        open.add(x.get("id").asText());
                    }
                });
        // notices reach the units' inboxes from the launch's events: wait (up to a minute) until the officers' have
        long deadline = System.nanoTime() + 60_000_000_000L;
        long unread = 0;
        for (User user : users) {
            if (user.unitId() != null) {
                long count;
                while ((count = client.json(
                                                "GET",
                                                "notifications",
                                                "/api/v1/inbox/unread-count?unitId=" + user.unitId(),
                                                null,
                                                admin,
                                                200)
                                        .get("unread")
                                        .asLong())
                                == 0
                        && System.nanoTime() < deadline) {
                    Thread.sleep(500);
                }
                unread += count;
            }
        }
        System.out.printf("The officers' inboxes hold %d unread notices%n", unread);
        System.out.printf(
                "%d people signed in to the portal; data ready at %.1f s%n",
                users.size(), (System.nanoTime() - start) / 1e9);
        return new PortalWorld(campaign.id(), open, users);
    }

    /** Signs in through the development sign-in as the browser's form does; the session is the JWT cookie. */
    private static User signIn(
            PortalClient client,
            BenchTokens tokens,
            String label,
            String role,
            String unitId,
            String groupId,
            String sheetId)
            throws Exception {
        String key = switch (role) {
            case "UNIT_OFFICER" -> role + ":" + unitId;
            case "REVIEWER" -> role + ":" + groupId;
            default -> role;
        };
        String form = "username=" + URLEncoder.encode(key, StandardCharsets.UTF_8) + "&password=development";
        ClassicRequestBuilder request = ClassicRequestBuilder.post(client.base("portal") + "/login")
                .setEntity(new StringEntity(form, ContentType.APPLICATION_FORM_URLENCODED));
        String cookie = client.http.execute(request.build(), r -> {
            EntityUtils.consume(r.getEntity());
            for (Header header : r.getHeaders("Set-Cookie")) {
                if (header.getValue().startsWith("JWT=")) {
                    return header.getValue().substring(0, header.getValue().indexOf(';'));
                }
            }
            throw new IllegalStateException("sign-in of " + key + " -> " + r.getCode() + " without a session cookie");
        });
        return new User(label, role, unitId, groupId, cookie, tokens.bearer(key, role, unitId, groupId), sheetId);
    }

    private interface UnitWork {
        void run(int unit) throws Exception;
    }

    /** Runs {@code work} for 0..count-1 on {@code threads} threads; any failure stops the benchmark. */
    private static void parallel(int count, int threads, UnitWork work) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ConcurrentLinkedQueue<Exception> failures = new ConcurrentLinkedQueue<>();
        CountDownLatch done = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            new Thread(() -> {
                        try {
                            for (int i = next.getAndIncrement();
                                    i < count && failures.isEmpty();
                                    i = next.getAndIncrement()) {
                                work.run(i);
                            }
                        } catch (Exception e) {
                            failures.add(e);
                        } finally {
                            done.countDown();
                        }
                    })
                    .start();
        }
        done.await();
        if (!failures.isEmpty()) {
            throw failures.peek();
        }
    }
}
