package org.thidua.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.thidua.contracts.Topics;
import org.thidua.contracts.campaigns.CampaignCancelled;
import org.thidua.contracts.campaigns.CampaignClosed;
import org.thidua.contracts.campaigns.DeadlineApproaching;
import org.thidua.contracts.reviews.ReviewPeriodFinalized;
import org.thidua.local.EmbeddedSmtp;
import org.thidua.testing.JsonApi;

/**
 * Campaign notices as a person reads them (ADR 0035, 0036): the exact text of the email the SMTP server received and
 * of the inbox item, with dates, periods and units by their names.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignNoticesTest extends MailServerTest {

    @Override
    void configure(Map<String, String> p) {
        p.put("thidua.notifications.pending-sweep", "1s");
    }

    @Test
    void aScoreSheetReminderNamesThePeriodAndTheCampaignEvenBeforeItsLaunchAndWritesTheDeadlineAsADate() {
        String tag = "s" + TestEvents.id().substring(0, 8);
        String unit = events.unit(TestEvents.id(), tag, "Văn phòng tỉnh Thanh Hóa", "vi", "th@" + tag + ".vn");
        awaitProjected(List.of(unit));
        String campaignId = TestEvents.id();
        // the reminder comes before the launch this service is to learn the campaign's title from: it waits for it
        String reminder = events.send(
                Topics.CAMPAIGNS,
                TestEvents.id(),
                DeadlineApproaching.TYPE,
                campaignId,
                JsonApi.JSON
                        .createObjectNode()
                        .put("campaignId", campaignId)
                        .put("unitId", unit)
                        .put("kind", "SCORE_SHEET")
                        .put("period", "MID_YEAR")
                        .put("deadline", "2019-07-10")
                        .put("daysLeft", 2)
                        .put("occurredAt", "2019-07-08T01:00:00Z"));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> count("SELECT COUNT(*) FROM pending_campaign_notice WHERE event_id = ?", reminder) == 1);
        events.launch(TestEvents.id(), campaignId, "Phong trào thi đua năm 2019", List.of(TestEvents.id()));

        EmbeddedSmtp.ReceivedMail mail = awaitMails(tag, 1).get(0);
        assertThat(mail.subject()).isEqualTo("Nhắc hạn: còn 2 ngày – Phong trào thi đua năm 2019");
        assertThat(text(mail)).isEqualTo("""
                Kính gửi Văn phòng tỉnh Thanh Hóa,
                Đơn vị chưa gửi bảng tự chấm điểm kỳ sơ kết 6 tháng của phong trào "Phong trào thi đua năm 2019".
                Hạn cuối: 10/07/2019 (còn 2 ngày).
                Thực hiện tại: http://127.0.0.1:8080/campaigns/%s

                --
                Văn phòng Thi đua – Khen thưởng
                """.formatted(campaignId));
        JsonNode inbox = get("/api/v1/inbox?unitId=" + unit);
        assertThat(inbox).hasSize(1);
        assertThat(inbox.get(0).get("subject").asText()).isEqualTo(mail.subject());
        assertThat(count("SELECT COUNT(*) FROM pending_campaign_notice WHERE event_id = ?", reminder))
                .isZero();
    }

    @Test
    void aUnitInTwoGroupsIsToldItsRankInEachWithTheUnitsAroundItByName() {
        String tag = "f" + TestEvents.id().substring(0, 8);
        String thanhHoa =
                events.unit(TestEvents.id(), tag + "-TH", "Văn phòng tỉnh Thanh Hóa", "vi", "th@" + tag + ".vn");
        String ngheAn = events.unit(TestEvents.id(), tag + "-NA", "Văn phòng tỉnh Nghệ An", "vi", "na@" + tag + ".vn");
        String haTinh = events.unit(TestEvents.id(), tag + "-HT", "Văn phòng tỉnh Hà Tĩnh", "vi", "ht@" + tag + ".vn");
        String phuTho =
                events.unit(TestEvents.id(), tag + "-PT", "Phu Tho Provincial Office", "en", "pt@" + tag + ".vn");
        String yenBai = events.unit(TestEvents.id(), tag + "-YB", "Văn phòng tỉnh Yên Bái", "vi", "yb@" + tag + ".vn");
        String block = events.group("Khối thi đua số III", List.of(ngheAn, thanhHoa, haTinh));
        String cluster = events.group("Cụm các tỉnh Trung du và miền núi phía Bắc", List.of(thanhHoa, phuTho, yenBai));
        awaitProjected(List.of(thanhHoa, ngheAn, haTinh, phuTho, yenBai));
        await().atMost(Duration.ofSeconds(60))
                .until(() ->
                        count("SELECT COUNT(*) FROM recipient_group WHERE group_id IN (?, ?)", block, cluster) == 2);
        String campaignId = TestEvents.id();
        events.launch(TestEvents.id(), campaignId, "Phong trào thi đua năm 2019", List.of(TestEvents.id()));
        awaitLaunched(campaignId);

        ObjectNode finalized = JsonApi.JSON
                .createObjectNode()
                .put("campaignId", campaignId)
                .put("year", 2019)
                .put("period", "MID_YEAR")
                .put("periodEndDate", "2019-06-30")
                .put("occurredAt", "2019-07-19T09:00:00Z")
                .put("campaignKind", "REGULAR");
        ArrayNode rankings = finalized.putArray("rankings");
        ArrayNode inBlock = rankings.addObject().put("groupId", block).putArray("entries");
        inBlock.addObject().put("unitId", ngheAn).put("totalPoints", "95.00").put("rank", 1);
        inBlock.addObject().put("unitId", thanhHoa).put("totalPoints", "92.50").put("rank", 2);
        inBlock.addObject().put("unitId", haTinh).put("totalPoints", "90.25").put("rank", 3);
        ArrayNode inCluster = rankings.addObject().put("groupId", cluster).putArray("entries");
        inCluster
                .addObject()
                .put("unitId", thanhHoa)
                .put("totalPoints", "92.50")
                .put("rank", 1);
        inCluster.addObject().put("unitId", phuTho).put("totalPoints", "92.50").put("rank", 1);
        finalized.putArray("memberOutcomes");
        finalized
                .putArray("excluded")
                .addObject()
                .put("unitId", yenBai)
                .put("groupId", cluster)
                .put("reason", "Chưa có bảng chấm điểm được duyệt");
        events.send(Topics.REVIEWS, TestEvents.id(), ReviewPeriodFinalized.TYPE, campaignId, finalized);

        List<EmbeddedSmtp.ReceivedMail> mails = awaitMails(tag, 5);
        String link = "http://127.0.0.1:8080/campaigns/" + campaignId + "/rankings/MID_YEAR";
        EmbeddedSmtp.ReceivedMail toThanhHoa = mailTo(mails, "th@" + tag);
        assertThat(toThanhHoa.subject()).isEqualTo("Kết quả sơ kết 6 tháng 2019: Phong trào thi đua năm 2019");
        assertThat(text(toThanhHoa)).isEqualTo("""
                Kính gửi Văn phòng tỉnh Thanh Hóa,
                Kỳ sơ kết 6 tháng năm 2019 của phong trào "Phong trào thi đua năm 2019" đã kết thúc.
                - Khối thi đua số III: đơn vị xếp hạng 2/3 với 92,5 điểm; xếp sau Văn phòng tỉnh Nghệ An; \
                xếp trên Văn phòng tỉnh Hà Tĩnh.
                - Cụm các tỉnh Trung du và miền núi phía Bắc: đơn vị xếp hạng 1/2 với 92,5 điểm, \
                đồng hạng với Phu Tho Provincial Office.
                Bảng xếp hạng: %s

                --
                Văn phòng Thi đua – Khen thưởng
                """.formatted(link));
        assertThat(text(mailTo(mails, "pt@" + tag))).contains("""
                - Cụm các tỉnh Trung du và miền núi phía Bắc: your unit ranks 1 of 2 with 92.5 points, \
                tied with Văn phòng tỉnh Thanh Hóa.
                """);
        assertThat(text(mailTo(mails, "yb@" + tag))).contains("""
                - Cụm các tỉnh Trung du và miền núi phía Bắc: đơn vị không được xếp hạng. \
                Lý do: Chưa có bảng chấm điểm được duyệt
                """);
        JsonNode inbox = get("/api/v1/inbox?unitId=" + thanhHoa);
        assertThat(inbox).hasSize(1);
        assertThat(inbox.get(0).get("subject").asText()).isEqualTo(toThanhHoa.subject());
    }

    @Test
    void aCancelledOrClosedCampaignIsToldToEveryUnitOfItsScope() {
        String tag = "c" + TestEvents.id().substring(0, 8);
        String thanhHoa =
                events.unit(TestEvents.id(), tag + "-TH", "Văn phòng tỉnh Thanh Hóa", "vi", "th@" + tag + ".vn");
        String phuTho =
                events.unit(TestEvents.id(), tag + "-PT", "Phu Tho Provincial Office", "en", "pt@" + tag + ".vn");
        String outside = events.unit(TestEvents.id(), tag + "-X", "Đơn vị ngoài phạm vi", "vi", "x@" + tag + ".vn");
        String cluster = events.group("Cụm " + tag, List.of(thanhHoa, phuTho));
        events.group("Khối khác " + tag, List.of(outside));
        awaitProjected(List.of(thanhHoa, phuTho, outside));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> count("SELECT COUNT(*) FROM recipient_group_member WHERE group_id = ?", cluster) == 2);

        String cancelled = TestEvents.id();
        events.launch(TestEvents.id(), cancelled, "Phong trào thi đua chuyên đề " + tag, List.of(cluster));
        awaitLaunched(cancelled);
        String cancelId = events.send(
                Topics.CAMPAIGNS,
                TestEvents.id(),
                CampaignCancelled.TYPE,
                cancelled,
                JsonApi.JSON
                        .createObjectNode()
                        .put("campaignId", cancelled)
                        .put("reason", "Nội dung đã được lồng ghép vào Phong trào thi đua năm 2019")
                        .put("occurredAt", "2019-04-02T03:00:00Z"));
        String closed = TestEvents.id();
        events.launch(TestEvents.id(), closed, "Phong trào thi đua năm 2019 " + tag, List.of(cluster));
        awaitLaunched(closed);
        String closeId = events.send(
                Topics.CAMPAIGNS,
                TestEvents.id(),
                CampaignClosed.TYPE,
                closed,
                JsonApi.JSON.createObjectNode().put("campaignId", closed).put("occurredAt", "2019-12-31T09:00:00Z"));

        // two launches and two ends, to each of the two units in scope; nothing to the unit outside
        List<EmbeddedSmtp.ReceivedMail> mails = awaitMails(tag, 8);
        assertThat(mails).noneMatch(m -> m.to().stream().anyMatch(to -> to.contains("x@" + tag)));
        EmbeddedSmtp.ReceivedMail cancelToThanhHoa = mails.stream()
                .filter(m -> m.subject().startsWith("Hủy phong trào"))
                .findFirst()
                .orElseThrow();
        assertThat(cancelToThanhHoa.subject()).isEqualTo("Hủy phong trào thi đua: Phong trào thi đua chuyên đề " + tag);
        assertThat(text(cancelToThanhHoa)).isEqualTo("""
                Kính gửi Văn phòng tỉnh Thanh Hóa,
                Phong trào thi đua "Phong trào thi đua chuyên đề %s" đã bị hủy ngày 02/04/2019.
                Lý do: Nội dung đã được lồng ghép vào Phong trào thi đua năm 2019
                Đơn vị không cần đăng ký, ký giao ước hay gửi bảng chấm điểm cho phong trào này nữa.
                Chi tiết: http://127.0.0.1:8080/campaigns/%s

                --
                Văn phòng Thi đua – Khen thưởng
                """.formatted(tag, cancelled));
        EmbeddedSmtp.ReceivedMail closeToPhuTho = mails.stream()
                .filter(m -> m.subject().startsWith("Emulation campaign closed"))
                .findFirst()
                .orElseThrow();
        assertThat(text(closeToPhuTho)).isEqualTo("""
                To Phu Tho Provincial Office,
                The emulation campaign "Phong trào thi đua năm 2019 %s" was closed on 31/12/2019: its review periods \
                are over.
                Results and rankings: http://127.0.0.1:8080/campaigns/%s

                --
                Emulation and Commendation Office
                """.formatted(tag, closed));
        assertThat(count("SELECT COUNT(*) FROM notice WHERE event_id = ?", cancelId))
                .isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM notice WHERE event_id = ?", closeId))
                .isEqualTo(2);
        assertThat(get("/api/v1/inbox?unitId=" + outside)).isEmpty();
        assertThat(get("/api/v1/inbox?unitId=" + phuTho).get(0).get("subject").asText())
                .isEqualTo("Emulation campaign closed: Phong trào thi đua năm 2019 " + tag);
    }

    private void awaitProjected(List<String> units) {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> units.stream()
                        .allMatch(u -> count("SELECT COUNT(*) FROM recipient_contact WHERE unit_id = ?", u) == 1));
    }

    private List<EmbeddedSmtp.ReceivedMail> awaitMails(String tag, int count) {
        await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo(tag).size() >= count);
        List<EmbeddedSmtp.ReceivedMail> mails = mailsTo(tag);
        assertThat(mails).hasSize(count);
        return mails;
    }
}
