package org.thidua.portal.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thidua.portal.services.ServiceProblem;

class ImportRowsTest {

    @Test
    void violationsBecomeSpreadsheetRowsInOrderWithTheFileAsAWholeFirst() {
        List<ImportRows> rows = ImportRows.of(List.of(
                new ServiceProblem.Violation("rows[12].code", "already exists"),
                new ServiceProblem.Violation("rows[3]", "cannot be read"),
                new ServiceProblem.Violation("header", "missing column name"),
                new ServiceProblem.Violation("rows[3].language", "must be vi or en")));

        assertThat(rows)
                .containsExactly(
                        new ImportRows(null, "header", "missing column name"),
                        new ImportRows(3, null, "cannot be read"),
                        new ImportRows(3, "language", "must be vi or en"),
                        new ImportRows(12, "code", "already exists"));
    }

    @Test
    void aProblemWithoutViolationsHasNoRows() {
        assertThat(ImportRows.of(null)).isEmpty();
    }
}
