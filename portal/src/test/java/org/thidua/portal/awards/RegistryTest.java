package org.thidua.portal.awards;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegistryTest {

    private static final String UNIT = "u-th";
    private static final String OTHER = "u-na";
    private static final Map<String, String> UNITS =
            Map.of(UNIT, "Văn phòng Đoàn ĐBQH tỉnh Thanh Hóa", OTHER, "Văn phòng Đoàn ĐBQH tỉnh Nghệ An");
    private static final Map<String, String> MEMBERS = Map.of("m-lan", "Nguyễn Thị Lan");

    @Test
    void aUnitNameTypedWithoutAccentsFindsItsAwards() {
        List<AwardsClient.Award> awards = List.of(
                award("a1", UNIT, "m-lan", "d1", "15/QĐ-VPQH", 2020, "1490000"),
                award("a2", OTHER, null, "d1", "15/QĐ-VPQH", 2020, "2980000"));

        List<Registry.Row> found = Registry.rows(awards, UNITS, MEMBERS, "thanh hoa", "—");

        assertThat(found).extracting(row -> row.award().id()).containsExactly("a1");
        assertThat(found.get(0).unitName()).isEqualTo("Văn phòng Đoàn ĐBQH tỉnh Thanh Hóa");
        assertThat(found.get(0).recipientName()).isEqualTo("Nguyễn Thị Lan");
    }

    @Test
    void aCollectiveAwardIsNamedForItsUnitAndAnUnknownNameIsSaidSo() {
        List<AwardsClient.Award> awards = List.of(
                award("a2", OTHER, null, null, null, 2018, "0"),
                award("a3", "u-gone", "m-gone", null, null, 2018, "0"));

        List<Registry.Row> rows = Registry.rows(awards, UNITS, MEMBERS, " ", "—");

        assertThat(rows)
                .extracting(Registry.Row::recipientName)
                .containsExactly("Văn phòng Đoàn ĐBQH tỉnh Nghệ An", "—");
        assertThat(rows).extracting(Registry.Row::unitName).containsExactly("Văn phòng Đoàn ĐBQH tỉnh Nghệ An", "—");
    }

    @Test
    void theDecisionsListHasEachDecisionOnceWithItsAwardsAndTotalNewestFirstAndNoImportedAward() {
        List<AwardsClient.Award> awards = List.of(
                award("a1", UNIT, "m-lan", "d1", "3/QĐ-VPQH", 2019, "1490000"),
                award("a2", OTHER, null, "d2", "7/QĐ-VPQH", 2019, "2980000"),
                award("a3", UNIT, null, "d1", "3/QĐ-VPQH", 2019, "1000000"),
                award("a4", UNIT, null, null, "12/QĐ-CU", 2018, "500000"));

        List<Registry.DecisionLine> lines = Registry.decisions(awards);

        assertThat(lines).extracting(Registry.DecisionLine::decisionId).containsExactly("d2", "d1");
        Registry.DecisionLine first = lines.get(1);
        assertThat(first.number()).isEqualTo("3/QĐ-VPQH");
        assertThat(first.awards()).isEqualTo(2);
        assertThat(first.total()).isEqualByComparingTo("2490000");
    }

    private static AwardsClient.Award award(
            String id, String unit, String member, String decisionId, String number, int year, String amount) {
        LocalDate decided = decisionId == null
                ? null
                : "d2".equals(decisionId) ? LocalDate.of(2020, 1, 20) : LocalDate.of(2020, 1, 15);
        return new AwardsClient.Award(
                id,
                decisionId,
                number,
                member == null ? "UNIT" : "MEMBER",
                unit,
                member,
                "LDTT",
                "Lao động tiên tiến",
                year,
                new BigDecimal(amount),
                decided,
                "ACTIVE",
                null,
                null,
                null);
    }
}
