package org.thidua.units.security;

import static org.thidua.testing.AuthorizationMatrixTest.Caller.ADMIN;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.thidua.testing.AuthorizationMatrixTest;
import org.thidua.units.Api;

/**
 * Who may do what in units-service: any role reads the directory (units, groups and who is in them); a unit's
 * members and contacts are read only by ADMIN, its officer and reviewers of its groups (ADR 65); only ADMIN changes
 * the directory, imports it and handles dead letters.
 */
@MicronautTest(transactional = false)
class UnitsAuthorizationMatrixTest extends AuthorizationMatrixTest {

    /** A unit's details: every role, and the operator, who names the unit of a failed delivery (ADR 103). */
    private static final Set<Caller> ANY_ROLE_OR_OPERATOR =
            EnumSet.of(Caller.OPERATOR, ANY_ROLE.toArray(Caller[]::new));

    @Inject
    @Client("/")
    HttpClient http;

    private String unit;
    private String otherUnit;
    private String member;
    private String contact;
    private String group;

    @Override
    protected Scope prepare() {
        Api api = new Api(http);
        unit = api.unit("AUTH-U1", "Đơn vị một");
        otherUnit = api.unit("AUTH-U2", "Đơn vị hai");
        member = api.post("/api/v1/units/" + unit + "/members", Map.of("fullName", "Nguyễn Văn An"))
                .get("id")
                .asText();
        contact = api.post("/api/v1/units/" + unit + "/contacts", Map.of("email", "a@quochoi.vn", "role", "GENERAL"))
                .get("id")
                .asText();
        group = api.group("CLUSTER", 2026, "AUTH-G1", "Cụm một");
        api.post("/api/v1/groups/" + group + "/members", Map.of("unitIds", List.of(unit)));
        return new Scope(unit, Set.of(group));
    }

    @Override
    protected List<Row> table() {
        String units = "/api/v1/units/";
        String members = units + unit + "/members/";
        return List.of(
                row("POST", "/api/v1/units")
                        .body("{\"code\":\"AUTH-U3\",\"name\":\"Đơn vị ba\"}")
                        .allow(ADMIN),
                row("GET", "/api/v1/units", "/api/v1/units?q=AUTH").allow(ANY_ROLE),
                row("GET", "/api/v1/units/{id}", units + unit).allow(ANY_ROLE_OR_OPERATOR),
                row("PUT", "/api/v1/units/{id}", units + unit)
                        .body("{\"version\":0,\"name\":\"Đơn vị một\",\"language\":\"vi\"}")
                        .allow(ADMIN),
                row("POST", "/api/v1/units/{id}/deactivate", units + otherUnit + "/deactivate")
                        .allow(ADMIN),
                row("GET", "/api/v1/units/{unitId}/members", units + unit + "/members")
                        .allow(UNIT_DATA),
                row("POST", "/api/v1/units/{unitId}/members", units + unit + "/members")
                        .body("{\"fullName\":\"Trần Thị Bình\"}")
                        .allow(ADMIN),
                row("GET", "/api/v1/units/{unitId}/members/{memberId}", members + member)
                        .allow(UNIT_DATA),
                row("PUT", "/api/v1/units/{unitId}/members/{memberId}", members + member)
                        .body("{\"fullName\":\"Nguyễn Văn An\"}")
                        .allow(ADMIN),
                row("POST", "/api/v1/units/{unitId}/members/{memberId}/move", members + member + "/move")
                        .body("{\"unitId\":\"" + unit + "\"}")
                        .allow(ADMIN),
                row("POST", "/api/v1/units/{unitId}/members/{memberId}/leave", members + member + "/leave")
                        .allow(ADMIN),
                row("GET", "/api/v1/members/{memberId}", "/api/v1/members/" + member)
                        .allow(UNIT_DATA),
                row("GET", "/api/v1/units/{unitId}/contacts", units + unit + "/contacts")
                        .allow(UNIT_DATA),
                row("POST", "/api/v1/units/{unitId}/contacts", units + unit + "/contacts")
                        .body("{\"email\":\"b@quochoi.vn\",\"role\":\"HEAD\"}")
                        .allow(ADMIN),
                row("PUT", "/api/v1/units/{unitId}/contacts", units + unit + "/contacts")
                        .body("{\"contacts\":[{\"email\":\"c@quochoi.vn\",\"role\":\"GENERAL\"}]}")
                        .allow(ADMIN),
                row("DELETE", "/api/v1/units/{unitId}/contacts/{contactId}", units + unit + "/contacts/" + contact)
                        .allow(ADMIN),
                row("POST", "/api/v1/groups")
                        .body("{\"kind\":\"BLOCK\",\"year\":2026,\"code\":\"AUTH-B1\",\"name\":\"Khối một\"}")
                        .allow(ADMIN),
                row("GET", "/api/v1/groups", "/api/v1/groups?year=2026").allow(ANY_ROLE),
                row("GET", "/api/v1/groups/{id}", "/api/v1/groups/" + group).allow(ANY_ROLE),
                row("GET", "/api/v1/groups/{id}/members", "/api/v1/groups/" + group + "/members")
                        .allow(ANY_ROLE),
                row("POST", "/api/v1/groups/{id}/members", "/api/v1/groups/" + group + "/members")
                        .body("{\"unitIds\":[\"" + unit + "\"]}")
                        .allow(ADMIN),
                row("PUT", "/api/v1/groups/{id}/members", "/api/v1/groups/" + group + "/members")
                        .body("{\"unitIds\":[\"" + unit + "\"]}")
                        .allow(ADMIN),
                row("PUT", "/api/v1/groups/{id}/leadership", "/api/v1/groups/" + group + "/leadership")
                        .body("{\"headUnitId\":\"" + unit + "\"}")
                        .allow(ADMIN),
                row("DELETE", "/api/v1/groups/{id}/members/{unitId}", "/api/v1/groups/" + group + "/members/" + unit)
                        .allow(ADMIN),
                row("POST", "/api/v1/imports/units")
                        .body("code,name\nAUTH-U4,Đơn vị bốn\n", "text/csv")
                        .allow(ADMIN),
                row("POST", "/api/v1/imports/members")
                        .body("unitCode,fullName\nAUTH-U1,Lê Văn Cường\n", "text/csv")
                        .allow(ADMIN),
                row("POST", "/api/v1/imports/contacts")
                        .body("unitCode,email,role\nAUTH-U1,d@quochoi.vn,GENERAL\n", "text/csv")
                        .allow(ADMIN),
                row("POST", "/api/v1/imports/memberships")
                        .body("groupCode,year,unitCode\nAUTH-G1,2026,AUTH-U1\n", "text/csv")
                        .allow(ADMIN));
    }
}
