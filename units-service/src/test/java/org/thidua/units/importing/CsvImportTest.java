package org.thidua.units.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.thidua.contracts.EventSchemas;
import org.thidua.contracts.Topics;
import org.thidua.contracts.groups.GroupCreated;
import org.thidua.contracts.groups.GroupLeadershipAssigned;
import org.thidua.contracts.groups.GroupMembershipChanged;
import org.thidua.contracts.units.ContactChanged;
import org.thidua.contracts.units.MemberJoined;
import org.thidua.contracts.units.UnitRegistered;
import org.thidua.units.Api;
import org.thidua.units.UnitsApiTest;
import org.thidua.units.contact.ContactRepository;
import org.thidua.units.group.GroupMembershipRepository;
import org.thidua.units.member.MemberRepository;
import org.thidua.units.unit.Unit;
import org.thidua.units.unit.UnitRepository;

/** CSV imports, all or nothing, against the real database and broker. */
@MicronautTest(transactional = false)
class CsvImportTest extends UnitsApiTest {

    @Inject
    UnitRepository units;

    @Inject
    MemberRepository members;

    @Inject
    ContactRepository contacts;

    @Inject
    GroupMembershipRepository memberships;

    @Test
    void unitsAreImportedParentsFirstAndEachIsAnnounced() {
        String existing = api.unit("IMP-VPQH", "Văn phòng Quốc hội");
        String nfd = Normalizer.normalize("Vụ Thông tin", Normalizer.Form.NFD);
        String csv = "\uFEFFCode,NAME,shortName,kind,parentCode,province,language\r\n"
                + "IMP-TH,\"Văn phòng Đoàn ĐBQH và HĐND tỉnh Thanh Hóa, Ban Công tác\",VP Thanh Hóa,"
                + "PROVINCIAL_OFFICE,IMP-VPQH,Thanh Hóa,vi\r\n"
                + "IMP-TT-1,Phòng Báo chí,,DEPARTMENT,imp-tt,,en\r\n"
                + "IMP-TT," + nfd + ",,DEPARTMENT,IMP-VPQH,,\r\n"
                + "\r\n";
        JsonNode report = api.send(Api.csv("/api/v1/imports/units", csv));
        assertThat(report.get("file").asText()).isEqualTo("units");
        assertThat(report.get("rows").asInt()).isEqualTo(3);
        assertThat(report.get("imported").asInt()).isEqualTo(3);
        assertThat(report.get("events").asInt()).isEqualTo(3);

        Map<String, Unit> byCode = units.findByCodeIn(List.of("IMP-TH", "IMP-TT", "IMP-TT-1")).stream()
                .collect(Collectors.toMap(Unit::code, u -> u));
        assertThat(byCode.get("IMP-TH").name()).isEqualTo("Văn phòng Đoàn ĐBQH và HĐND tỉnh Thanh Hóa, Ban Công tác");
        assertThat(byCode.get("IMP-TH").parentId()).isEqualTo(existing);
        assertThat(byCode.get("IMP-TT").name()).as("NFC").isEqualTo("Vụ Thông tin");
        assertThat(byCode.get("IMP-TT-1").parentId())
                .as("a parent later in the file")
                .isEqualTo(byCode.get("IMP-TT").id());
        assertThat(byCode.get("IMP-TT-1").language()).isEqualTo("en");
        assertThat(byCode.get("IMP-TT").language()).isEqualTo("vi");

        JsonNode registered = events.last(Topics.UNITS, byCode.get("IMP-TT-1").id(), UnitRegistered.TYPE);
        assertThat(registered.get("code").asText()).isEqualTo("IMP-TT-1");
        assertThat(registered.get("parentUnitId").asText())
                .isEqualTo(byCode.get("IMP-TT").id());
        assertThat(registered.get("kind").asText()).isEqualTo("DEPARTMENT");
        assertThat(events.last(Topics.UNITS, byCode.get("IMP-TH").id(), UnitRegistered.TYPE)
                        .get("province")
                        .asText())
                .isEqualTo("Thanh Hóa");
    }

