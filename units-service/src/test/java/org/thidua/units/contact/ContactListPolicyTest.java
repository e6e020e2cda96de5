package org.thidua.units.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thidua.contracts.units.ContactChanged.Role;

class ContactListPolicyTest {

    private final ContactListPolicy policy = new ContactListPolicy();
    private final Contact general = new Contact("1", "u", "vanphong@hanoi.gov.vn", Role.GENERAL, null, Instant.EPOCH);
    private final Contact head = new Contact("2", "u", "chanh@hanoi.gov.vn", Role.HEAD, "Chánh VP", Instant.EPOCH);

    @Test
    void anAddressMayHaveSeveralRolesButEachRoleOnce() {
        assertThat(policy.mayAdd(List.of(general), "VanPhong@Hanoi.gov.vn", Role.HEAD)
                        .allowed())
                .isTrue();
        assertThat(policy.mayAdd(List.of(general), "VanPhong@Hanoi.gov.vn", Role.GENERAL)
                        .reason())
                .contains("already");
    }

    @Test
    void repeatedEntriesOfANewListAreNamedByIndex() {
        assertThat(policy.duplicates(
                        List.of("a@x.vn", "b@x.vn", "A@X.VN", "a@x.vn"),
                        List.of(Role.HEAD, Role.HEAD, Role.HEAD, Role.GENERAL)))
                .containsOnlyKeys(2)
                .containsValue("repeats contacts[0] (same address and role)");
    }

    @Test
    void theListIsPublishedHeadsFirstAndAUnitWithoutContactsIsUnreachable() {
        assertThat(policy.published(List.of(general, head)))
                .extracting(c -> c.role())
                .containsExactly(Role.HEAD, Role.GENERAL);
        assertThat(policy.reachable(List.of())).isFalse();
        assertThat(policy.reachable(List.of(general))).isTrue();
    }
}
