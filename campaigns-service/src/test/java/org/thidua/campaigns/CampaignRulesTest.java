package org.thidua.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.thidua.campaigns.CampaignsApi.TODAY;
import static org.thidua.campaigns.CampaignsApi.YEAR;
import static org.thidua.campaigns.CampaignsApi.campaign;
import static org.thidua.campaigns.CampaignsApi.entries;
import static org.thidua.campaigns.CampaignsApi.fields;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.thidua.campaigns.campaign.CancellingCampaign;
import org.thidua.campaigns.reminder.SendingReminders;
import org.thidua.contracts.EventSchemas;
import org.thidua.contracts.Topics;
import org.thidua.contracts.campaigns.CampaignCancelled;
import org.thidua.contracts.campaigns.CampaignLaunched;
import org.thidua.contracts.campaigns.CovenantSigned;
import org.thidua.contracts.campaigns.DeadlineApproaching;
import org.thidua.testing.Headers;
import org.thidua.testing.RealInfrastructure;
import org.thidua.testing.TopicReader;

/** Cancelling, late registrations, all-units scope and deadline reminders, against the real broker and database. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignRulesTest implements RealInfrastructure {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    @Inject
    SendingReminders reminders;

    @Inject
    CancellingCampaign cancellingCampaign;

    private CampaignsApi api;
    private final TopicReader campaigns = new TopicReader(Topics.CAMPAIGNS);
    private String group;
    private List<String> members;

    @BeforeAll
    void feedTheProjection() {
        api = new CampaignsApi(client.toBlocking(), jdbc, transactions);
        Instant at = Instant.now().minusSeconds(60);
        members = List.of(api.unit("R-1", at), api.unit("R-2", at), api.unit("R-3", at));
        group = api.group("KHOI-R", YEAR, members);
    }

    @AfterAll
    void close() {
        api.close();
        campaigns.close();
    }

    @Test
    void cancellingADraftPublishesNothingAndALaunchedOneAnnouncesItWithTheReason() {
        String draft = api.post("/api/v1/campaigns", campaign("PT-HUY-1", TODAY.plusDays(5), List.of(group)))
                .get("id")
                .asText();
        assertThat(fields(api.refused(
                        "POST", "/api/v1/campaigns/" + draft + "/cancel", Map.of(), HttpStatus.BAD_REQUEST)))
                .containsExactly("reason");
        assertThat(api.post("/api/v1/campaigns/" + draft + "/cancel", Map.of("reason", "Trùng phong trào khác"))
                        .get("state")
                        .asText())
                .isEqualTo("CANCELLED");
        api.conflict("/api/v1/campaigns/" + draft + "/launch", null, "CANCELLED");

        String launched = api.post("/api/v1/campaigns", campaign("PT-HUY-2", TODAY.plusDays(5), List.of(group)))
                .get("id")
                .asText();
        api.post("/api/v1/campaigns/" + launched + "/launch", null);
        api.post("/api/v1/campaigns/" + launched + "/cancel", Map.of("reason", "Thay đổi kế hoạch"));
        api.conflict("/api/v1/campaigns/" + launched + "/registrations", registration(members.get(0)), "CANCELLED");

        await().atMost(Duration.ofSeconds(30))
                .until(() -> campaigns.withKey(launched).size() == 2);
        List<ConsumerRecord<String, byte[]>> events = campaigns.withKey(launched);
        assertThat(events)
                .extracting(r -> Headers.of(r, "ce_type"))
                .containsExactly(CampaignLaunched.TYPE, CampaignCancelled.TYPE);
        assertThat(EventSchemas.violations(CampaignCancelled.TYPE, events.get(1).value()))
                .isEmpty();
        assertThat(CampaignsApi.read(events.get(1).value()).get("reason").asText())
                .isEqualTo("Thay đổi kế hoạch");
        assertThat(campaigns.withKey(draft)).isEmpty();
    }

    @Test
    void afterTheDeadlineARegistrationIsA422UnlessTheOfficeAdmitsItWithAReason() {
        String id = api.post("/api/v1/campaigns", campaign("PT-MUON", TODAY.minusDays(1), List.of(group)))
                .get("id")
                .asText();
        String base = "/api/v1/campaigns/" + id;
        api.post(base + "/launch", null);
        api.awaitScope(id, Set.copyOf(members));
        JsonNode late = api.refused(
                "POST", base + "/registrations", registration(members.get(0)), HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(late.get("detail").asText()).contains("deadline");
        Map<String, Object> admitted = new HashMap<>(registration(members.get(0)));
        admitted.put("lateAdmissionReason", "Đơn vị mới thành lập sau hạn đăng ký");
        JsonNode registered = api.post(base + "/registrations", admitted);
        assertThat(registered.get("late").asBoolean()).isTrue();
        assertThat(registered.get("lateReason").asText()).isEqualTo("Đơn vị mới thành lập sau hạn đăng ký");
    }

    @Test
    void aCampaignForAllUnitsTakesEveryActiveUnit() {
        String id = api.post("/api/v1/campaigns", campaign("PT-TOAN-BO", TODAY.plusDays(5), List.of()))
                .get("id")
                .asText();
        assertThat(api.get("/api/v1/campaigns/" + id)
                        .get("scope")
                        .get("allUnits")
                        .asBoolean())
                .isTrue();
        await().atMost(Duration.ofSeconds(30)).until(() -> api.scope(id).containsAll(members));
        Map<String, Object> both = campaign("PT-SAI", TODAY, List.of(group));
        both.put("scope", Map.of("allUnits", true, "groupIds", List.of(group)));
        assertThat(fields(api.refused("POST", "/api/v1/campaigns", both, HttpStatus.BAD_REQUEST)))
                .containsExactly("scope.groupIds");
    }

    @Test
    void aScopeWithoutUnitsIsShownAsAnEmptyList() {
        String empty = api.group("KHOI-TRONG", YEAR, List.of());
        String id = api.post("/api/v1/campaigns", campaign("PT-TRONG", TODAY.plusDays(5), List.of(empty)))
                .get("id")
                .asText();
        JsonNode scope = api.get("/api/v1/campaigns/" + id + "/scope");
        assertThat(scope.get("total").asInt()).isZero();
        assertThat(scope.get("unitIds"))
                .as("an empty scope is [], not a missing field")
                .isNotNull();
        assertThat(scope.get("unitIds").isArray()).isTrue();
        assertThat(scope.get("unitIds")).isEmpty();
    }

    @Test
    void eachReminderGoesOutOncePerUnitAndDeadlineEvenWithTwoInstancesAtOnce() throws Exception {
        String id = api.post("/api/v1/campaigns", campaign("PT-NHAC", TODAY.plusDays(7), List.of(group)))
                .get("id")
                .asText();
        String base = "/api/v1/campaigns/" + id;
        api.post(base + "/launch", null);
        api.awaitScope(id, Set.copyOf(members));
        String registration = api.post(base + "/registrations", registration(members.get(0)))
                .get("id")
                .asText();

        // seven days before: the two units that have not registered; two "instances" race, each unit once
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Callable<Integer> run = () -> reminders.remind(id, TODAY);
        List<Future<Integer>> runs = pool.invokeAll(List.of(run, run));
        assertThat(runs.get(0).get() + runs.get(1).get()).isEqualTo(2);
        assertThat(reminders.remind(id, TODAY.plusDays(3)))
                .as("still the 7-day reminder: sent already")
                .isZero();
        assertThat(reminders.remind(id, TODAY.plusDays(6)))
                .as("the 1-day reminder")
                .isEqualTo(2);
        pool.shutdown();

        // score sheets: the accepted unit that has not submitted, 1 day before the mid-year deadline
        api.post(base + "/registrations/" + registration + "/accept", null);
        api.post(base + "/start", null);
        api.post(
                base + "/periods/MID_YEAR/score-sheets",
                Map.of("registrationId", registration, "entries", entries(50)));
        LocalDate dayBefore = CampaignsApi.midYearDeadline(TODAY.plusDays(7)).minusDays(1);
        assertThat(reminders.remind(id, dayBefore)).isEqualTo(1);
        assertThat(reminders.remind(id, dayBefore)).isZero();

        await().atMost(Duration.ofSeconds(30))
                .until(() -> campaigns.withKey(id).stream()
                                .filter(r -> DeadlineApproaching.TYPE.equals(Headers.of(r, "ce_type")))
                                .count()
                        == 5);
        List<JsonNode> sent = campaigns.withKey(id).stream()
                .filter(r -> DeadlineApproaching.TYPE.equals(Headers.of(r, "ce_type")))
                .peek(r -> assertThat(EventSchemas.violations(DeadlineApproaching.TYPE, r.value()))
                        .isEmpty())
                .map(r -> CampaignsApi.read(r.value()))
                .toList();
        assertThat(sent)
                .extracting(
                        e -> e.get("kind").asText() + "/" + e.get("daysLeft").asInt())
                .containsExactly(
                        "REGISTRATION/7", "REGISTRATION/7", "REGISTRATION/1", "REGISTRATION/1", "SCORE_SHEET/1");
        assertThat(sent.subList(0, 4)).extracting(e -> e.get("unitId").asText()).doesNotContain(members.get(0));
        assertThat(sent.get(4).get("unitId").asText()).isEqualTo(members.get(0));
        assertThat(sent.get(4).get("period").asText()).isEqualTo("MID_YEAR");
    }

    @Test
    void aCovenantCannotBeSignedOnceItsCampaignIsCancelledOrClosed() {
        String cancelled = launchedWithCovenant("PT-GU-HUY");
        String covenant = covenantOf(cancelled);
        api.post(
                "/api/v1/campaigns/" + cancelled + "/covenants/" + covenant + "/sign",
                Map.of("unitId", members.get(0)));
        api.post("/api/v1/campaigns/" + cancelled + "/cancel", Map.of("reason", "Thay đổi kế hoạch"));
        String path = "/api/v1/campaigns/" + cancelled + "/covenants/" + covenant + "/sign";
        api.conflict(path, Map.of("unitId", members.get(1)), "CANCELLED");
        assertThat(api.refused("POST", path, Map.of("unitId", members.get(2)), HttpStatus.CONFLICT)
                        .get("detail")
                        .asText())
                .isEqualTo("The campaign has been cancelled: its covenants can no longer be " + "signed");

        String closed = launchedWithCovenant("PT-GU-DONG");
        String base = "/api/v1/campaigns/" + closed;
        String closedCovenant = covenantOf(closed);
        api.post(base + "/start", null);
        api.post(base + "/periods/MID_YEAR/finalize", Map.of());
        api.post(base + "/periods/YEAR_END/finalize", Map.of());
        assertThat(api.post(base + "/close", null).get("state").asText()).isEqualTo("CLOSED");
        api.conflict(base + "/covenants/" + closedCovenant + "/sign", Map.of("unitId", members.get(0)), "CLOSED");

        assertThat(api.count(
                        "SELECT COUNT(*) FROM covenant_party p JOIN covenant c ON c.id = p.covenant_id"
                                + " WHERE c.campaign_id IN (?, ?) AND p.signed_at IS NOT NULL",
                        cancelled,
                        closed))
                .isEqualTo(1);
        assertThat(api.count(
                        "SELECT COUNT(*) FROM outbox_event WHERE event_type = ? AND message_key IN (?, ?)",
                        CovenantSigned.TYPE,
                        cancelled,
                        closed))
                .isZero();
    }

    @Test
    void aCancelCommittedWhileRemindersAreWorkedOutStopsThem() throws Exception {
        String id = api.post("/api/v1/campaigns", campaign("PT-NHAC-HUY", TODAY.plusDays(7), List.of(group)))
                .get("id")
                .asText();
        api.post("/api/v1/campaigns/" + id + "/launch", null);
        api.awaitScope(id, Set.copyOf(members));

        // the office cancels: its transaction has changed the campaign but not committed yet
        CountDownLatch cancelling = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Void> cancel = CompletableFuture.runAsync(() -> transactions.executeWrite(status -> {
            cancellingCampaign.cancel(id, "Hủy giữa chừng");
            cancelling.countDown();
            waitFor(commit);
            return null;
        }));
        assertThat(cancelling.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Integer> reminding = CompletableFuture.supplyAsync(() -> reminders.remind(id, TODAY));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> reminding.isDone()
                        || api.count("SELECT COUNT(*) FROM information_schema.INNODB_TRX WHERE trx_state = 'LOCK WAIT'")
                                > 0);
        commit.countDown();
        cancel.get(30, TimeUnit.SECONDS);

        assertThat(reminding.get(30, TimeUnit.SECONDS))
                .as("reminders of a cancelled campaign")
                .isZero();
        assertThat(api.count("SELECT COUNT(*) FROM reminder_sent WHERE campaign_id = ?", id))
                .isZero();
        assertThat(api.count(
                        "SELECT COUNT(*) FROM outbox_event WHERE event_type = ? AND message_key = ?",
                        DeadlineApproaching.TYPE,
                        id))
                .isZero();
    }

    private String launchedWithCovenant(String code) {
        String id = api.post("/api/v1/campaigns", campaign(code, TODAY.plusDays(5), List.of(group)))
                .get("id")
                .asText();
        api.post("/api/v1/campaigns/" + id + "/launch", null);
        api.awaitScope(id, Set.copyOf(members));
        api.post(
                "/api/v1/campaigns/" + id + "/covenants",
                Map.of(
                        "groupId",
                        group,
                        "text",
                        "Giao ước " + code,
                        "targets",
                        List.of(Map.of("code", "T1", "description", "Hoàn thành nhiệm vụ"))));
        return id;
    }

    private String covenantOf(String campaignId) {
        return api.get("/api/v1/campaigns/" + campaignId + "/covenants")
                .get(0)
                .get("id")
                .asText();
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The test never let the cancel commit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