    @Test
    void oneBadRowAmongAThousandImportsNothingAndTheReportNamesIt() {
        StringBuilder csv = new StringBuilder("code,name,province\n");
        for (int i = 1; i <= 1_000; i++) {
            csv.append(i == 613 ? "K-0613 bad" : String.format("K-%04d", i))
                    .append(",Văn phòng số ")
                    .append(i)
                    .append(",Tỉnh ")
                    .append(i)
                    .append('\n');
        }
        long before = units.count();
        JsonNode problem = api.problem(Api.csv("/api/v1/imports/units", csv.toString()), 400);
        // the header is row 1, so data row 613 is row 614 of the file
        assertThat(Api.fields(problem)).containsExactly("rows[614].code");
        assertThat(problem.get("detail").asText()).contains("1 of 1000 rows").contains("nothing was imported");
        assertThat(units.count()).isEqualTo(before);
        events.settle(api);
        assertThat(codesRegistered("K-")).isEmpty();

        before = units.count();
        JsonNode report =
                api.send(Api.csv("/api/v1/imports/units", csv.toString().replace("K-0613 bad", "K-0613")));
        assertThat(report.get("imported").asInt()).isEqualTo(1_000);
        assertThat(units.count()).isEqualTo(before + 1_000);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> codesRegistered("K-").size() == 1_000);
    }

    @Test
    void everyBadRowIsReportedWithWhyAndNothingIsWritten() {
        String closed = api.unit("BAD-CU", "Đơn vị cũ");
        api.post("/api/v1/units/" + closed + "/deactivate", Map.of());
        api.unit("BAD-TAKEN", "Đã có");
        String csv = """
                code,name,parentCode,language
                BAD-1,Một,,vi
                BAD-1,Trùng mã,,vi
                bad-taken,Mã đã có,,vi
                BAD-2,Cha không có,BAD-NOBODY,vi
                BAD-3,Cha đã ngừng,BAD-CU,vi
                BAD-4,Vòng A,BAD-5,vi
                BAD-5,Vòng B,BAD-4,vi
                BAD-6,%s,,fr
                BAD-7,Thiếu cột
                BAD-8,Tự làm cha,BAD-8,vi
                """.formatted("x".repeat(256));
        long before = units.count();
        JsonNode problem = api.problem(Api.csv("/api/v1/imports/units", csv), 400);
        assertThat(Api.fields(problem))
                .containsExactly(
                        "rows[10]",
                        "rows[11].parentCode",
                        "rows[3].code",
                        "rows[4].code",
                        "rows[5].parentCode",
                        "rows[6].parentCode",
                        "rows[7].parentCode",
                        "rows[8].parentCode",
                        "rows[9].language",
                        "rows[9].name");
        assertThat(Api.message(problem, "rows[3].code")).contains("rows[2]");
        assertThat(Api.message(problem, "rows[4].code")).contains("already exists");
        assertThat(Api.message(problem, "rows[6].parentCode")).contains("deactivated");
        assertThat(Api.message(problem, "rows[7].parentCode"))
                .contains("cycle")
                .contains("BAD-4")
                .contains("BAD-5");
        assertThat(Api.message(problem, "rows[10]")).contains("2 values");
        assertThat(units.count()).isEqualTo(before);
        events.settle(api);
        assertThat(codesRegistered("BAD-")).containsExactlyInAnyOrder("BAD-CU", "BAD-TAKEN");
    }

    @Test
    void aHeaderOfTenThousandUnknownColumnsListsTheFirstThousandProblemsLikeRowsDo() {
        StringBuilder csv = new StringBuilder("code,name");
        for (int i = 1; i <= 10_000; i++) {
            csv.append(",cot").append(i);
        }
        csv.append('\n').append("H-1,Một").append(",x".repeat(10_000)).append('\n');
        long before = units.count();

        JsonNode problem = api.problem(Api.csv("/api/v1/imports/units", csv.toString()), 400);

        assertThat(problem.get("violations")).hasSize(RowProblems.MAX_LISTED);
        assertThat(Api.fields(problem)).containsOnly("header");
        assertThat(problem.get("detail").asText())
                .isEqualTo("The header line is not valid: 10000 problems "
                        + "(the first 1000 are listed); nothing was imported");
        assertThat(problem.get("violations").get(0).get("message").asText()).startsWith("unknown column \"cot1\"");
        assertThat(problem.toString().length()).as("the size of the report").isLessThan(200_000);
        assertThat(units.count()).isEqualTo(before);

        JsonNode nameless = api.problem(
                Api.csv(
                        "/api/v1/imports/units",
                        "code,,name" + ",cot".repeat(10_000) + "\nH-1,,Một" + ",x".repeat(10_000) + "\n"),
                400);
        assertThat(Api.fields(nameless)).containsExactly("header");
        assertThat(Api.message(nameless, "header"))
                .isEqualTo("a column has no name; the first line must name " + "every column");
    }

    @Test
    void malformedOrUnreadableFilesAreA400NamingWhereReadingFailed() {
        JsonNode unclosed =
                api.problem(Api.csv("/api/v1/imports/units", "code,name\nM-1,Một\nM-2,\"Hai\nM-3,Ba\n"), 400);
        assertThat(Api.fields(unclosed)).containsExactly("rows[3]");
        assertThat(Api.message(unclosed, "rows[3]")).contains("cannot be read as CSV");

        JsonNode header = api.problem(Api.csv("/api/v1/imports/units", "code,ten,name\nM-1,Một,Một\n"), 400);
        assertThat(Api.fields(header)).containsExactly("header");
        assertThat(Api.message(header, "header")).contains("ten");
        JsonNode missing = api.problem(Api.csv("/api/v1/imports/units", "code,shortName\nM-1,Một\n"), 400);
        assertThat(Api.message(missing, "header")).contains("missing column name");
        assertThat(Api.fields(api.problem(Api.csv("/api/v1/imports/units", ""), 400)))
                .containsExactly("header");

        byte[] latin1 = "code,name\nM-1,Thanh Hóa\n".getBytes(StandardCharsets.ISO_8859_1);
        JsonNode notUtf8 =
                api.problem(HttpRequest.POST("/api/v1/imports/units", latin1).contentType("text/csv"), 400);
        assertThat(Api.fields(notUtf8)).containsExactly("body");

        assertThat(api.problem(HttpRequest.POST("/api/v1/imports/units", Map.of("code", "M-1")), 415))
                .isNotNull();
        assertThat(units.findByCodeIn(List.of("M-1", "M-2", "M-3"))).isEmpty();
    }

    @Test
    void membersContactsAndMembershipsAreImportedWithTheirEvents() {
        api.send(Api.csv("/api/v1/imports/units", """
                code,name,kind
                MB-A,Văn phòng Đoàn ĐBQH và HĐND tỉnh Bắc Ninh,PROVINCIAL_OFFICE
                MB-B,Văn phòng Đoàn ĐBQH và HĐND tỉnh Bắc Giang,PROVINCIAL_OFFICE
                MB-C,Văn phòng Đoàn ĐBQH và HĐND tỉnh Lạng Sơn,PROVINCIAL_OFFICE
                """));
        Map<String, String> ids = units.findByCodeIn(List.of("MB-A", "MB-B", "MB-C")).stream()
                .collect(Collectors.toMap(Unit::code, Unit::id));
        String a = ids.get("MB-A");
        String b = ids.get("MB-B");
        String c = ids.get("MB-C");

        JsonNode joined = api.send(Api.csv("/api/v1/imports/members", """
                unitCode,fullName,position,email
                MB-A,Nguyễn Văn An,Chánh Văn phòng,an@bacninh.gov.vn
                MB-A,Trần Thị Bình,Chuyên viên,
                MB-B,Lê Văn Cường,,cuong@bacgiang.gov.vn
                """));
        assertThat(joined.get("imported").asInt()).isEqualTo(3);
        List<JsonNode> aJoined =
                events.await(Topics.UNITS, a, UnitRegistered.TYPE, MemberJoined.TYPE, MemberJoined.TYPE);
        assertThat(aJoined.get(1).get("fullName").asText()).isEqualTo("Nguyễn Văn An");
        assertThat(aJoined.get(1).get("position").asText()).isEqualTo("Chánh Văn phòng");
        assertThat(aJoined.get(2).get("email").isNull()).isTrue();

        JsonNode contacted = api.send(Api.csv("/api/v1/imports/contacts", """
                unitCode,email,role,name
                MB-A,vanphong@bacninh.gov.vn,GENERAL,
                MB-A,an@bacninh.gov.vn,HEAD,Nguyễn Văn An
                MB-B,thidua@bacgiang.gov.vn,EMULATION_OFFICER,Lê Văn Cường
                """));
        assertThat(contacted.get("imported").asInt()).isEqualTo(3);
        assertThat(contacted.get("events").asInt()).as("one per unit").isEqualTo(2);
        JsonNode aContacts = events.last(
                Topics.UNITS, a, UnitRegistered.TYPE, MemberJoined.TYPE, MemberJoined.TYPE, ContactChanged.TYPE);
        assertThat(aContacts.get("contacts").findValuesAsText("role")).containsExactly("HEAD", "GENERAL");
        assertThat(api.get("/api/v1/units/" + c).get("reachable").asBoolean()).isFalse();
        assertThat(api.get("/api/v1/units/" + a).get("reachable").asBoolean()).isTrue();

        String block = api.group("BLOCK", 2019, "MB-KHOI", "Khối thi đua số IV");
        String cluster = api.group("CLUSTER", 2019, "MB-CUM", "Cụm thi đua các tỉnh Trung du và Bắc bộ");
        JsonNode joinedGroups = api.send(Api.csv("/api/v1/imports/memberships", """
                year,groupCode,unitCode,role
                2019,MB-KHOI,MB-A,HEAD
                2019,MB-KHOI,MB-B,DEPUTY
                2019,mb-cum,MB-A,
                2019,MB-CUM,MB-C,MEMBER
                """));
        assertThat(joinedGroups.get("imported").asInt()).isEqualTo(4);
        assertThat(joinedGroups.get("events").asInt()).isEqualTo(3);
        List<JsonNode> blockEvents = events.await(
                Topics.GROUPS, block, GroupCreated.TYPE, GroupMembershipChanged.TYPE, GroupLeadershipAssigned.TYPE);
        assertThat(blockEvents.get(1).get("added").findValuesAsText("")).isEmpty();
        assertThat(texts(blockEvents.get(1).get("unitIds"))).containsExactly(a, b);
        assertThat(blockEvents.get(2).get("headUnitId").asText()).isEqualTo(a);
        assertThat(blockEvents.get(2).get("deputyUnitId").asText()).isEqualTo(b);
        JsonNode clusterEvent = events.last(Topics.GROUPS, cluster, GroupCreated.TYPE, GroupMembershipChanged.TYPE);
        assertThat(texts(clusterEvent.get("added"))).containsExactly(a, c);

        long membershipsBefore = memberships.count();
        String otherBlock = api.group("BLOCK", 2019, "MB-KHOI-2", "Khối thi đua số V");
        JsonNode refused = api.problem(Api.csv("/api/v1/imports/memberships", """
                year,groupCode,unitCode,role
                2019,MB-KHOI-2,MB-C,HEAD
                2019,MB-KHOI-2,MB-A,
                2019,MB-NOWHERE,MB-C,
                2018,MB-KHOI,MB-C,
                2019,MB-CUM,MB-C,
                2019,MB-KHOI,MB-C,
                2019,MB-KHOI-2,MB-X,
                2019,MB-KHOI-2,MB-B,HEAD
                19,MB-KHOI-2,MB-B,CHAIR
                """), 400);
        assertThat(Api.fields(refused))
                .containsExactly(
                        "rows[10].role",
                        "rows[10].year",
                        "rows[3].groupCode",
                        "rows[4].groupCode",
                        "rows[5].groupCode",
                        "rows[6].unitCode",
                        "rows[7].groupCode",
                        "rows[8].unitCode",
                        "rows[9].groupCode");
        assertThat(Api.message(refused, "rows[3].groupCode"))
                .contains("MB-KHOI")
                .contains("one block a year");
        assertThat(Api.message(refused, "rows[7].groupCode")).contains("MB-KHOI-2");
        assertThat(Api.message(refused, "rows[9].groupCode"))
                .as("MB-B is in MB-KHOI")
                .contains("MB-KHOI");
        assertThat(memberships.count()).isEqualTo(membershipsBefore);

        long membersBefore = members.count();
        JsonNode badMembers = api.problem(Api.csv("/api/v1/imports/members", """
                unitCode,fullName,email
                MB-A,Người Mới,an@bacninh.gov.vn
                MB-Z,Không đơn vị,
                MB-C,Hai Lần,hai@langson.gov.vn
                MB-C,Hai Lần Nữa,HAI@langson.gov.vn
                MB-C,,sai-dia-chi
                """), 400);
        assertThat(Api.fields(badMembers))
                .containsExactly(
                        "rows[2].email", "rows[3].unitCode", "rows[5].email", "rows[6].email", "rows[6].fullName");
        assertThat(members.count()).isEqualTo(membersBefore);
        JsonNode badContacts = api.problem(Api.csv("/api/v1/imports/contacts", """
                unitCode,email,role
                MB-A,an@bacninh.gov.vn,HEAD
                MB-C,lang@langson.gov.vn,BOSS
                """), 400);
        assertThat(Api.fields(badContacts)).containsExactly("rows[2].email", "rows[3].role");
        assertThat(contacts.findByUnitId(c)).isEmpty();

        events.settle(api);
        assertThat(events.types(Topics.GROUPS, otherBlock)).containsExactly(GroupCreated.TYPE);
        assertThat(events.types(Topics.UNITS, c)).containsExactly(UnitRegistered.TYPE);
        assertThat(events.types(Topics.GROUPS, block)).hasSize(3);
    }

    /** The codes of every unit.registered event so far whose code starts with {@code prefix}, each checked. */
    private List<String> codesRegistered(String prefix) {
        return events.all(Topics.UNITS, UnitRegistered.TYPE).stream()
                .filter(data -> data.get("code").asText().startsWith(prefix))
                .peek(data -> assertThat(EventSchemas.violations(UnitRegistered.TYPE, data))
                        .isEmpty())
                .map(data -> data.get("code").asText())
                .toList();
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }
}
