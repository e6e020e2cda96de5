package org.thidua.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BatchInsertTest {

    @Test
    void oneStatementCarriesOneTupleOfMarksPerRow() {
        assertThat(BatchInsert.sql("contact", List.of("id", "unit_id", "email"), 3))
                .isEqualTo("INSERT INTO contact (id, unit_id, email) VALUES (?, ?, ?), (?, ?, ?), (?, ?, ?)");
    }

    @Test
    void aSingleRowIsAPlainInsert() {
        assertThat(BatchInsert.sql("audit_log", List.of("event_id"), 1))
                .isEqualTo("INSERT INTO audit_log (event_id) VALUES (?)");
    }

    @Test
    void aTableNameThatIsNotPlainOrNoRowsAreRefused() {
        assertThatThrownBy(() -> BatchInsert.sql("unit; DROP TABLE unit", List.of("id"), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BatchInsert.sql("unit", List.of("id"), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
