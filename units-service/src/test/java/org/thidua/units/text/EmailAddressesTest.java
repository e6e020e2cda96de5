package org.thidua.units.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailAddressesTest {

    @Test
    void addressesTheEventSchemasAcceptAreAccepted() {
        assertThat(EmailAddresses.isValid("thiduakhenthuong@quochoi.vn")).isTrue();
        assertThat(EmailAddresses.isValid("an.nguyen+thidua@vpqh.gov.vn")).isTrue();
    }

    @Test
    void anythingTheSchemasWouldRejectIsRejectedAtTheDoor() {
        assertThat(EmailAddresses.isValid("quochoi.vn")).isFalse();
        assertThat(EmailAddresses.isValid("an@")).isFalse();
        assertThat(EmailAddresses.isValid("an@quochoi.nv"))
                .as("no such top-level domain")
                .isFalse();
        assertThat(EmailAddresses.isValid(" an@quochoi.vn")).isFalse();
        assertThat(EmailAddresses.isValid("a".repeat(250) + "@quochoi.vn")).isFalse();
        assertThat(EmailAddresses.isValid(null)).isFalse();
    }
}
