package org.thidua.portal.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AccountTest {

    @Test
    void aKeyNamesTheRoleAndItsScope() {
        assertThat(Account.parse("UNIT_OFFICER:u-1", "Thanh Hóa"))
                .contains(new Account("Thanh Hóa", "UNIT_OFFICER", "u-1", List.of(), null));
        assertThat(Account.parse("REVIEWER:g-1,g-2", ""))
                .get()
                .extracting(Account::groupIds)
                .isEqualTo(List.of("g-1", "g-2"));
        assertThat(Account.parse("COUNCIL_MEMBER:m-9", ""))
                .get()
                .extracting(Account::memberId)
                .isEqualTo("m-9");
        assertThat(Account.parse("ADMIN", "")).get().extracting(Account::role).isEqualTo("ADMIN");
        assertThat(Account.parse("OPERATOR", "Quản trị vận hành"))
                .contains(new Account("Quản trị vận hành", "OPERATOR", null, List.of(), null));
        assertThat(Account.parse("OPERATOR:u-1", "")).isEmpty();
    }

    @Test
    void theKeyOfAnAccountParsesBackToIt() {
        Account reviewer = new Account("", "REVIEWER", null, List.of("g-1", "g-2"), null);
        assertThat(Account.parse(reviewer.key(), "")).contains(reviewer);
    }

    @Test
    void malformedKeysNameNoAccount() {
        assertThat(Account.parse(null, "")).isEmpty();
        assertThat(Account.parse("", "")).isEmpty();
        assertThat(Account.parse("SUPERUSER", "")).isEmpty();
        assertThat(Account.parse("UNIT_OFFICER", "")).isEmpty();
        assertThat(Account.parse("UNIT_OFFICER:", "")).isEmpty();
        assertThat(Account.parse("ADMIN:u-1", "")).isEmpty();
        assertThat(Account.parse("UNIT_OFFICER:u 1<script>", "")).isEmpty();
    }
}
