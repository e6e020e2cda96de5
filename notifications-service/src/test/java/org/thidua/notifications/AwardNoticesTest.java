package org.thidua.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.thidua.contracts.Topics;
import org.thidua.contracts.awards.DisclosurePublished;
import org.thidua.contracts.awards.NominationApproved;
import org.thidua.contracts.awards.NominationRejected;
import org.thidua.contracts.awards.NominationWithdrawn;
import org.thidua.local.EmbeddedSmtp;

/**
 * The awards notices a unit reads (issue 15): a public disclosure reaches each unit once, listing every disclosed
 * nominee it is told of with the title and the last day to object (ADR 43); the unit hears of its nomination's
 * approval, rejection or withdrawal, by names. E-mails read from the real SMTP server.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AwardNoticesTest extends MailServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PORTAL = "http://127.0.0.1:8080";

    @Override
    String rejectedDomain() {
        return "@rejected.example.com";
    }

    @Override
    void configure(Map<String, String> p) {
        // a disclosure reaching three units goes through fan-out chunks: each unit's list survives the chunk
        p.put("thidua.notifications.fanout.chunk-size", "2");
        p.put("thidua.notifications.fanout.poll", "200ms");
    }

    @Test
    void aDisclosureOf87NominationsOfOneUnitIsOneNoticeToEachUnitItReachesListingEveryNomineeAndARedeliveryAddsNone() {
        String tag = "s" + TestEvents.id().substring(0, 8);
        String nominated =
                events.unit(TestEvents.id(), tag + "-TH", "Văn phòng tỉnh Thanh Hóa", "vi", "th@" + tag + ".vn");
        String neighbour =
                events.unit(TestEvents.id(), tag + "-NA", "Nghe An Provincial Office", "en", "na@" + tag + ".vn");
        String alone = events.unit(TestEvents.id(), tag + "-HT", "Văn phòng tỉnh Hà Tĩnh", "vi", "ht@" + tag + ".vn");
        String outside =
                events.unit(TestEvents.id(), tag + "-QB", "Văn phòng tỉnh Quảng Bình", "vi", "qb@" + tag + ".vn");
        String block = events.group("Khối thi đua số IV " + tag, List.of(nominated, neighbour));
        awaitProjected(List.of(nominated, neighbour, alone, outside));

        String disclosureId = TestEvents.id();
        ObjectNode disclosure = JSON.createObjectNode()
                .put("disclosureId", disclosureId)
                .put("year", 2019)
                .put("disclosureStart", "2020-01-06")
                .put("disclosureEnd", "2020-01-10")
                .put("workingDays", 5)
                .put("objectionDeadline", "2020-01-10T17:00:00Z")
                .put("occurredAt", "2020-01-06T01:00:00Z");
        ArrayNode nominations = disclosure.putArray("nominations");
        for (int i = 1; i <= 87; i++) {
            nominations
                    .addObject()
                    .put("nominationId", TestEvents.id())
                    .put("year", 2019)
                    .put("recipientKind", "MEMBER")
                    .put("unitId", nominated)
                    .put("memberId", TestEvents.id())
                    .put("nomineeName", "Cán bộ số " + i)
                    .put("unitName", "Văn phòng tỉnh Thanh Hóa")
                    .put("titleCode", "LDTT")
                    .put("titleName", "Lao động tiên tiến");
        }
        String collective = TestEvents.id();
        nominations
                .addObject()
                .put("nominationId", collective)
                .put("year", 2019)
                .put("recipientKind", "UNIT")
                .put("unitId", alone)
                .putNull("memberId")
                .put("nomineeName", "Văn phòng tỉnh Hà Tĩnh")
                .put("unitName", "Văn phòng tỉnh Hà Tĩnh")
                .put("titleCode", "TTLDTT")
                .put("titleName", "Tập thể lao động tiên tiến");
        ObjectNode group =
                disclosure.putArray("groups").addObject().put("groupId", block).put("year", 2019);
        group.putArray("unitIds").add(nominated).add(neighbour);
        String eventId = TestEvents.id();
        events.send(Topics.AWARDS, eventId, DisclosurePublished.TYPE, disclosureId, disclosure);

        await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo(tag).size() >= 3);
        String list = PORTAL + "/nominations?year=2019&state=DISCLOSED";

        List<EmbeddedSmtp.ReceivedMail> toNominated = mailsTo("th@" + tag);
        assertThat(toNominated).hasSize(1);
        EmbeddedSmtp.ReceivedMail vi = toNominated.get(0);
        assertThat(vi.subject())
                .isEqualTo("Công khai 87 hồ sơ đề nghị khen thưởng, nhận ý kiến đến hết ngày 10/01/2020");
        assertThat(text(vi))
                .contains("Kính gửi Văn phòng tỉnh Thanh Hóa")
                .contains("từ ngày 06/01/2020 đến hết ngày 10/01/2020 (5 ngày làm việc), trong đó 87 hồ sơ của đơn vị")
                .contains("tại: " + list + "\n")
                .doesNotContain("2020-01-10")
                .doesNotContain(nominated)
                .doesNotContain("LDTT")
                .doesNotContain("Hà Tĩnh");
        for (int i = 1; i <= 87; i++) {
            assertThat(text(vi)).contains(". Cán bộ số " + i + " – Lao động tiên tiến\n");
        }
        assertThat(text(vi).lines().filter(l -> l.contains(" – Lao động tiên tiến")))
                .hasSize(87);

        List<EmbeddedSmtp.ReceivedMail> toNeighbour = mailsTo("na@" + tag);
        assertThat(toNeighbour).hasSize(1);
        assertThat(toNeighbour.get(0).subject()).isEqualTo("87 nominations disclosed for objections until 10/01/2020");
        assertThat(text(toNeighbour.get(0))
                        .lines()
                        .filter(l -> l.endsWith(" – Lao động tiên tiến (Văn phòng tỉnh Thanh Hóa)")))
                .hasSize(87);
        assertThat(text(toNeighbour.get(0))).contains(list + "\n").doesNotContain("of them your unit's");

        List<EmbeddedSmtp.ReceivedMail> toAlone = mailsTo("ht@" + tag);
        assertThat(toAlone).hasSize(1);
        assertThat(toAlone.get(0).subject())
                .isEqualTo("Công khai 1 hồ sơ đề nghị khen thưởng, nhận ý kiến đến hết ngày 10/01/2020");
        assertThat(text(toAlone.get(0)))
                .contains("1. Văn phòng tỉnh Hà Tĩnh – Tập thể lao động tiên tiến\n")
                .contains(PORTAL + "/nominations/" + collective + "\n");

        JsonNode inbox = api().get("/api/v1/inbox?unitId=" + nominated);
        assertThat(inbox).hasSize(1);
        assertThat(inbox.get(0).get("eventType").asText()).isEqualTo(DisclosurePublished.TYPE);

        // the same event again, then a marker behind it on the same partition: the redelivery adds nothing
        events.send(Topics.AWARDS, eventId, DisclosurePublished.TYPE, disclosureId, disclosure);
        events.send(
                Topics.AWARDS,
                TestEvents.id(),
                NominationWithdrawn.TYPE,
                disclosureId,
                withdrawn(TestEvents.id(), outside, "Đơn vị xin rút"));
        await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo("qb@" + tag).size() == 1);
        assertThat(mailsTo(tag)).hasSize(4);
        assertThat(count("SELECT COUNT(*) FROM notice WHERE event_id = ?", eventId))
                .isEqualTo(3);
        assertThat(api().get("/api/v1/inbox?unitId=" + nominated)).hasSize(1);
    }

    @Test
    void theUnitIsToldByNameWhenItsNominationIsApprovedRejectedOrWithdrawn() {
        String tag = "v" + TestEvents.id().substring(0, 8);
        String unit = events.unit(TestEvents.id(), tag, "Văn phòng tỉnh Ninh Bình", "vi", "nb@" + tag + ".vn");
        awaitProjected(List.of(unit));
        String approved = TestEvents.id();
        String rejected = TestEvents.id();
        String withdrawn = TestEvents.id();
        events.send(
                Topics.AWARDS,
                TestEvents.id(),
                NominationApproved.TYPE,
                approved,
                named(approved, unit, "Nguyễn Thị Lan", "Chiến sĩ thi đua cơ sở")
                        .set("tally", tally(4, 1, 0, 5)));
        events.send(
                Topics.AWARDS,
                TestEvents.id(),
                NominationRejected.TYPE,
                rejected,
                named(rejected, unit, "Văn phòng tỉnh Ninh Bình", "Cờ thi đua (cấp bộ, ban, ngành, tỉnh)")
                        .put("reason", "2 of 5 council members approved")
                        .set("tally", tally(2, 2, 1, 5)));
        events.send(
                Topics.AWARDS,
                TestEvents.id(),
                NominationWithdrawn.TYPE,
                withdrawn,
                withdrawn(withdrawn, unit, "Kiến nghị được chấp nhận: sáng kiến chưa được công nhận")
                        .put("nomineeName", "Trần Văn Hùng")
                        .put("titleName", "Lao động tiên tiến")
                        .put("unitName", "Văn phòng tỉnh Ninh Bình"));

        await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo(tag).size() >= 3);
        assertThat(mailsTo(tag)).hasSize(3);
        EmbeddedSmtp.ReceivedMail yes = mail(tag, "Hội đồng thống nhất");
        assertThat(yes.subject()).isEqualTo("Hội đồng thống nhất đề nghị Chiến sĩ thi đua cơ sở: Nguyễn Thị Lan");
        assertThat(text(yes))
                .contains("đề nghị Chiến sĩ thi đua cơ sở cho Nguyễn Thị Lan (4/5 thành viên Hội đồng " + "tán thành)")
                .contains("tại: " + PORTAL + "/nominations/" + approved + "\n");
        EmbeddedSmtp.ReceivedMail no = mail(tag, "Hội đồng không thống nhất");
        assertThat(no.subject())
                .isEqualTo("Hội đồng không thống nhất đề nghị Cờ thi đua (cấp bộ, ban, ngành, tỉnh): "
                        + "Văn phòng tỉnh Ninh Bình");
        assertThat(text(no))
                .contains("2/5 thành viên Hội đồng tán thành, 2 không tán thành, 1 không biểu quyết")
                .contains(PORTAL + "/nominations/" + rejected + "\n")
                .doesNotContain("council members approved");
        EmbeddedSmtp.ReceivedMail out = mail(tag, "Rút hồ sơ");
        assertThat(out.subject()).isEqualTo("Rút hồ sơ đề nghị Lao động tiên tiến: Trần Văn Hùng");
        assertThat(text(out))
                .contains("Lý do: Kiến nghị được chấp nhận: sáng kiến chưa được công nhận")
                .contains(PORTAL + "/nominations/" + withdrawn + "\n");
        for (EmbeddedSmtp.ReceivedMail mail : mailsTo(tag)) {
            assertThat(text(mail)).as(mail.subject()).doesNotContain(unit).doesNotContain("null");
        }
        assertThat(api().get("/api/v1/inbox?unitId=" + unit)).hasSize(3);
    }

    private static ObjectNode named(String nominationId, String unitId, String nominee, String title) {
        return JSON.createObjectNode()
                .put("nominationId", nominationId)
                .put("unitId", unitId)
                .put("nomineeName", nominee)
                .put("unitName", "Văn phòng tỉnh Ninh Bình")
                .put("titleName", title)
                .put("occurredAt", "2019-12-20T03:00:00Z");
    }

    private static ObjectNode withdrawn(String nominationId, String unitId, String reason) {
        return JSON.createObjectNode()
                .put("nominationId", nominationId)
                .put("unitId", unitId)
                .put("reason", reason)
                .put("occurredAt", "2020-01-13T03:00:00Z");
    }

    private static ObjectNode tally(int votesFor, int against, int abstentions, int members) {
        return JSON.createObjectNode()
                .put("votesFor", votesFor)
                .put("votesAgainst", against)
                .put("abstentions", abstentions)
                .put("councilMembers", members);
    }

    private EmbeddedSmtp.ReceivedMail mail(String tag, String subjectStart) {
        List<EmbeddedSmtp.ReceivedMail> found = new ArrayList<>(mailsTo(tag).stream()
                .filter(m -> m.subject().startsWith(subjectStart))
                .toList());
        assertThat(found).as(subjectStart).hasSize(1);
        return found.get(0);
    }

    private void awaitProjected(List<String> units) {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> units.stream()
                        .allMatch(u -> count("SELECT COUNT(*) FROM recipient_unit WHERE unit_id = ?", u) == 1
                                && count("SELECT COUNT(*) FROM recipient_contact WHERE unit_id = ?", u) >= 1));
    }
}
