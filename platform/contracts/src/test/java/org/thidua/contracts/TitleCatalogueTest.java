package org.thidua.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TitleCatalogueTest {

    private final TitleCatalogue catalogue = TitleCatalogue.shipped();

    @Test
    void aYearUsesTheRegimeInForceOnItsLastDay() {
        assertThat(catalogue.forYear(2013)).isEmpty();
        // the Law of 2003 as amended in 2013, in force from 01/06/2014: the years 2014 to 2017 (ADR 0082)
        assertThat(catalogue.forYear(2014).orElseThrow().id()).isEqualTo("vn-2014");
        assertThat(catalogue.forYear(2017).orElseThrow().id()).isEqualTo("vn-2014");
        assertThat(catalogue.inForce(LocalDate.of(2014, 5, 31))).isEmpty();
        assertThat(catalogue.forYear(2018).orElseThrow().id()).isEqualTo("vn-2018");
        assertThat(catalogue.forYear(2024).orElseThrow().id()).isEqualTo("vn-2024");
        assertThat(catalogue.forYear(2025).orElseThrow().id()).isEqualTo("vn-2025");
        assertThat(catalogue.inForce(LocalDate.of(2025, 6, 30)).orElseThrow().id())
                .isEqualTo("vn-2024");
    }

    @Test
    void aRegimeKnowsEachTitlesNameAndRecipient() {
        TitleCatalogue.Regime regime = catalogue.forYear(2026).orElseThrow();
        assertThat(regime.title("TTLDXS"))
                .hasValue(new TitleCatalogue.Title("TTLDXS", "Tập thể lao động xuất sắc", RecipientKind.UNIT));
        assertThat(regime.title("TAP_THE_LAO_DONG_XUAT_SAC")).isEmpty();
        assertThat(regime.titlesFor(RecipientKind.MEMBER))
                .extracting(TitleCatalogue.Title::code)
                .containsExactly("LDTT", "CSTDCS", "CSTD_BO", "CSTD_TQ", "BK_TTG", "BK_BO", "GIAY_KHEN");
        assertThat(regime.titlesFor(RecipientKind.UNIT))
                .extracting(TitleCatalogue.Title::code)
                .containsExactly(
                        "TTLDTT", "TTLDXS", "CO_THI_DUA", "CO_THI_DUA_CP", "BK_TTG_TT", "BK_BO_TT", "GIAY_KHEN_TT");
    }

    @Test
    void everyRegimeFrom2014KnowsTheSameCodesSoHistoryCountsAcrossThem() {
        List<String> first = catalogue.regimes().get(0).titles().stream()
                .map(TitleCatalogue.Title::code)
                .toList();
        assertThat(catalogue.regimes())
                .extracting(TitleCatalogue.Regime::id)
                .containsExactly("vn-2014", "vn-2018", "vn-2024", "vn-2025");
        assertThat(catalogue.regimes())
                .allSatisfy(r -> assertThat(r.titles())
                        .extracting(TitleCatalogue.Title::code)
                        .containsExactlyElementsOf(first));
        assertThat(catalogue.forYear(2016).orElseThrow().title("CSTDCS"))
                .hasValue(new TitleCatalogue.Title("CSTDCS", "Chiến sĩ thi đua cơ sở", RecipientKind.MEMBER));
    }

    @Test
    void everyTitleInTheContractsExamplesIsARealTitleWithItsRealName() {
        List<JsonNode> titled = new ArrayList<>();
        for (String type : EventTypes.all()) {
            EventSchemas.examples(type).forEach(example -> collect(example, titled));
        }
        assertThat(titled).isNotEmpty();
        for (JsonNode node : titled) {
            String code = node.get("titleCode").asText();
            assertThat(catalogue.regimes())
                    .as("title %s in %s", code, node)
                    .anySatisfy(regime -> assertThat(regime.title(code)).isPresent());
            if (node.hasNonNull("titleName")) {
                assertThat(catalogue.regimes().stream()
                                .flatMap(r -> r.title(code).stream())
                                .map(TitleCatalogue.Title::nameVi))
                        .as("name of %s", code)
                        .contains(node.get("titleName").asText());
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> titled) {
        if (node.isObject() && node.hasNonNull("titleCode")) {
            titled.add(node);
        }
        node.forEach(child -> collect(child, titled));
    }
}
