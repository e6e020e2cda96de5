package org.thidua.campaigns.scoresheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YearEndCoverageTest {

    private static final Map<String, String> ACTIVE = new LinkedHashMap<>();

    static {
        ACTIVE.put("m1", "Nguyễn Văn An");
        ACTIVE.put("m2", "Trần Thị Bình");
        ACTIVE.put("m3", null);
    }

    @Test
    void everyActiveMemberNeitherRatedNorExcludedIsNamed() {
        assertThat(YearEndCoverage.missing(ACTIVE, List.of("m1"), List.of()))
                .containsExactly("Trần Thị Bình (m2)", "a member (m3)");
    }

    @Test
    void aSheetRatingSomeAndExcludingTheRestCoversTheUnit() {
        assertThat(YearEndCoverage.missing(ACTIVE, List.of("m1", "m3"), List.of("m2")))
                .isEmpty();
        assertThat(YearEndCoverage.missing(Map.of(), List.of(), List.of())).isEmpty();
    }
}
