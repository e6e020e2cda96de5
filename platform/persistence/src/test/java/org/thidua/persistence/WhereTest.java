package org.thidua.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhereTest {

    @Test
    void noFilterGivesNoWhereClauseAndNoParameters() {
        Where where = Where.of().andIfPresent(null, "g.year = ?").andIf(false, "g.kind = ?", "BLOCK");

        assertThat(where.sql()).isEmpty();
        assertThat(where.parameters()).isEmpty();
    }

    @Test
    void presentFiltersAreJoinedWithAndInTheOrderGiven() {
        Where where = Where.of()
                .andIfPresent(2025, "g.year = ?")
                .andIfPresent(null, "g.head_unit_id = ?")
                .andIf(true, "g.kind = ?", "BLOCK")
                .and("g.active");

        assertThat(where.sql()).isEqualTo(" WHERE g.year = ? AND g.kind = ? AND g.active");
        assertThat(where.parameters()).containsExactly(2025, "BLOCK");
    }

    @Test
    void everyMarkOfAConditionTakesTheMappedValueComputedOnlyWhenPresent() {
        List<String> mapped = new ArrayList<>();
        Where where = Where.of()
                .andIfPresent("hà", "(u.name LIKE ? OR u.short_name LIKE ?)", q -> {
                    mapped.add(q);
                    return "%" + q + "%";
                })
                .andIfPresent((String) null, "u.code LIKE ?", q -> {
                    mapped.add(q);
                    return q + "%";
                });

        assertThat(where.sql()).isEqualTo(" WHERE (u.name LIKE ? OR u.short_name LIKE ?)");
        assertThat(where.parameters()).containsExactly("%hà%", "%hà%");
        assertThat(mapped).containsExactly("hà");
    }

    @Test
    void anEnumIsBoundByItsName() {
        Where where =
                Where.of().andIfPresent(Thread.State.RUNNABLE, "state = ?").and("state <> ?", Thread.State.NEW);

        assertThat(where.parameters()).containsExactly("RUNNABLE", "NEW");
    }

    @Test
    void anInListHasOneMarkPerValueAndAnEmptyOneMatchesNothing() {
        assertThat(Where.of().andIn("unit_id", List.of("u-1", "u-2")).sql()).isEqualTo(" WHERE unit_id IN (?,?)");
        assertThat(Where.of().andIn("unit_id", List.of("u-1", "u-2")).parameters())
                .containsExactly("u-1", "u-2");
        assertThat(Where.of().andIn("unit_id", List.of()).sql()).isEqualTo(" WHERE 1 = 0");
    }

    @Test
    void pageValuesFollowTheFilterValues() {
        Where where = Where.of().andIfPresent("OPEN", "state = ?");

        assertThat(where.parameters(20, 40)).containsExactly("OPEN", 20, 40);
        assertThat(where.parameters()).containsExactly("OPEN");
    }

    @Test
    void aConditionWhoseMarksDoNotMatchItsValuesIsRefused() {
        assertThatThrownBy(() -> Where.of().and("a = ? AND b = ?", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 marks for 1 values");
    }
}
