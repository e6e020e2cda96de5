package org.thidua.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SqlTest {

    @Test
    void anInListHasOnePlaceholderPerValueAndAtLeastOne() {
        assertThat(Sql.marks(1)).isEqualTo("?");
        assertThat(Sql.marks(3)).isEqualTo("?,?,?");
        assertThatThrownBy(() -> Sql.marks(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one");
    }

    @Test
    void onlyAPlainTableNameIsPutIntoSqlText() {
        assertThat(Sql.tableName("campaign_member")).isEqualTo("campaign_member");
        assertThatThrownBy(() -> Sql.tableName("unit; DROP TABLE unit"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Not a table name");
        assertThatThrownBy(() -> Sql.tableName(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
