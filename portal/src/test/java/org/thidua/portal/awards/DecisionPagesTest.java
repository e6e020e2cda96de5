package org.thidua.portal.awards;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** How the decision page writes a bonus multiple, without Micronaut. */
class DecisionPagesTest {

    @Test
    void aMultipleIsWrittenWithADecimalCommaAndNoTrailingZeros() {
        assertThat(DecisionPages.multiple(new BigDecimal("1.50"))).isEqualTo("1,5");
        assertThat(DecisionPages.multiple(new BigDecimal("0.80"))).isEqualTo("0,8");
        assertThat(DecisionPages.multiple(new BigDecimal("3.00"))).isEqualTo("3");
        assertThat(DecisionPages.multiple(new BigDecimal("10.00"))).isEqualTo("10");
        assertThat(DecisionPages.multiple(null)).isEqualTo("—");
    }
}
