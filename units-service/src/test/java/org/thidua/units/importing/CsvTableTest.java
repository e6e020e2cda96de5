package org.thidua.units.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.thidua.web.ProblemException;

class CsvTableTest {

    private static final List<String> COLUMNS = List.of("code", "name", "province");
    private static final Set<String> REQUIRED = Set.of("code", "name");

    private static CsvTable parse(String csv) {
        return CsvTable.parse(csv.getBytes(StandardCharsets.UTF_8), COLUMNS, REQUIRED);
    }

    @Test
    void rowsAreNumberedAsASpreadsheetShowsThemAndValuesAreCleaned() {
        CsvTable table = parse("\uFEFFName,CODE\r\n\"Văn phòng, Quốc hội\", VPQH \r\n\r\nBan Dân nguyện,BDN\r\n");
        assertThat(table.rows()).hasSize(2);
        CsvTable.Row first = table.rows().get(0);
        assertThat(first.number()).isEqualTo(2);
        assertThat(first.get("name")).isEqualTo("Văn phòng, Quốc hội");
        assertThat(first.get("code")).isEqualTo("VPQH");
        assertThat(first.get("province")).isNull();
        assertThat(table.rows().get(1).number()).isEqualTo(3);
    }

    @Test
    void aRowWithTheWrongNumberOfValuesIsKeptWithItsProblem() {
        CsvTable table = parse("code,name\nA,B,C\nD,E\n");
        assertThat(table.rows().get(0).problem()).contains("3 values").contains("2 columns");
        assertThat(table.rows().get(1).problem()).isNull();
    }

    @Test
    void aBadHeaderAnUnclosedQuoteOrBytesThatAreNotUtf8AreProblems() {
        // (which field each names is checked through the API, in CsvImportTest: ProblemException keeps its
        // violations to itself)
        assertThat(detail(() -> parse("code,ten\nA,B\n"))).contains("header");
        assertThat(detail(() -> parse("code,name,code\nA,B,C\n"))).contains("header");
        assertThat(detail(() -> parse("code,name\nA,B\nC,\"D\n"))).contains("not valid CSV");
        assertThat(detail(() -> CsvTable.parse(
                        new byte[] {'c', 'o', 'd', 'e', '\n', (byte) 0xC3, (byte) 0x28}, COLUMNS, REQUIRED)))
                .contains("not UTF-8");
        assertThat(detail(() -> parse("  \n"))).contains("empty");
    }

    private static String detail(Runnable parse) {
        ProblemException problem = catchThrowableOfType(ProblemException.class, parse::run);
        assertThat(problem).isNotNull();
        assertThat(problem.type().status().getCode()).isEqualTo(400);
        return problem.getMessage();
    }
}
