package org.thidua.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.thidua.contracts.Topics;
import org.thidua.contracts.groups.GroupLeadershipAssigned;
import org.thidua.contracts.registrations.RegistrationSubmitted;
import org.thidua.contracts.registrations.ScoreSheetSubmitted;
import org.thidua.local.EmbeddedSmtp;
import org.thidua.notifications.routing.SubmissionDigests;
import org.thidua.persistence.Sql;
import org.thidua.testing.JsonApi;

/**
 * The office and each group's head unit are told what was submitted in one digest per interval, units by name
 * (ADR 0037); the interval is an hour here, and the test moves the last run back to make a digest due.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubmissionDigestTest extends MailServerTest {

    private static final String TAG = "dg" + TestEvents.id().substring(0, 6);
    private static final String OFFICE = "office@" + TAG + ".vn";

    @Override
    void configure(Map<String, String> p) {
        p.put("thidua.notifications.digest.interval", "1h");
        p.put("thidua.notifications.digest.poll", "200ms");
        p.put("thidua.notifications.digest.office-email", OFFICE);
    }

    @Test
    void thirtySubmissionsMakeOneDigestForTheOfficeAndOnePerGroupListingTheUnitsByName() {
        List<String> units = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            String name = "Văn phòng số %02d %s".formatted(i, TAG);
            names.add(name);
            units.add(events.unit(TestEvents.id(), TAG + "-" + i, name, "vi", "u" + i + "@" + TAG + ".vn"));
        }
        String block = events.group("Khối thi đua số III", units.subList(0, 20));
        String cluster = events.group("Cụm các tỉnh Trung du", units.subList(20, 30));
        leadership(block, units.get(0));
        leadership(cluster, units.get(20));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> count(
                                        "SELECT COUNT(*) FROM recipient_contact"
                                                + " WHERE email LIKE CONCAT('%@', ?, '.vn')",
                                        TAG)
                                == 30
                        && count(
                                        "SELECT COUNT(*) FROM recipient_group_leadership WHERE group_id IN (?, ?)",
                                        block,
                                        cluster)
                                == 2
                        && count("SELECT COUNT(*) FROM recipient_group_member WHERE group_id IN (?, ?)", block, cluster)
                                == 30);
        String campaignId = TestEvents.id();
        String title = "Phong trào thi đua năm 2019 " + TAG;
        events.launch(TestEvents.id(), campaignId, title, List.of(TestEvents.id()));
        awaitLaunched(campaignId);
        transactions.executeWrite(s -> Sql.update(
                jdbc, "UPDATE submission_digest_run SET last_run_at =" + " CURRENT_TIMESTAMP(6) WHERE id = 1"));

        // every unit registers, the first one twice (returned and resubmitted); five of the cluster submit sheets
        List<String> submitted = new ArrayList<>();
        for (String unit : units) {
            submitted.add(registration(campaignId, unit));
        }
        submitted.add(registration(campaignId, units.get(0)));
        for (String unit : units.subList(20, 25)) {
            submitted.add(sheet(campaignId, unit));
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() ->
                        count("SELECT COUNT(*) FROM submission_digest_entry" + " WHERE campaign_id = ?", campaignId)
                                == submitted.size());
        assertThat(smtp.receivedMessages()).noneMatch(m -> m.to().stream().anyMatch(t -> t.contains(TAG)));

        dueNow();
        await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo(TAG).size() >= 3);
        List<EmbeddedSmtp.ReceivedMail> digests = mailsTo(TAG);
        assertThat(digests).hasSize(3);
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String link = "http://127.0.0.1:8080/campaigns/" + campaignId;

        EmbeddedSmtp.ReceivedMail office = mailTo(digests, OFFICE);
        assertThat(office.subject()).isEqualTo("Tổng hợp đăng ký và bảng chấm điểm đã gửi đến ngày " + today);
        assertThat(text(office)).isEqualTo("""
                Kính gửi Văn phòng Thi đua – Khen thưởng,
                Các đơn vị đã gửi hồ sơ sau đây từ lần tổng hợp trước:

                Phong trào "%s":
                - Đăng ký thi đua (30 đơn vị): %s
                - Bảng tự chấm điểm kỳ sơ kết 6 tháng (5 đơn vị): %s
                Xem và xử lý tại: %s

                --
                Văn phòng Thi đua – Khen thưởng
                """.formatted(
                        title, String.join(", ", names), String.join(", ", names.subList(20, 25)), link));

        EmbeddedSmtp.ReceivedMail toBlockHead = mailTo(digests, "u1@" + TAG);
        assertThat(toBlockHead.subject())
                .isEqualTo("Tổng hợp đăng ký và bảng chấm điểm đã gửi đến ngày " + today + " – Khối thi đua số III");
        assertThat(text(toBlockHead))
                .contains("Kính gửi " + names.get(0) + ",\nCác đơn vị của Khối thi đua số III")
                .contains("- Đăng ký thi đua (20 đơn vị): " + String.join(", ", names.subList(0, 20)) + "\n")
                .doesNotContain("Bảng tự chấm điểm");
        assertThat(text(mailTo(digests, "u21@" + TAG)))
                .contains("- Đăng ký thi đua (10 đơn vị): " + String.join(", ", names.subList(20, 30)) + "\n")
                .contains("- Bảng tự chấm điểm kỳ sơ kết 6 tháng (5 đơn vị): "
                        + String.join(", ", names.subList(20, 25)) + "\n");

        JsonNode officeInbox = get("/api/v1/inbox?unitId=" + SubmissionDigests.OFFICE_INBOX);
        assertThat(officeInbox.get(0).get("subject").asText()).isEqualTo(office.subject());
        assertThat(get("/api/v1/inbox?unitId=" + units.get(0))
                        .get(0)
                        .get("subject")
                        .asText())
                .isEqualTo(toBlockHead.subject());
        assertThat(count("SELECT COUNT(*) FROM submission_digest_entry WHERE campaign_id = ?", campaignId))
                .isZero();

        // the next digest lists only what was submitted since this one
        registration(campaignId, units.get(29));
        await().atMost(Duration.ofSeconds(60))
                .until(() ->
                        count("SELECT COUNT(*) FROM submission_digest_entry" + " WHERE campaign_id = ?", campaignId)
                                == 1);
        dueNow();
        await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo(TAG).size() >= 5);
        List<EmbeddedSmtp.ReceivedMail> second =
                mailsTo(TAG).subList(3, mailsTo(TAG).size());
        assertThat(second).hasSize(2);
        assertThat(text(mailTo(second, OFFICE))).contains("- Đăng ký thi đua (1 đơn vị): " + names.get(29) + "\n");
        assertThat(second.stream().map(m -> m.to().toString()).collect(Collectors.joining()))
                .contains("u21@" + TAG)
                .doesNotContain("u1@" + TAG + ".vn");
    }

    private void leadership(String groupId, String headUnitId) {
        events.send(
                Topics.GROUPS,
                TestEvents.id(),
                GroupLeadershipAssigned.TYPE,
                groupId,
                JsonApi.JSON
                        .createObjectNode()
                        .put("groupId", groupId)
                        .put("year", 2019)
                        .put("headUnitId", headUnitId)
                        .putNull("deputyUnitId")
                        .put("occurredAt", "2019-01-10T03:15:00Z"));
    }

    private String registration(String campaignId, String unitId) {
        String registrationId = TestEvents.id();
        ObjectNode event = JsonApi.JSON
                .createObjectNode()
                .put("registrationId", registrationId)
                .put("campaignId", campaignId)
                .put("unitId", unitId)
                .put("occurredAt", "2019-02-20T03:30:00Z");
        event.putArray("commitments").add("Hoàn thành xuất sắc nhiệm vụ");
        event.putArray("titles")
                .addObject()
                .put("recipientKind", "UNIT")
                .putNull("memberId")
                .put("titleCode", "TTLDXS");
        return events.send(Topics.REGISTRATIONS, TestEvents.id(), RegistrationSubmitted.TYPE, registrationId, event);
    }

    private String sheet(String campaignId, String unitId) {
        String registrationId = TestEvents.id();
        return events.send(
                Topics.REGISTRATIONS,
                TestEvents.id(),
                ScoreSheetSubmitted.TYPE,
                registrationId,
                JsonApi.JSON
                        .createObjectNode()
                        .put("scoreSheetId", TestEvents.id())
                        .put("registrationId", registrationId)
                        .put("campaignId", campaignId)
                        .put("unitId", unitId)
                        .put("period", "MID_YEAR")
                        .put("selfAssessedPoints", "96.50")
                        .put("occurredAt", "2019-07-08T08:00:00Z"));
    }

    /** Moves the last digest back past the interval: the next poll sends one. */
    private void dueNow() {
        transactions.executeWrite(s -> Sql.update(
                jdbc,
                "UPDATE submission_digest_run"
                        + " SET last_run_at = TIMESTAMPADD(HOUR, -2, CURRENT_TIMESTAMP(6)) WHERE id = 1"));
    }
}
