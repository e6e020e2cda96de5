package org.thidua.units.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void textTypedWithCombiningMarksBecomesTheSameAsPrecomposedText() {
        String decomposed = Normalizer.normalize("Thanh Hóa", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Thanh Hóa");
        assertThat(VietnameseText.nfc("  " + decomposed + " ")).isEqualTo("Thanh Hóa");
        assertThat(VietnameseText.nfcOrNull("   ")).isNull();
        assertThat(VietnameseText.nfc(null)).isNull();
    }

    @Test
    void searchPatternsFoldĐAndEscapeWildcards() {
        assertThat(VietnameseText.containsPattern("Đà Nẵng")).isEqualTo("%Dà Nẵng%");
        assertThat(VietnameseText.containsPattern("đoàn")).isEqualTo("%doàn%");
        assertThat(VietnameseText.containsPattern("100%_!")).isEqualTo("%100!%!_!!%");
        assertThat(VietnameseText.startsWithPattern("VPQH_")).isEqualTo("VPQH!_%");
    }
}
