package org.thidua.awards.security;

import static org.thidua.testing.AuthorizationMatrixTest.Caller.ADMIN;
import static org.thidua.testing.AuthorizationMatrixTest.Caller.COUNCIL_MEMBER;
import static org.thidua.testing.AuthorizationMatrixTest.Caller.OFFICER;
import static org.thidua.testing.AuthorizationMatrixTest.Caller.OTHER_OFFICER;
import static org.thidua.testing.AuthorizationMatrixTest.Caller.OTHER_REVIEWER;
import static org.thidua.testing.AuthorizationMatrixTest.Caller.REVIEWER;
import static org.thidua.testing.AuthorizationMatrixTest.Caller.VIEWER;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.thidua.awards.AwardsApi;
import org.thidua.awards.Dates;
import org.thidua.testing.AuthorizationMatrixTest;
import org.thidua.testing.TestTokens;

/**
 * Who may do what in awards-service: any role reads rules, decisions, the registry and disclosed nominations; a
 * nomination before that is read by its unit's officer, reviewers of its groups and the council it is put before;
 * councils, their sessions and who objected only by the office and the council's members (ADR 65); only ADMIN loads rule sets and salaries, nominates by hand,
 * withdraws, forms councils and runs their sessions, discloses, resolves objections, decides, revokes and imports;
 * only a council member votes (as itself: {@code COUNCIL_MEMBER}'s member id is on the fixture's council); anyone
 * with a role objects.
 */
@MicronautTest(transactional = false)
class AwardsAuthorizationMatrixTest extends AuthorizationMatrixTest {

    /** The member id of {@link Caller#COUNCIL_MEMBER}'s token (AuthorizationMatrixTest#token). */
    private static final String MEMBER = "00000000-0000-4000-8000-00000000cafe";

    private static final int YEAR = 2024;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    private AwardsApi api;
    private final String unit = UUID.randomUUID().toString();
    private List<String> members;
    private String council;
    private String decidedSession;
    private String openSession;
    private String inOpenSession;
    private String toConvene;
    private String toWithdraw;
    private String objected;
    private String objection;
    private String toObject;
    private String decision;
    private String award;
    private final String group = UUID.randomUUID().toString();

    @Override
    protected Scope prepare() {
        api = new AwardsApi(http.toBlocking(), jdbc, transactions);
        members = api.unitWithMembers(unit, "AUTH-AW1", 6);
        inOpenSession = nominate(members.get(0));
        toConvene = nominate(members.get(1));
        toWithdraw = nominate(members.get(2));
        objected = nominate(members.get(3));
        toObject = nominate(members.get(4));
        String decided = nominate(members.get(5));

        council = api.post(
                        "/api/v1/councils",
                        Map.of(
                                "name",
                                "Hội đồng kiểm thử",
                                "members",
                                List.of(
                                        Map.of("memberId", MEMBER, "fullName", "Chủ tịch", "chair", true),
                                        Map.of("memberId", "m-2", "fullName", "Ủy viên", "chair", false))))
                .get("id")
                .asText();
        String councilPath = "/api/v1/councils/" + council;
        List<String> approved = List.of(objected, toObject, decided);
        decidedSession = api.post(councilPath + "/sessions", Map.of("nominationIds", approved))
                .get("id")
                .asText();
        for (String member : List.of(MEMBER, "m-2")) {
            api.as(TestTokens.councilMember(member))
                    .post(
                            councilPath + "/sessions/" + decidedSession + "/votes",
                            Map.of(
                                    "memberId",
                                    member,
                                    "votes",
                                    approved.stream()
                                            .map(n -> Map.of("nominationId", n, "choice", "APPROVE"))
                                            .toList()));
        }
        api.post(councilPath + "/sessions/" + decidedSession + "/close", null);
        openSession = api.post(councilPath + "/sessions", Map.of("nominationIds", List.of(inOpenSession)))
                .get("id")
                .asText();

        api.discloseAsIfDaysAgo(approved, 30);
        objection = api.post("/api/v1/nominations/" + objected + "/objections", Map.of("text", "Hồ sơ chưa đầy đủ"))
                .get("id")
                .asText();
        JsonNode issued = api.post("/api/v1/decisions", decisionOver(decided));
        decision = issued.get("id").asText();
        award = issued.get("awards").get(0).get("id").asText();
        api.group(group, YEAR, List.of(unit));
        api.post("/api/v1/rule-sets", AwardsApi.read("""
                {"id": "auth-2034", "effectiveFrom": "2034-01-01", "titles": [{"code": "LDTT",
                 "nameVi": "Lao động tiên tiến", "kind": "INDIVIDUAL", "bonusMultiple": "0.3", "conditions": []}]}"""));
        return new Scope(unit, Set.of(group));
    }

