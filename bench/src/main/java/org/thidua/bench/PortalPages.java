package org.thidua.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The portal's pages the benchmark measures, who opens each, and the services' calls each makes. */
final class PortalPages {

    /** The units search: a province many units' names hold. */
    static final String SEARCH = "Nghệ";

    private PortalPages() {}

    /** A call a page makes to a service: the service's short name and the path. */
    record Call(String service, String path) {}

    /**
     * A portal page, who opens it, and the services' calls it makes for that person (what the portal's controller
     * calls, in order; a role's sections added later to a page add their own calls).
     */
    record Page(
            String name,
            Function<PortalWorld.User, String> path,
            List<String> roles,
            Function<PortalWorld.User, List<Call>> calls) {}

    /** The pages measured, in the order of the report. */
    static List<Page> of(PortalWorld world) {
        String c = "/api/v1/campaigns/" + world.campaignId();
        List<String> everyone = List.of("ADMIN", "REVIEWER", "UNIT_OFFICER");
        return List.of(
                new Page("/ (home)", u -> "/", everyone, u -> {
                    List<Call> calls =
                            new ArrayList<>(List.of(new Call("campaigns", "/api/v1/campaigns?page=0&size=100")));
                    world.openCampaigns().forEach(id -> calls.add(new Call("campaigns", "/api/v1/campaigns/" + id)));
                    if (u.unitId() != null) {
                        calls.add(new Call("notifications", "/api/v1/inbox/unread-count?unitId=" + u.unitId()));
                        calls.add(new Call("notifications", "/api/v1/inbox?unitId=" + u.unitId() + "&page=0&size=5"));
                    }
                    return calls;
                }),
                new Page(
                        "/campaigns",
                        u -> "/campaigns",
                        everyone,
                        u -> List.of(new Call("campaigns", "/api/v1/campaigns?page=0&size=200"))),
                new Page(
                        "/campaigns/{id}",
                        u -> "/campaigns/" + world.campaignId(),
                        everyone,
                        u -> List.of(new Call("campaigns", c))),
                new Page(
                        "/units?name=" + SEARCH,
                        u -> "/units?name=" + URLEncoder.encode(SEARCH, StandardCharsets.UTF_8),
                        List.of("ADMIN"),
                        u -> List.of(new Call(
                                "units",
                                "/api/v1/units?name=" + URLEncoder.encode(SEARCH, StandardCharsets.UTF_8)
                                        + "&page=0&size=20"))),
                new Page(
                        "/inbox",
                        u -> "/inbox",
                        List.of("UNIT_OFFICER"),
                        u -> List.of(
                                new Call("notifications", "/api/v1/inbox?unitId=" + u.unitId() + "&page=0&size=20"),
                                new Call("notifications", "/api/v1/inbox/unread-count?unitId=" + u.unitId()))),
                new Page(
                        "/score-sheets/{id}",
                        u -> "/score-sheets/" + u.sheetId(),
                        List.of("UNIT_OFFICER", "REVIEWER"),
                        u -> List.of(
                                new Call("campaigns", "/api/v1/score-sheets/" + u.sheetId()),
                                new Call("campaigns", c))),
                new Page(
                        "/campaigns/{id}/rankings/MID_YEAR",
                        u -> "/campaigns/" + world.campaignId() + "/rankings/MID_YEAR",
                        everyone,
                        u -> List.of(new Call("campaigns", c), new Call("campaigns", c + "/periods/MID_YEAR/ranking"))),
                new Page(
                        "/campaigns/{id}/progress",
                        u -> "/campaigns/" + world.campaignId() + "/progress",
                        List.of("ADMIN"),
                        u -> List.of(new Call("campaigns", c), new Call("campaigns", c + "/progress"))));
    }
}
