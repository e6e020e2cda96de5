package org.thidua.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thidua.campaigns.CampaignsApi.TODAY;
import static org.thidua.campaigns.CampaignsApi.YEAR;
import static org.thidua.campaigns.CampaignsApi.campaign;
import static org.thidua.campaigns.CampaignsApi.entries;
import static org.thidua.campaigns.CampaignsApi.entry;
import static org.thidua.campaigns.CampaignsApi.fields;
import static org.thidua.campaigns.CampaignsApi.message;
import static org.thidua.campaigns.CampaignsApi.registration;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.thidua.testing.RealInfrastructure;

/**
 * What campaigns-service refuses of its own input (ADR 21, 22): campaign dates out of their year or order, scope
 * groups it does not know, evidence links that are not web addresses, titles the law in force does not have. Each
 * refusal names the field and writes and publishes nothing.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignInputTest implements RealInfrastructure {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    private CampaignsApi api;
    private String group;
    private List<String> members;

    @BeforeAll
    void feedTheProjection() {
        api = new CampaignsApi(client.toBlocking(), jdbc, transactions);
        Instant at = Instant.now().minusSeconds(60);
        members = List.of(api.unit("V-1", at), api.unit("V-2", at));
        group = api.group("KHOI-V", YEAR, members);
    }

    @AfterAll
    void close() {
        api.close();
    }

    @Test
    void aCampaignWhoseDatesLeaveItsYearOrRunOutOfOrderIsRefusedNamingEachDate() {
        Map<String, Object> body = new LinkedHashMap<>(campaign("PT-2019-SAI", TODAY.plusDays(5), List.of(group)));
        body.put("year", 2019);
        body.put("startDate", "2019-01-15");
        body.put("endDate", "2019-12-31");
        body.put("registrationDeadline", "2031-03-01");
        body.put(
                "periods",
                List.of(
                        Map.of("period", "MID_YEAR", "endDate", "2035-06-30", "submissionDeadline", "2035-07-15"),
                        Map.of("period", "YEAR_END", "endDate", "2018-12-20", "submissionDeadline", "2019-12-20")));

        JsonNode problem = api.refused("POST", "/api/v1/campaigns", body, HttpStatus.BAD_REQUEST);

        assertThat(Set.copyOf(fields(problem)))
                .containsExactlyInAnyOrder(
                        "registrationDeadline",
                        "periods[0].endDate",
                        "periods[0].submissionDeadline",
                        "periods[1].endDate");
        assertThat(message(problem, "registrationDeadline"))
                .isEqualTo("must lie between 01/12/2018 and 31/01/2020, the emulation year of a 2019 campaign");
        assertThat(fields(problem).stream().filter("periods[1].endDate"::equals))
                .hasSize(2);
        assertThat(problem.get("violations").toString())
                .contains("must not be before periods[0].submissionDeadline")
                .contains("must be in the campaign's year 2019");
    }

    @Test
    void aYearEndReviewMayRunIntoJanuaryButNoFurther() {
        Map<String, Object> body = new LinkedHashMap<>(campaign("PT-THANG-2", TODAY.plusDays(5), List.of(group)));
        body.put("endDate", (YEAR + 1) + "-02-01");
        JsonNode problem = api.refused("POST", "/api/v1/campaigns", body, HttpStatus.BAD_REQUEST);
        assertThat(fields(problem)).containsExactly("endDate");

        body.put("endDate", (YEAR + 1) + "-01-31");
        assertThat(api.post("/api/v1/campaigns", body).get("endDate").asText()).isEqualTo((YEAR + 1) + "-01-31");
    }

    @Test
    void aScopeNamingAGroupCampaignsServiceDoesNotKnowIsA422NamingIt() {
        JsonNode problem = api.refused(
                "POST",
                "/api/v1/campaigns",
                campaign("PT-NHOM-LA", TODAY.plusDays(5), List.of(group, "../../etc/passwd")),
                HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(fields(problem)).containsExactly("scope.groupIds[1]");
        assertThat(message(problem, "scope.groupIds[1]"))
                .contains("unknown to campaigns-service")
                .contains("try again shortly");

        String draft = api.post("/api/v1/campaigns", campaign("PT-NHOM", TODAY.plusDays(5), List.of(group)))
                .get("id")
                .asText();
        assertThat(fields(api.refused(
                        "PUT",
                        "/api/v1/campaigns/" + draft,
                        campaign(
                                "PT-NHOM",
                                TODAY.plusDays(5),
                                List.of(UUID.randomUUID().toString())),
                        HttpStatus.UNPROCESSABLE_ENTITY)))
                .containsExactly("scope.groupIds[0]");
    }

    @Test
    void evidenceLinksMustBeWebAddresses() {
        String base = launched("PT-MINH-CHUNG");
        String registration = api.post(base + "/registrations", registration(members.get(0)))
                .get("id")
                .asText();
        api.post(base + "/registrations/" + registration + "/accept", null);
        List<Map<String, Object>> bad = List.of(
                entry("A1", 10),
                Map.of(
                        "criterionCode",
                        "A2",
                        "points",
                        10,
                        "evidence",
                        List.of(
                                "https://quochoi.vn/minh-chung/a2.pdf",
                                "javascript:alert(document.cookie)",
                                "file:///etc/passwd",
                                "https:///khong-co-may-chu",
                                "/minh-chung/tuong-doi.pdf",
                                "https://quochoi.vn/" + "a".repeat(2000))),
                entry("B1", 10));

        JsonNode problem = api.refused(
                "POST",
                base + "/periods/MID_YEAR/score-sheets",
                Map.of("registrationId", registration, "entries", bad),
                HttpStatus.BAD_REQUEST);

        assertThat(fields(problem))
                .containsExactly(
                        "entries[1].evidence[1]",
                        "entries[1].evidence[2]",
                        "entries[1].evidence[3]",
                        "entries[1].evidence[4]",
                        "entries[1].evidence[5]");
        assertThat(message(problem, "entries[1].evidence[1]")).startsWith("must be an absolute http or https address");
        assertThat(api.post(
                                base + "/periods/MID_YEAR/score-sheets",
                                Map.of("registrationId", registration, "entries", entries(30)))
                        .get("state")
                        .asText())
                .isEqualTo("DRAFT");
    }

    @Test
    void aRegistrationAimsOnlyForTitlesOfTheLawInForceForTheCampaignsYear() {
        String base = launched("PT-DANH-HIEU");
        Map<String, Object> invented = new LinkedHashMap<>(registration(members.get(1)));
        invented.put("collectiveTitle", "TAP_THE_LAO_DONG_TIEN_TIEN");
        invented.put(
                "memberTitles",
                List.of(
                        Map.of("memberId", UUID.randomUUID().toString(), "titleCode", "CSTDCS"),
                        Map.of("memberId", UUID.randomUUID().toString(), "titleCode", "TTLDXS")));

        JsonNode problem = api.refused("POST", base + "/registrations", invented, HttpStatus.UNPROCESSABLE_ENTITY);

        assertThat(fields(problem)).containsExactly("collectiveTitle", "memberTitles[1].titleCode");
        assertThat(message(problem, "collectiveTitle"))
                .isEqualTo(
                        "must be one of the collective titles in force for "
                                + YEAR + ": TTLDTT (Tập thể lao động tiên tiến), TTLDXS (Tập thể lao động xuất sắc), "
                                + "CO_THI_DUA (Cờ thi đua (cấp bộ, ban, ngành, tỉnh)), CO_THI_DUA_CP (Cờ thi đua của Chính phủ), "
                                + "BK_TTG_TT (Bằng khen của Thủ tướng Chính phủ (tập thể)), "
                                + "BK_BO_TT (Bằng khen cấp bộ, ban, ngành, tỉnh (tập thể)), GIAY_KHEN_TT (Giấy khen (tập thể))");
        assertThat(message(problem, "memberTitles[1].titleCode"))
                .startsWith("must be one of the individual titles")
                .contains("LDTT (Lao động tiên tiến)")
                .contains("CSTDCS (Chiến sĩ thi đua cơ sở)");

        String id = api.post(base + "/registrations", registration(members.get(1)))
                .get("id")
                .asText();
        api.post(base + "/registrations/" + id + "/return", Map.of("reason", "Bổ sung danh hiệu"));
        assertThat(fields(api.refused(
                        "PUT",
                        base + "/registrations/" + id,
                        Map.of("commitments", List.of("Hoàn thành 100% chỉ tiêu"), "collectiveTitle", "LDTT"),
                        HttpStatus.UNPROCESSABLE_ENTITY)))
                .containsExactly("collectiveTitle");
    }

    private String launched(String code) {
        String id = api.post("/api/v1/campaigns", campaign(code, TODAY.plusDays(5), List.of(group)))
                .get("id")
                .asText();
        String base = "/api/v1/campaigns/" + id;
        api.post(base + "/launch", null);
        api.awaitScope(id, Set.copyOf(members));
        return base;
    }
}