    @AfterAll
    void closeApi() {
        api.close();
    }

    @Override
    protected Set<String> changedInTheBackground() {
        // units-service's events feed the directory projection; no request writes it
        return Set.of("directory_unit", "directory_member", "directory_group", "directory_group_member");
    }

    @Override
    protected List<Row> table() {
        String councils = "/api/v1/councils/{id}";
        String c = "/api/v1/councils/" + council;
        String sessions = councils + "/sessions/{sessionId}";
        String open = c + "/sessions/" + openSession;
        String nominations = "/api/v1/nominations/{id}";
        String n = "/api/v1/nominations/" + objected;
        String decisions = "/api/v1/decisions/{id}";
        String d = "/api/v1/decisions/" + decision;
        return List.of(
                row("GET", "/api/v1/rule-sets").allow(ANY_ROLE),
                row("GET", "/api/v1/rule-sets/{id}", "/api/v1/rule-sets/vn-2024")
                        .allow(ANY_ROLE),
                // an empty definition: ADMIN gets the 400 listing what a set lacks, nobody else gets that far
                row("POST", "/api/v1/rule-sets").body("{}").allow(ADMIN),
                // a set of its own, never used: ADMIN retires it, nobody else gets that far
                row("POST", "/api/v1/rule-sets/{id}/retire", "/api/v1/rule-sets/auth-2034/retire")
                        .body("{\"reason\":\"Nạp nhầm\"}")
                        .allow(ADMIN),
                row("GET", "/api/v1/audit").allow(ADMIN),
                row("GET", "/api/v1/titles", "/api/v1/titles?date=2024-12-31").allow(ANY_ROLE),
                row("GET", "/api/v1/base-salaries").allow(ANY_ROLE),
                row("POST", "/api/v1/base-salaries")
                        .body(json(Map.of("effectiveFrom", "2031-01-01", "amount", 3_000_000, "source", "kiểm thử")))
                        .allow(ADMIN),
                row("GET", "/api/v1/holidays", "/api/v1/holidays?year=2026").allow(ANY_ROLE),
                // an empty body: ADMIN gets the 400 naming what a year lacks, nobody else gets that far
                row("PUT", "/api/v1/holidays/{year}", "/api/v1/holidays/2027")
                        .body("{}")
                        .allow(ADMIN),
                row("GET", "/api/v1/evaluations", "/api/v1/evaluations?campaignId=" + UUID.randomUUID())
                        .allow(ANY_ROLE),
                row("GET", "/api/v1/evaluations/{id}", "/api/v1/evaluations/" + UUID.randomUUID())
                        .allow(ANY_ROLE),
                row("POST", "/api/v1/nominations")
                        .body(json(Map.of(
                                "year",
                                YEAR,
                                "titleCode",
                                "CSTDCS",
                                "recipientKind",
                                "MEMBER",
                                "unitId",
                                unit,
                                "memberId",
                                members.get(0),
                                "grounds",
                                List.of("Thành tích đột xuất"))))
                        .allow(ADMIN),
                row("GET", "/api/v1/nominations")
                        .allow(ANY_ROLE)
                        .hides(toWithdraw, OTHER_OFFICER, OTHER_REVIEWER, VIEWER, COUNCIL_MEMBER),
                // disclosed: public; proposed: its unit's; before a council: its unit's and that council's
                row("GET", nominations, n).allow(ANY_ROLE),
                row("GET", nominations, "/api/v1/nominations/" + toConvene).allow(UNIT_DATA),
                row("GET", nominations, "/api/v1/nominations/" + inOpenSession)
                        .allow(ADMIN, OFFICER, REVIEWER, COUNCIL_MEMBER),
                row("POST", nominations + "/withdraw", "/api/v1/nominations/" + toWithdraw + "/withdraw")
                        .body("{\"reason\":\"Trùng hồ sơ\"}")
                        .allow(ADMIN),
                row("POST", "/api/v1/councils")
                        .body(json(Map.of(
                                "name",
                                "Hội đồng khác",
                                "members",
                                List.of(Map.of("memberId", "m-9", "fullName", "Chủ tịch", "chair", true)))))
                        .allow(ADMIN),
                // the office lists every council, a member the ones it sits on, anyone else none (ADR 65)
                row("GET", "/api/v1/councils")
                        .allow(ANY_ROLE)
                        .hides(council, OFFICER, OTHER_OFFICER, REVIEWER, OTHER_REVIEWER, VIEWER),
                row("GET", councils, c).allow(ADMIN, COUNCIL_MEMBER),
                row("POST", councils + "/sessions", c + "/sessions")
                        .body(json(Map.of("nominationIds", List.of(toConvene))))
                        .allow(ADMIN),
                row("GET", councils + "/sessions", c + "/sessions").allow(ADMIN, COUNCIL_MEMBER),
                row("GET", sessions, open).allow(ADMIN, COUNCIL_MEMBER),
                // the council member of the matrix votes as itself; ADMIN does not vote
                row("POST", sessions + "/votes", open + "/votes")
                        .body(json(Map.of(
                                "memberId",
                                MEMBER,
                                "votes",
                                List.of(Map.of("nominationId", inOpenSession, "choice", "APPROVE")))))
                        .allow(COUNCIL_MEMBER),
                row("POST", sessions + "/close", open + "/close").allow(ADMIN),
                row("POST", "/api/v1/nominations/disclose")
                        .body(json(Map.of("nominationIds", List.of(toObject))))
                        .allow(ADMIN),
                row("GET", nominations + "/objections", n + "/objections").allow(ADMIN, COUNCIL_MEMBER),
                row(
                                "POST",
                                nominations + "/objections/{objectionId}/resolve",
                                n + "/objections/" + objection + "/resolve")
                        .body("{\"outcome\":\"DISMISSED\",\"resolution\":\"Đã xác minh\"}")
                        .allow(ADMIN),
                row("POST", "/api/v1/decisions")
                        .body(json(decisionOver(objected)))
                        .allow(ADMIN),
                // anyone with a role objects (each in its own role, as its token's subject)
                row("POST", nominations + "/objections", "/api/v1/nominations/" + toObject + "/objections")
                        .body("{\"text\":\"Phản ánh của quần chúng\"}")
                        .allow(ANY_ROLE),
                row(
                                "GET",
                                "/api/v1/decisions",
                                "/api/v1/decisions?organisation=AUTH&year="
                                        + LocalDate.now(Dates.VIETNAM).getYear())
                        .allow(ANY_ROLE),
                row("GET", decisions, d).allow(ANY_ROLE),
                row("POST", decisions + "/awards/{awardId}/revoke", d + "/awards/" + award + "/revoke")
                        .body("{\"reason\":\"Sai sót hồ sơ\"}")
                        .allow(ADMIN),
                row("GET", "/api/v1/awards", "/api/v1/awards?unitId=" + unit).allow(ANY_ROLE),
                row("POST", "/api/v1/awards/import")
                        .body("""
                        year,titleCode,recipientKind,unitId,memberId,decisionNumber,decisionDate,bonusAmount
                        2023,CSTDCS,MEMBER,%s,%s,12/QĐ-AUTH,2024-01-15,1800000
                        """.formatted(unit, members.get(1)), "text/csv")
                        .allow(ADMIN));
    }

    private String nominate(String member) {
        return api.post(
                        "/api/v1/nominations",
                        Map.of(
                                "year",
                                YEAR,
                                "titleCode",
                                "LDTT",
                                "recipientKind",
                                "MEMBER",
                                "unitId",
                                unit,
                                "memberId",
                                member,
                                "grounds",
                                List.of("Hoàn thành xuất sắc nhiệm vụ")))
                .get("id")
                .asText();
    }

    private static Map<String, Object> decisionOver(String nomination) {
        return Map.of(
                "organisation",
                "AUTH",
                "signer",
                Map.of("name", "Nguyễn Văn A", "position", "Chủ nhiệm"),
                "nominationIds",
                List.of(nomination));
    }

    private static String json(Object body) {
        try {
            return AwardsApi.JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
