package org.thidua.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestTextTest {

    @Test
    void vietnameseTextWithTabsAndLineBreaksIsAccepted() {
        assertThat(RequestText.refusal("Văn phòng Quốc hội\tVP QH\r\nDòng hai")).isNull();
        assertThat(RequestText.refusal("")).isNull();
        assertThat(RequestText.refusal(null)).isNull();
    }

    @Test
    void aCharacterOutsideTheBasicPlaneWrittenAsASurrogatePairIsAccepted() {
        assertThat(RequestText.refusal("Khen thưởng \uD83C\uDFC6")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0007", "\u001B", "\u007F", "\u0085", "\u009F"})
    void controlCharactersOtherThanTabAndLineBreaksAreRefusedNamingThem(String control) {
        String refusal = RequestText.refusal("Tên" + control + "đơn vị");

        assertThat(refusal)
                .startsWith("must not contain control characters")
                .contains(String.format("U+%04X", (int) control.charAt(0)))
                .contains("position 4");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069"})
    void bidirectionalEmbeddingsOverridesAndIsolatesAreRefused(String bidi) {
        assertThat(RequestText.refusal("abc" + bidi + "txt.exe"))
                .startsWith("must not contain bidirectional override characters")
                .contains(String.format("U+%04X", (int) bidi.charAt(0)));
    }

    @Test
    void loneSurrogateHalvesAreRefused() {
        assertThat(RequestText.refusal("a\uD800b"))
                .startsWith("must not contain a lone surrogate")
                .contains("U+D800");
        assertThat(RequestText.refusal("a\uDC00"))
                .startsWith("must not contain a lone surrogate")
                .contains("U+DC00");
        assertThat(RequestText.refusal("trailing \uD83C")).startsWith("must not contain a lone surrogate");
    }
}
