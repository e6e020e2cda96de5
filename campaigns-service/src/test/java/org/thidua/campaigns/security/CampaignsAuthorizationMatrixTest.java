package org.thidua.campaigns.security;

import static org.thidua.campaigns.CampaignsApi.TODAY;
import static org.thidua.campaigns.CampaignsApi.YEAR;
import static org.thidua.testing.AuthorizationMatrixTest.Caller.ADMIN;
import static org.thidua.testing.AuthorizationMatrixTest.Caller.COUNCIL_MEMBER;
import static org.thidua.testing.AuthorizationMatrixTest.Caller.OFFICER;
import static org.thidua.testing.AuthorizationMatrixTest.Caller.OTHER_OFFICER;
import static org.thidua.testing.AuthorizationMatrixTest.Caller.OTHER_REVIEWER;
import static org.thidua.testing.AuthorizationMatrixTest.Caller.REVIEWER;
import static org.thidua.testing.AuthorizationMatrixTest.Caller.VIEWER;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.thidua.campaigns.CampaignsApi;
import org.thidua.testing.AuthorizationMatrixTest;

/**
 * Who may do what in campaigns-service: any role reads launched campaigns, their scope and finalized rankings; a
 * unit's registrations, inspections, covenants and score sheets are read only by ADMIN, its officer and reviewers of
 * its groups, and lists leave out what the caller may not read (ADR 65); ADMIN runs campaigns, accepts and returns registrations,
 * opens covenants, inspects, approves and finalizes; a unit's officer registers, signs and self-assesses for its own
 * unit only; a reviewer reviews (and returns) only the sheets of units in its groups.
 */
