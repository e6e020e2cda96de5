package org.thidua.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class TitleCatalogueTest {

    private final TitleCatalogue catalogue = TitleCatalogue.shipped();

    @Test
    void aYearUsesTheRegimeInForceOnItsLastDay() {
        assertThat(catalogue.forYear(2017)).isEmpty();
        assertThat(catalogue.forYear(2018).orElseThrow().id()).isEqualTo("vn-2018");
        assertThat(catalogue.forYear(2024).orElseThrow().id()).isEqualTo("vn-2024");
        assertThat(catalogue.forYear(2025).orElseThrow().id()).isEqualTo("vn-2025");
        assertThat(catalogue.inForce(LocalDate.of(2025, 6, 30)).orElseThrow().id()).isEqualTo("vn-2024");
    }

    @Test
    void aRegimeKnowsEachTitlesNameAndRecipient() {
        TitleCatalogue.Regime regime = catalogue.forYear(2026).orElseThrow();
        assertThat(regime.title("TTLDXS")).hasValue(new TitleCatalogue.Title("TTLDXS", "Tập thể lao động xuất sắc",
                RecipientKind.UNIT));
        assertThat(regime.title("TAP_THE_LAO_DONG_XUAT_SAC")).isEmpty();
        assertThat(regime.titlesFor(RecipientKind.MEMBER)).extracting(TitleCatalogue.Title::code)
                .containsExactly("LDTT", "CSTDCS", "CSTD_BO", "CSTD_TQ");
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
            assertThat(catalogue.regimes()).as("title %s in %s", code, node)
                    .anySatisfy(regime -> assertThat(regime.title(code)).isPresent());
            if (node.hasNonNull("titleName")) {
                assertThat(catalogue.regimes().stream().flatMap(r -> r.title(code).stream())
                        .map(TitleCatalogue.Title::nameVi)).as("name of %s", code)
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
