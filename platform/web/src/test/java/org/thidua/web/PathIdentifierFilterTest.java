package org.thidua.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathIdentifierFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {"3f1c2a9e-7b7d-4c1e-9d43-2f0a8e6b5c11", "vn-2025", "42", "YEAR", "campaign.launched", "en"})
    void uuidsCodesNumbersAndNamesAreIdentifiers(String id) {
        assertThat(PathIdentifierFilter.isIdentifier(id)).isTrue();
    }

    @Test
    void sixtyFourCharactersIsTheLongestIdentifier() {
        assertThat(PathIdentifierFilter.isIdentifier("a".repeat(64))).isTrue();
        assertThat(PathIdentifierFilter.isIdentifier("a".repeat(65))).isFalse();
        assertThat(PathIdentifierFilter.isIdentifier("x".repeat(300))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-1", "a b", "a'b", "đơn-vị", "a\u202Eb", "a/b", "..", "a;DROP"})
    void anythingElseIsNot(String id) {
        assertThat(PathIdentifierFilter.isIdentifier(id)).isFalse();
    }
}
