package org.thidua.awards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thidua.testing.TestTokens;

/**
 * Decision numbers under load: twenty decisions issued at once for one organisation get the numbers 1 to 20, each
 * once; manual nominations (ADMIN) are checked against the rule set and the registry; and a disclosure window
 * opens no earlier than the council's session and never in the past.
 */
@MicronautTest(transactional = false)
class DecisionNumberingTest extends AwardsApiTest {

    private static final int DECISIONS = 20;
    private static final int YEAR = 2024;

    private final String unit = UUID.randomUUID().toString();
    private List<String> members;

    @BeforeAll
    void units() {
        members = api.unitWithMembers(unit, "VP-HN", DECISIONS + 2);
    }

    @Test
    void twentyConcurrentDecisionsGetConsecutiveNumbersWithoutDuplicates() throws Exception {
        List<String> nominations = new ArrayList<>();
        for (String member : members.subList(0, DECISIONS)) {
            nominations.add(api.post("/api/v1/nominations", manual("LDTT", "MEMBER", member))
                    .get("id")
                    .asText());
        }
        String council = api.post(
                        "/api/v1/councils",
                        Map.of(
                                "name",
                                "Hội đồng",
                                "members",
                                List.of(
                                        Map.of("memberId", "a", "fullName", "Chủ tịch", "chair", true),
                                        Map.of("memberId", "b", "fullName", "Ủy viên", "chair", false),
                                        Map.of("memberId", "c", "fullName", "Ủy viên", "chair", false))))
                .get("id")
                .asText();
        String session = "/api/v1/councils/" + council + "/sessions/"
                + api.post("/api/v1/councils/" + council + "/sessions", Map.of("nominationIds", nominations))
                        .get("id")
                        .asText();
        for (String member : List.of("a", "b", "c")) {
            api.as(TestTokens.councilMember(member))
                    .post(
                            session + "/votes",
                            Map.of(
                                    "memberId",
                                    member,
                                    "votes",
                                    nominations.stream()
                                            .map(n -> Map.of("nominationId", n, "choice", "APPROVE"))
                                            .toList()));
        }
        api.post(session + "/close", null);
        api.discloseAsIfDaysAgo(nominations, 20);

        String organisation =
                "VPQH-" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(DECISIONS);
        List<Future<String>> numbers = new ArrayList<>();
        for (String nomination : nominations) {
            Callable<String> issue = () -> {
                start.await();
                return api.post(
                                "/api/v1/decisions",
                                Map.of(
                                        "organisation",
                                        organisation,
                                        "signer",
                                        Map.of("name", "Nguyễn Văn A", "position", "Chủ nhiệm"),
                                        "nominationIds",
                                        List.of(nomination)))
                        .get("number")
                        .asText();
            };
            numbers.add(pool.submit(issue));
        }
        start.countDown();
        List<String> issued = new ArrayList<>();
        for (Future<String> number : numbers) {
            issued.add(number.get());
        }
        pool.shutdown();

        assertThat(issued)
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, DECISIONS)
                        .mapToObj(i -> i + "/QĐ-" + organisation)
                        .toList());
        assertThat(api.count("SELECT last_number FROM decision_counter WHERE organisation = ?", organisation))
                .isEqualTo(DECISIONS);
        assertThat(api.count("SELECT COUNT(DISTINCT seq) FROM decision WHERE organisation = ?", organisation))
                .isEqualTo(DECISIONS);
        assertThat(api.count("SELECT COUNT(*) FROM award WHERE unit_id = ? AND state = 'ACTIVE'", unit))
                .isEqualTo(DECISIONS);
        JsonNode listed = api.get("/api/v1/decisions?organisation=" + organisation + "&year="
                + LocalDate.now(Dates.VIETNAM).getYear());
        assertThat(listed)
                .extracting(d -> d.get("seq").asInt())
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, DECISIONS).boxed().toList());
        assertThat(listed).allSatisfy(d -> assertThat(d.get("awards")).hasSize(1));
    }

    @Test
    void aManualNominationNamesWhatIsWrongAndATitleIsNominatedOnce() {
        String member = members.get(DECISIONS);
        JsonNode unknown =
                api.refused("/api/v1/nominations", manual("ANH_HUNG", "MEMBER", member), HttpStatus.BAD_REQUEST);
        assertThat(AwardsApi.fields(unknown)).containsExactly("titleCode");
        assertThat(unknown.get("detail").asText()).contains("unknown title ANH_HUNG");
        assertThat(AwardsApi.fields(
                        api.refused("/api/v1/nominations", manual("TTLDXS", "MEMBER", member), HttpStatus.BAD_REQUEST)))
                .containsExactly("recipientKind");
        assertThat(AwardsApi.fields(api.refused(
                        "/api/v1/nominations",
                        manual("LDTT", "MEMBER", UUID.randomUUID().toString()),
                        HttpStatus.BAD_REQUEST)))
                .containsExactly("memberId");
        Map<String, Object> noGrounds = new HashMap<>(manual("LDTT", "MEMBER", member));
        noGrounds.put("grounds", List.of());
        assertThat(AwardsApi.fields(api.refused("/api/v1/nominations", noGrounds, HttpStatus.BAD_REQUEST)))
                .containsExactly("grounds");

        JsonNode first = api.post("/api/v1/nominations", manual("CSTDCS", "MEMBER", member));
        assertThat(first.get("origin").asText()).isEqualTo("MANUAL");
        // the proposer is the token's subject (TestTokens.admin), not what the body says
        assertThat(first.get("proposedBy").asText()).isEqualTo("admin");
        assertThat(first.get("ruleSetId").asText()).isEqualTo("vn-2024-v2");
        assertThat(first.get("grounds").get(0).get("reason").asText()).contains("lũ lụt");
        JsonNode twice = api.refused("/api/v1/nominations", manual("CSTDCS", "MEMBER", member), HttpStatus.CONFLICT);
        assertThat(AwardsApi.fields(twice)).containsExactly("titleCode");
        api.post("/api/v1/nominations/" + first.get("id").asText() + "/withdraw", Map.of("reason", "Trùng hồ sơ"));
        // withdrawn, the title is free again
        assertThat(api.post("/api/v1/nominations", manual("CSTDCS", "MEMBER", member))
                        .get("state")
                        .asText())
                .isEqualTo("PROPOSED");
    }

    @Test
    void aDisclosureWindowOpensNoEarlierThanTheCouncilApprovedAndNeverInThePast() {
        String nomination = api.post("/api/v1/nominations", manual("LDTT", "MEMBER", members.get(DECISIONS + 1)))
                .get("id")
                .asText();
        String council = api.post(
                        "/api/v1/councils",
                        Map.of(
                                "name",
                                "Hội đồng công khai",
                                "members",
                                List.of(Map.of("memberId", "d", "fullName", "Chủ tịch", "chair", true))))
                .get("id")
                .asText();
        LocalDate today = LocalDate.now(Dates.VIETNAM);
        LocalDate heldOn = today.plusDays(3);
        String session = "/api/v1/councils/" + council + "/sessions/"
                + api.post(
                                "/api/v1/councils/" + council + "/sessions",
                                Map.of("nominationIds", List.of(nomination), "heldOn", heldOn.toString()))
                        .get("id")
                        .asText();
        api.as(TestTokens.councilMember("d"))
                .post(
                        session + "/votes",
                        Map.of(
                                "memberId",
                                "d",
                                "votes",
                                List.of(Map.of("nominationId", nomination, "choice", "APPROVE"))));
        api.post(session + "/close", null);

        JsonNode past = api.refused(
                "/api/v1/nominations/disclose",
                Map.of(
                        "nominationIds",
                        List.of(nomination),
                        "startDate",
                        today.minusDays(1).toString()),
                HttpStatus.BAD_REQUEST);
        assertThat(AwardsApi.fields(past)).containsExactly("startDate");
        assertThat(past.get("detail").asText())
                .contains("past")
                .contains(today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        JsonNode early = api.refused(
                "/api/v1/nominations/disclose",
                Map.of("nominationIds", List.of(nomination), "startDate", today.toString()),
                HttpStatus.BAD_REQUEST);
        assertThat(AwardsApi.fields(early)).containsExactly("startDate");
        assertThat(early.get("detail").asText())
                .contains("council approved")
                .contains(heldOn.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));

        // without a start, the window opens on the council's day (or the first working day after it)
        JsonNode disclosed = api.post("/api/v1/nominations/disclose", Map.of("nominationIds", List.of(nomination)))
                .get(0);
        assertThat(disclosed.get("state").asText()).isEqualTo("DISCLOSED");
        assertThat(LocalDate.parse(disclosed.get("disclosureStart").asText()))
                .isAfterOrEqualTo(heldOn)
                .isBefore(heldOn.plusDays(7));
    }

    private Map<String, Object> manual(String title, String kind, String member) {
        return Map.of(
                "year",
                YEAR,
                "titleCode",
                title,
                "recipientKind",
                kind,
                "unitId",
                unit,
                "memberId",
                member,
                "grounds",
                List.of("Thành tích đột xuất trong cứu hộ lũ lụt tháng 9/" + YEAR),
                // an old client's field: ignored, the token says who proposes
                "proposedBy",
                "someone-else");
    }
}
