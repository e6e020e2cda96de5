package org.thidua.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.thidua.contracts.EventSchemas;
import org.thidua.contracts.EventTypes;
import org.thidua.local.EmbeddedSmtp;
import org.thidua.notifications.routing.NotificationRouting;
import org.thidua.notifications.routing.NotificationRouting.Route;
import org.thidua.testing.JsonApi;
import org.thidua.testing.SmtpGate;

/**
 * Notices end to end: events in through the real broker, emails out to a real SMTP server (GreenMail, behind
 * {@link SmtpGate} for outages and rejections), deliveries and inbox through the API.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationDeliveryTest extends MailServerTest {

    private static final String REJECTED = "@rejected.example.com";

    @Override
    String rejectedDomain() {
        return REJECTED;
    }

    @Override
    void configure(Map<String, String> p) {
        // a short schedule: three attempts within about a second and a half, so an outage of 10 s outlasts them all
        p.put("thidua.notifications.delivery.first-retry-delay", "200ms");
        p.put("thidua.notifications.delivery.max-retry-delay", "1s");
        p.put("thidua.notifications.delivery.max-attempts", "3");
        p.put("thidua.notifications.pending-sweep", "1s");
        // events of campaigns never launched here go out a second after (ADR 0035), not after ten minutes
        p.put("thidua.notifications.campaign-wait", "1s");
        // launches to more than two units go through fan-out chunks, one transaction each (the path large ones take)
        p.put("thidua.notifications.fanout.chunk-size", "2");
        p.put("thidua.notifications.fanout.poll", "200ms");
    }

    @Test
    void aLaunchToThreeGroupsReachesExactlyTheActiveUnitsInScopeInTheirLanguageAndADuplicateSendsNothingMore() {
        String tag = "l" + TestEvents.id().substring(0, 8);
        String a1 = events.unit(TestEvents.id(), tag + "-A1", "Vụ Hành chính", "vi", "a1@" + tag + ".vn");
        String a2 = events.unit(TestEvents.id(), tag + "-A2", "Foreign Affairs Department", "en", "a2@" + tag + ".vn");
        String b1 = events.unit(TestEvents.id(), tag + "-B1", "Văn phòng tỉnh Thanh Hóa", "vi", "b1@" + tag + ".vn");
        String b2 = events.unit(TestEvents.id(), tag + "-B2", "Văn phòng tỉnh đã giải thể", "vi", "b2@" + tag + ".vn");
        events.deactivate(b2);
        String c1 = events.unit(
                TestEvents.id(),
                tag + "-C1",
                "Trung tâm Thông tin",
                "en",
                "c1-head@" + tag + ".vn",
                "c1-office@" + tag + ".vn");
        String d1 = events.unit(TestEvents.id(), tag + "-D1", "Out of scope", "vi", "d1@" + tag + ".vn");
        String groupA = events.group("Khối thi đua số III", List.of(a1, a2));
        String groupB = events.group("Khối thi đua số IV", List.of(b1, b2, a1)); // a1 in two groups: one email
        String groupC = events.group("Cụm các tỉnh Trung du", List.of(c1));
        events.group("Khối khác", List.of(d1));
        awaitProjected(List.of(a1, a2, b1, b2, c1, d1), 1 + 1 + 1 + 1 + 1 + 2);
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        count("SELECT COUNT(*) FROM recipient_unit WHERE unit_id = ? AND active = FALSE", b2) == 1);

        String campaignId = TestEvents.id();
        String eventId = TestEvents.id();
        String title = "Phong trào thi đua " + tag;
        events.launch(eventId, campaignId, title, List.of(groupA, groupB, groupC));

        Set<String> expected = Set.of(
                "a1@" + tag + ".vn",
                "a2@" + tag + ".vn",
                "b1@" + tag + ".vn",
                "c1-head@" + tag + ".vn",
                "c1-office@" + tag + ".vn");
        await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo(tag).size() >= expected.size());
        List<EmbeddedSmtp.ReceivedMail> mails = mailsTo(tag);
        assertThat(mails).hasSize(expected.size());
        assertThat(mails.stream().map(m -> address(m, tag)).collect(Collectors.toSet()))
                .isEqualTo(expected);
        for (EmbeddedSmtp.ReceivedMail mail : mails) {
            String to = address(mail, tag);
            boolean english = to.startsWith("a2@") || to.startsWith("c1-");
            assertThat(mail.subject())
                    .isEqualTo((english ? "Emulation campaign launched: " : "Phát động phong trào thi đua: ") + title);
            assertThat(mail.raw()).contains("text/html").contains("text/plain");
            assertThat(mail.text())
                    .contains(title)
                    .contains("28/02/2019")
                    .contains(english ? "Registration deadline" : "Hạn đăng ký thi đua");
        }

        // every in-scope active unit has the inbox item; the others have none
        for (String unit : List.of(a1, a2, b1, c1)) {
            JsonNode inbox = get("/api/v1/inbox?unitId=" + unit);
            assertThat(inbox).hasSize(1);
            assertThat(inbox.get(0).get("subject").asText()).contains(title);
            assertThat(get("/api/v1/inbox/unread-count?unitId=" + unit)
                            .get("unread")
                            .asLong())
                    .isEqualTo(1);
        }
        assertThat(get("/api/v1/inbox?unitId=" + b2)).isEmpty();
        assertThat(get("/api/v1/inbox?unitId=" + d1)).isEmpty();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> get("/api/v1/deliveries/counts?eventId=" + eventId)
                                .get("byState")
                                .get("SENT")
                                .asLong()
                        == 5);
        assertThat(get("/api/v1/deliveries/counts?eventId=" + eventId)
                        .get("total")
                        .asLong())
                .isEqualTo(5);
        assertThat(get("/api/v1/deliveries/counts?eventId=" + eventId)
                        .get("unitsWaiting")
                        .asLong())
                .isZero();
        // five units with chunks of two: the notices were stored by separate chunk transactions, and no chunk is left
        assertThat(count("SELECT COUNT(DISTINCT created_at) FROM notice WHERE event_id = ?", eventId))
                .isGreaterThanOrEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM fanout_chunk WHERE event_id = ?", eventId))
                .isZero();

        // the same event again, then a marker on the same partition (same key): the duplicate sends nothing
        events.launch(eventId, campaignId, title, List.of(groupA, groupB, groupC));
        events.deadline(campaignId, a2);
        await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo(tag).size() == expected.size() + 1);
        assertThat(mailsTo(tag).get(expected.size()).subject()).startsWith("Reminder: 3 days left");
        assertThat(get("/api/v1/deliveries/counts?eventId=" + eventId)
                        .get("total")
                        .asLong())
                .isEqualTo(5);

        // reading an item moves it after the unread ones and lowers the count
        JsonNode before = get("/api/v1/inbox?unitId=" + a2);
        assertThat(before.get(0).get("eventType").asText()).isEqualTo("thidua.deadline.approaching.v1");
        long reminder = before.get(0).get("id").asLong();
        http.toBlocking().exchange(HttpRequest.POST("/api/v1/inbox/" + reminder + "/read", ""));
        JsonNode inbox = get("/api/v1/inbox?unitId=" + a2);
        assertThat(inbox.get(0).get("eventType").asText()).isEqualTo("thidua.campaign.launched.v1");
        assertThat(inbox.get(0).hasNonNull("readAt")).isFalse();
        assertThat(inbox.get(1).get("id").asLong()).isEqualTo(reminder);
        assertThat(inbox.get(1).hasNonNull("readAt")).isTrue();
        assertThat(get("/api/v1/inbox/unread-count?unitId=" + a2).get("unread").asLong())
                .isEqualTo(1);
    }

    /**
     * Each routed event, from its schema's example aimed at a unit of its own: the email's text and HTML link to the
     * portal page the notice is about, on the default portal address (ADR 0031).
     */
    @Test
    void everyNoticeLinksToThePortalPageOfWhatItIsAbout() throws Exception {
        String tag = "k" + TestEvents.id().substring(0, 8);
        String campaignId = TestEvents.id();
        Map<String, String> expected = new HashMap<>();
        Map<String, String> units = new HashMap<>();
        Map<String, String> groups = new HashMap<>();
        for (Route route : NotificationRouting.routes().values()) {
            String unit = events.unit(
                    TestEvents.id(),
                    tag + "-" + route.template(),
                    "Vụ " + route.template(),
                    "vi",
                    route.template() + "@" + tag + ".vn");
            units.put(route.template(), unit);
            groups.put(route.template(), events.group("Khối " + route.template(), List.of(unit)));
        }
        awaitProjected(List.copyOf(units.values()), units.size());
        int launches = 0;
        for (Route route : NotificationRouting.routes().values()) {
            ObjectNode event = EventSchemas.examples(route.eventType()).get(0).deepCopy();
            // a notice to the units a campaign was launched to (its end) needs that launch first: one more email
            boolean afterLaunch = route.audience() == NotificationRouting.Audience.UNITS_IN_LAUNCHED_SCOPE;
            String routeCampaign = afterLaunch ? TestEvents.id() : campaignId;
            if (afterLaunch) {
                events.launch(
                        TestEvents.id(),
                        routeCampaign,
                        "Phong trào " + route.template(),
                        List.of(groups.get(route.template())));
                launches++;
            }
            aimAt(event, routeCampaign, units.get(route.template()), groups.get(route.template()));
            expected.put(
                    route.template() + "@" + tag + ".vn",
                    "http://127.0.0.1:8080"
                            + switch (route.template()) {
                                case "campaign-launched",
                                        "deadline-approaching",
                                        "campaign-cancelled",
                                        "campaign-closed" -> "/campaigns/" + routeCampaign;
                                case "registration-accepted", "registration-returned" ->
                                    "/registrations/"
                                            + event.get("registrationId").asText();
                                case "covenant-opened", "covenant-signed" ->
                                    "/campaigns/" + campaignId + "/covenants/"
                                            + event.get("covenantId").asText();
                                case "scoresheet-returned" ->
                                    "/score-sheets/" + event.get("scoreSheetId").asText();
                                case "period-finalized" ->
                                    "/campaigns/" + campaignId + "/rankings/"
                                            + event.get("period").asText();
                                // the example discloses two nominations of the unit: the list of the year's disclosed
                                // ones (ADR 43)
                                case "nomination-disclosed" ->
                                    "/nominations?year=" + event.get("year").asText() + "&state=DISCLOSED";
                                case "nomination-approved", "nomination-rejected", "nomination-withdrawn" ->
                                    "/nominations/" + event.get("nominationId").asText();
                                case "award-decided" ->
                                    "/decisions/" + event.get("decisionId").asText();
                                default ->
                                    throw new AssertionError("a route without an expected page: " + route.template());
                            });
            events.send(
                    EventTypes.topic(route.eventType()),
                    TestEvents.id(),
                    route.eventType(),
                    event.get(EventTypes.keyProperty(route.eventType())).asText(),
                    event);
        }

        int emails = expected.size() + launches;
        await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo(tag).size() >= emails);
        assertThat(mailsTo(tag)).hasSize(emails);
        for (EmbeddedSmtp.ReceivedMail mail : mailsTo(tag)) {
            String link = expected.get(address(mail, tag));
            assertThat(part(mail, "text/plain"))
                    .as(address(mail, tag))
                    .contains(link + "\n")
                    .contains(": " + link);
            assertThat(part(mail, "text/html"))
                    .as(address(mail, tag))
                    .contains("<a href=\"" + html(link) + "\">" + html(link) + "</a>");
        }
        EmbeddedSmtp.ReceivedMail award = mailsTo(tag).stream()
                .filter(mail -> address(mail, tag).startsWith("award-decided@"))
                .findFirst()
                .orElseThrow();
        assertThat(part(award, "text/plain"))
                .as("an amount as a person reads it")
                .containsPattern("\\d\\.\\d{3} ₫");
    }

    /** A link as HTML writes it (a query's {@code &} escaped). */
    private static String html(String link) {
        return link.replace("&", "&amp;");
    }

    /** Points an example event at the unit, its group and the campaign, wherever the event names them. */
    private static void aimAt(JsonNode node, String campaignId, String unitId, String groupId) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                switch (name) {
                    case "campaignId" -> object.put(name, campaignId);
                    case "unitId" -> object.put(name, unitId);
                    case "groupId" -> object.put(name, groupId);
                    case "unitIds", "scopeUnitIds" -> object.putArray(name).add(unitId);
                    case "groupIds" -> object.putArray(name).add(groupId);
                    case "allUnits" -> object.put(name, false);
                    default -> aimAt(object.get(name), campaignId, unitId, groupId);
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(element -> aimAt(element, campaignId, unitId, groupId));
        }
    }

    /** The decoded body of the mail's part of {@code type}. */
    private static String part(EmbeddedSmtp.ReceivedMail mail, String type) throws Exception {
        MimeMessage message = new MimeMessage(
                Session.getInstance(new Properties()),
                new ByteArrayInputStream(mail.raw().getBytes(StandardCharsets.UTF_8)));
        return find(message, type);
    }

    private static String find(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return part.getContent().toString().replace("\r\n", "\n");
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = find(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    void aFanOutChunkThatCannotBeNotifiedIsPostponedWithItsErrorAndHoldsUpNoOtherLaunch() {
        String broken = TestEvents.id();
        transactions.executeWrite(status -> jdbc.prepareStatement(
                "INSERT INTO fanout_chunk (event_id, chunk,"
                        + " event_type, payload, targets, units, created_at, not_before, attempts) VALUES (?, 0,"
                        + " 'thidua.campaign.launched.v1', '{}', 'not a list of targets', 1, ?, ?, 0)",
                statement -> {
                    Timestamp anHourAgo = Timestamp.from(Instant.now().minusSeconds(3_600)); // the oldest chunk
                    statement.setString(1, broken);
                    statement.setTimestamp(2, anHourAgo);
                    statement.setTimestamp(3, anHourAgo);
                    return statement.executeUpdate();
                }));
        String tag = "p" + TestEvents.id().substring(0, 8);
        String u1 = events.unit(TestEvents.id(), tag + "-1", "Vụ Tổng hợp", "vi", "u1@" + tag + ".vn");
        String u2 = events.unit(TestEvents.id(), tag + "-2", "Vụ Pháp luật", "vi", "u2@" + tag + ".vn");
        String u3 = events.unit(TestEvents.id(), tag + "-3", "Vụ Dân nguyện", "vi", "u3@" + tag + ".vn");
        String group = events.group("Khối " + tag, List.of(u1, u2, u3));
        awaitProjected(List.of(u1, u2, u3), 3);

        events.launch(TestEvents.id(), TestEvents.id(), "Phong trào " + tag, List.of(group)); // 2 chunks
        await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo(tag).size() >= 3);
        assertThat(mailsTo(tag)).hasSize(3);
        assertThat(count(
                        "SELECT COUNT(*) FROM fanout_chunk WHERE event_id = ? AND attempts >= 1"
                                + " AND last_error IS NOT NULL AND not_before > CURRENT_TIMESTAMP(6)",
                        broken))
                .isEqualTo(1);
        assertThat(get("/api/v1/deliveries/counts?eventId=" + broken)
                        .get("unitsWaiting")
                        .asLong())
                .isEqualTo(1);
        transactions.executeWrite(status -> jdbc.prepareStatement("DELETE FROM fanout_chunk WHERE event_id = ?", st -> {
            st.setString(1, broken);
            return st.executeUpdate();
        }));
    }

    @Test
    void anSmtpOutageLongerThanEveryAttemptUsesNoAttemptAndEachEmailGoesOutOnceAfterIt() {
        String tag = "d" + TestEvents.id().substring(0, 8);
        String u1 = events.unit(TestEvents.id(), tag + "-1", "Vụ Tổng hợp", "vi", "u1@" + tag + ".vn");
        String u2 = events.unit(TestEvents.id(), tag + "-2", "Vụ Pháp luật", "vi", "u2@" + tag + ".vn");
        String group = events.group("Khối " + tag, List.of(u1, u2));
        awaitProjected(List.of(u1, u2), 2);

        gate.down();
        Instant downAt = Instant.now();
        String eventId = TestEvents.id();
        try {
            events.launch(eventId, TestEvents.id(), "Phong trào " + tag, List.of(group));
            // 10 s: longer than the three attempts with their backoff (0.2 s, 0.4 s, at most 1 s) would take
            await().atMost(Duration.ofSeconds(40))
                    .until(() -> Duration.between(downAt, Instant.now()).toSeconds() >= 10
                            && get("/api/v1/deliveries?eventId=" + eventId).size() == 2);
            assertThat(mailsTo(tag)).isEmpty();
            JsonNode waiting = get("/api/v1/deliveries?eventId=" + eventId);
            assertThat(waiting).allSatisfy(d -> {
                assertThat(d.get("state").asText()).isEqualTo("PENDING");
                assertThat(d.get("attempts").asInt()).isZero();
                assertThat(d.get("lastError").asText())
                        .as("the dispatcher found the server unreachable")
                        .isNotBlank();
            });
        } finally {
            gate.up();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(tag).size() == 2);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> get("/api/v1/deliveries/counts?eventId=" + eventId)
                                .get("byState")
                                .get("SENT")
                                .asLong()
                        == 2);
        assertThat(mailsTo(tag).stream().map(m -> address(m, tag)).toList())
                .containsExactlyInAnyOrder("u1@" + tag + ".vn", "u2@" + tag + ".vn");
        assertThat(get("/api/v1/deliveries?eventId=" + eventId))
                .allSatisfy(d -> assertThat(d.get("attempts").asInt()).isEqualTo(1));
        assertThat(count(
                        "SELECT COUNT(*) FROM outbox_event WHERE event_type = 'thidua.delivery.failed.v1'"
                                + " AND payload LIKE CONCAT('%', ?, '%')",
                        eventId))
                .isZero();
    }

    @Test
    void aPermanentlyRejectedAddressEndsFailedAndIsListed() {
        String tag = "r" + TestEvents.id().substring(0, 8);
        String rejected = "nobody-" + tag + REJECTED;
        String unit = events.unit(TestEvents.id(), tag, "Vụ Công tác đại biểu", "vi", "ok@" + tag + ".vn", rejected);
        awaitProjected(List.of(unit), 0);
        String eventId = events.returned(TestEvents.id(), unit, "Chưa đăng ký danh hiệu cho từng cá nhân");

        await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo(tag).size() == 1);
        assertThat(mailsTo(tag).get(0).text()).contains("Chưa đăng ký danh hiệu cho từng cá nhân");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> get("/api/v1/deliveries?state=FAILED&eventId=" + eventId)
                                .size()
                        == 1);
        JsonNode failed = get("/api/v1/deliveries?state=FAILED&unitId=" + unit).get(0);
        assertThat(failed.get("recipient").asText()).isEqualTo(rejected);
        assertThat(failed.get("attempts").asInt()).isEqualTo(1);
        assertThat(failed.get("lastError").asText()).contains("550");

        JsonNode retried = JsonApi.JSON.valueToTree(http.toBlocking()
                .retrieve(
                        HttpRequest.POST(
                                "/api/v1/deliveries/" + failed.get("id").asLong() + "/retry", ""),
                        Map.class));
        assertThat(retried.get("state").asText()).isEqualTo("PENDING");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> get("/api/v1/deliveries?state=FAILED&eventId=" + eventId)
                                .size()
                        == 1);
    }

    @Test
    void anEventForAnUnknownUnitIsKeptAndDeliveredOnceTheUnitArrives() {
        String tag = "u" + TestEvents.id().substring(0, 8);
        String unit = TestEvents.id();
        String eventId = events.deadline(TestEvents.id(), unit);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> count("SELECT COUNT(*) FROM pending_notice WHERE event_id = ?", eventId) == 1);
        assertThat(mailsTo(tag)).isEmpty();

        events.unit(unit, tag, "Đơn vị đến sau", "vi", "late@" + tag + ".vn");
        await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo(tag).size() == 1);
        assertThat(mailsTo(tag).get(0).subject()).startsWith("Nhắc hạn: còn 3 ngày");
        assertThat(count("SELECT COUNT(*) FROM pending_notice WHERE event_id = ?", eventId))
                .isZero();
    }

    @Test
    void aLaunchToAGroupWithoutKnownMembersIsKeptAndDeliveredOnceTheMembersArrive() {
        String tag = "g" + TestEvents.id().substring(0, 8);
        String known = events.unit(TestEvents.id(), tag + "a", "Đơn vị khối đã biết", "vi", "known@" + tag + ".vn");
        String late = events.unit(TestEvents.id(), tag + "b", "Đơn vị khối đến sau", "en", "late@" + tag + ".vn");
        String knownGroup = events.group("Khối đã biết " + tag, List.of(known));
        awaitProjected(List.of(known, late), 1);
        String lateGroup = TestEvents.id();
        String eventId =
                events.launch(TestEvents.id(), TestEvents.id(), "Phong trào " + tag, List.of(knownGroup, lateGroup));

        await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo(tag).size() == 1);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count("SELECT COUNT(*) FROM pending_group_notice WHERE event_id = ?", eventId) == 1);
        assertThat(mailsTo(tag).get(0).to()).anyMatch(to -> to.contains("known@" + tag));

        // the late group's events arrive after the launch (e.g. the groups topic was behind after a restart)
        events.group(lateGroup, "Khối đến sau " + tag, List.of(late, known));
        await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo(tag).size() == 2);
        assertThat(mailsTo(tag).get(1).to()).anyMatch(to -> to.contains("late@" + tag));
        assertThat(mailsTo(tag).get(1).subject()).contains("Phong trào " + tag);
        assertThat(count("SELECT COUNT(*) FROM pending_group_notice WHERE event_id = ?", eventId))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM notice WHERE event_id = ?", eventId))
                .isEqualTo(2);
    }

    @Test
    void aUnitWithoutContactsIsReportedAndReaddressedWhenItGetsOne() {
        String tag = "n" + TestEvents.id().substring(0, 8);
        String unit = events.unit(TestEvents.id(), tag, "Đơn vị chưa có liên hệ", "en");
        awaitProjected(List.of(unit), 0);
        String eventId = events.accepted(TestEvents.id(), unit);

        await().atMost(Duration.ofSeconds(60))
                .until(() -> get("/api/v1/deliveries?state=NO_CONTACT&unitId=" + unit)
                                .size()
                        == 1);
        assertThat(get("/api/v1/deliveries?state=NO_CONTACT&unitId=" + unit)
                        .get(0)
                        .get("eventId")
                        .asText())
                .isEqualTo(eventId);
        assertThat(get("/api/v1/inbox?unitId=" + unit).get(0).get("subject").asText())
                .startsWith("Registration accepted");

        events.contacts(unit, "first@" + tag + ".vn");
        await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo(tag).size() == 1);
        assertThat(get("/api/v1/deliveries?state=READDRESSED&unitId=" + unit)).hasSize(1);
    }

    @Test
    void aUnitThatMutedRemindersGetsMandatoryNoticesOnly() {
        String tag = "m" + TestEvents.id().substring(0, 8);
        String muted = events.unit(TestEvents.id(), tag + "-1", "Đơn vị tắt nhắc hạn", "vi", "muted@" + tag + ".vn");
        String other = events.unit(TestEvents.id(), tag + "-2", "Đơn vị khác", "vi", "other@" + tag + ".vn");
        awaitProjected(List.of(muted, other), 0);
        http.toBlocking()
                .exchange(HttpRequest.PUT("/api/v1/preferences/units/" + muted, Map.of("remindersMuted", true)));
        assertThat(get("/api/v1/preferences/units/" + muted)
                        .get("remindersMuted")
                        .asBoolean())
                .isTrue();

        String campaignId = TestEvents.id();
        events.deadline(campaignId, muted);
        events.deadline(campaignId, other); // same key, same partition: handled after the muted one
        events.returned(campaignId, muted, "Thiếu minh chứng");
        await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo(tag).size() == 2);
        assertThat(mailsTo(tag).stream()
                        .map(m -> address(m, tag) + " " + m.subject())
                        .toList())
                .anyMatch(s -> s.startsWith("other@") && s.contains("Nhắc hạn"))
                .anyMatch(s -> s.startsWith("muted@") && s.contains("bị trả lại"))
                .noneMatch(s -> s.startsWith("muted@") && s.contains("Nhắc hạn"));
    }

    @Test
    void preferencesOfAUnitNotificationsServiceDoesNotKnowAreA422NamingTheUnit() {
        String unknown = TestEvents.id();
        JsonNode problem = api().problem(
                        HttpRequest.PUT("/api/v1/preferences/units/" + unknown, Map.of("remindersMuted", true)), 422);
        assertThat(JsonApi.fields(problem)).containsExactly("unitId");
        assertThat(JsonApi.message(problem, "unitId")).contains("unknown to notifications-service");
        assertThat(count("SELECT COUNT(*) FROM unit_preference WHERE unit_id = ?", unknown))
                .isZero();
    }

    private void awaitProjected(List<String> units, int memberships) {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> units.stream()
                        .allMatch(u -> count("SELECT COUNT(*) FROM recipient_unit WHERE unit_id = ?", u) == 1));
        if (memberships > 0) {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> units.stream()
                                    .mapToLong(u ->
                                            count("SELECT COUNT(*) FROM recipient_group_member WHERE unit_id = ?", u))
                                    .sum()
                            >= memberships);
        }
    }

    private static String address(EmbeddedSmtp.ReceivedMail mail, String tag) {
        String to = mail.to().stream().filter(t -> t.contains(tag)).findFirst().orElseThrow();
        int open = to.indexOf('<');
        return open >= 0 ? to.substring(open + 1, to.indexOf('>')) : to;
    }
}