@MicronautTest(transactional = false)
class CampaignsAuthorizationMatrixTest extends AuthorizationMatrixTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    /** The callers who read none of the fixture unit's own data. */
    private static final Caller[] OUTSIDERS = {OTHER_OFFICER, OTHER_REVIEWER, VIEWER, COUNCIL_MEMBER};

    private CampaignsApi api;
    private String unit;
    private String group;
    private String campaign;
    private String draft;
    private String registration;
    private String covenant;
    private String sheet;

    @Override
    protected Scope prepare() {
        api = new CampaignsApi(http.toBlocking(), jdbc, transactions);
        unit = api.unit("AUTH-U1", Instant.now().minusSeconds(3600));
        group = api.group("AUTH-G1", YEAR, List.of(unit));
        campaign = api.post("/api/v1/campaigns", CampaignsApi.campaign("AUTH-C1", TODAY.plusDays(10), List.of(group)))
                .get("id")
                .asText();
        draft = api.post("/api/v1/campaigns", CampaignsApi.campaign("AUTH-C2", TODAY.plusDays(10), List.of(group)))
                .get("id")
                .asText();
        api.awaitScope(campaign, Set.of(unit));
        String base = "/api/v1/campaigns/" + campaign;
        api.post(base + "/launch", null);
        registration = api.post(base + "/registrations", CampaignsApi.registration(unit))
                .get("id")
                .asText();
        api.post(base + "/registrations/" + registration + "/accept", null);
        covenant = api.post(
                        base + "/covenants",
                        Map.of(
                                "groupId",
                                group,
                                "text",
                                "Giao ước",
                                "targets",
                                List.of(Map.of("description", "Hoàn thành nhiệm vụ"))))
                .get("id")
                .asText();
        api.post(base + "/start", null);
        sheet = api.post(
                        base + "/periods/MID_YEAR/score-sheets",
                        Map.of("registrationId", registration, "entries", CampaignsApi.entries(60)))
                .get("id")
                .asText();
        api.post(base + "/periods/MID_YEAR/score-sheets/" + sheet + "/submit", null);
        return new Scope(unit, Set.of(group));
    }

    @AfterAll
    void closeApi() {
        api.close();
    }

    @Override
    protected Set<String> changedInTheBackground() {
        // units-service's events feed the scope projection; no request writes it
        return Set.of("scope_unit", "scope_group", "scope_group_member");
    }

    @Override
    protected List<Row> table() {
        String campaigns = "/api/v1/campaigns/{id}";
        String c = "/api/v1/campaigns/" + campaign;
        String d = "/api/v1/campaigns/" + draft;
        String registrations = "/api/v1/campaigns/{campaignId}/registrations";
        String r = c + "/registrations/" + registration;
        String covenants = "/api/v1/campaigns/{campaignId}/covenants";
        String sheets = "/api/v1/campaigns/{campaignId}/periods/{period}/score-sheets";
        String s = c + "/periods/MID_YEAR/score-sheets/" + sheet;
        String campaignBody = json(CampaignsApi.campaign("AUTH-C3", TODAY.plusDays(10), List.of(group)));
        String sheetBody = json(Map.of("registrationId", registration, "entries", CampaignsApi.entries(70)));
        String entries = json(Map.of("entries", CampaignsApi.entries(70)));
        String reason = "{\"reason\":\"Bổ sung minh chứng\"}";
        return List.of(
                row("POST", "/api/v1/campaigns").body(campaignBody).allow(ADMIN),
                row("GET", "/api/v1/campaigns")
                        .allow(ANY_ROLE)
                        .hides(draft, VIEWER, OFFICER, OTHER_OFFICER, REVIEWER, OTHER_REVIEWER, COUNCIL_MEMBER),
                row("GET", campaigns, c).allow(ANY_ROLE),
                row("GET", campaigns, d).allow(ADMIN),
                row("PUT", campaigns, d)
                        .body(json(CampaignsApi.campaign("AUTH-C2", TODAY.plusDays(12), List.of(group))))
                        .allow(ADMIN),
                row("GET", campaigns + "/criteria", c + "/criteria").allow(ANY_ROLE),
                row("PUT", campaigns + "/criteria", d + "/criteria")
                        .body(json(CampaignsApi.criteria()))
                        .allow(ADMIN),
                row("POST", campaigns + "/launch", d + "/launch").allow(ADMIN),
                row("POST", campaigns + "/start", d + "/start").allow(ADMIN),
                row("POST", campaigns + "/close", d + "/close").allow(ADMIN),
                row("GET", "/api/v1/campaigns/{campaignId}/scope", c + "/scope").allow(ANY_ROLE),
                row("POST", registrations, c + "/registrations")
                        .body(json(CampaignsApi.registration(unit)))
                        .allow(ADMIN, OFFICER),
                row("GET", registrations, c + "/registrations").allow(ANY_ROLE).hides(registration, OUTSIDERS),
                row("GET", registrations + "/{id}", r).allow(UNIT_DATA),
                row("PUT", registrations + "/{id}", r)
                        .body("{\"commitments\":[\"Hoàn thành 100% chỉ tiêu\"]}")
                        .allow(ADMIN, OFFICER),
                row("POST", registrations + "/{id}/accept", r + "/accept").allow(ADMIN),
                row("POST", registrations + "/{id}/return", r + "/return")
                        .body(reason)
                        .allow(ADMIN),
                row("POST", covenants, c + "/covenants")
                        .body(json(Map.of(
                                "groupId",
                                group,
                                "text",
                                "Giao ước",
                                "targets",
                                List.of(Map.of("description", "Hoàn thành nhiệm vụ")))))
                        .allow(ADMIN),
                row("GET", covenants, c + "/covenants").allow(ANY_ROLE).hides(covenant, OUTSIDERS),
                row("GET", covenants + "/{id}", c + "/covenants/" + covenant).allow(UNIT_DATA),
                row("POST", covenants + "/{id}/sign", c + "/covenants/" + covenant + "/sign")
                        .body("{\"unitId\":\"" + unit + "\"}")
                        .allow(ADMIN, OFFICER),
                row("POST", "/api/v1/campaigns/{campaignId}/inspections", c + "/inspections")
                        .body(json(Map.of(
                                "registrationId",
                                registration,
                                "inspectedOn",
                                TODAY.toString(),
                                "inspector",
                                "Đoàn kiểm tra",
                                "findings",
                                "Đầy đủ",
                                "rating",
                                "GOOD")))
                        .allow(ADMIN),
                row("GET", "/api/v1/campaigns/{campaignId}/inspections", c + "/inspections")
                        .allow(ANY_ROLE)
                        .hides(registration, OUTSIDERS),
                row("POST", sheets, c + "/periods/MID_YEAR/score-sheets")
                        .body(sheetBody)
                        .allow(ADMIN, OFFICER),
                row("GET", sheets, c + "/periods/MID_YEAR/score-sheets")
                        .allow(ANY_ROLE)
                        .hides(sheet, OUTSIDERS),
                row("GET", sheets + "/{id}", s).allow(UNIT_DATA),
                row("PUT", sheets + "/{id}", s).body(entries).allow(ADMIN, OFFICER),
                row("POST", sheets + "/{id}/submit", s + "/submit").allow(ADMIN, OFFICER),
                row("POST", sheets + "/{id}/review", s + "/review")
                        .body(json(Map.of("entries", List.of(Map.of("criterionCode", "A1", "points", 35)))))
                        .allow(ADMIN, REVIEWER),
                row("POST", sheets + "/{id}/return", s + "/return").body(reason).allow(ADMIN, REVIEWER),
                row("POST", sheets + "/{id}/approve", s + "/approve").allow(ADMIN),
                row("GET", "/api/v1/campaigns/{campaignId}/periods/{period}/ranking", c + "/periods/MID_YEAR/ranking")
                        .allow(ANY_ROLE),
                row(
                                "POST",
                                "/api/v1/campaigns/{campaignId}/periods/{period}/finalize",
                                c + "/periods/MID_YEAR/finalize")
                        .allow(ADMIN),
                row("POST", registrations + "/{id}/withdraw", r + "/withdraw")
                        .body(reason)
                        .allow(ADMIN, OFFICER),
                row("POST", campaigns + "/cancel", d + "/cancel").body(reason).allow(ADMIN),

                // issue 15: what the portal reads without a campaign's path, and the office's progress board
                row("GET", "/api/v1/registrations/{id}", "/api/v1/registrations/" + registration)
                        .allow(UNIT_DATA),
                row("GET", "/api/v1/score-sheets").allow(ANY_ROLE).hides(sheet, OUTSIDERS),
                row("GET", "/api/v1/score-sheets/{id}", "/api/v1/score-sheets/" + sheet)
                        .allow(UNIT_DATA),
                row("GET", "/api/v1/campaigns/{campaignId}/progress", c + "/progress")
                        .allow(ADMIN),
                row("POST", "/api/v1/campaigns/{campaignId}/reminders", c + "/reminders")
                        .allow(ADMIN));
    }

    private static String json(Object body) {
        try {
            return CampaignsApi.JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
