package org.thidua.units.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UnitActivityPolicyTest {

    private final UnitActivityPolicy policy = new UnitActivityPolicy();
    private final Unit active = new Unit(
            "1",
            "VPQH",
            "Văn phòng Quốc hội",
            null,
            null,
            null,
            null,
            "vi",
            true,
            0L,
            Instant.EPOCH,
            Instant.EPOCH,
            null,
            null);

    @Test
    void anActiveUnitReceivesADeactivatedOneDoesNot() {
        assertThat(policy.mayReceive(active, "a new member").allowed()).isTrue();
        Unit deactivated = active.deactivated("Sáp nhập", Instant.EPOCH);
        assertThat(policy.mayReceive(deactivated, "a new member").reason())
                .isEqualTo("unit VPQH is deactivated and receives nothing new (a new member)");
        assertThat(deactivated.deactivationReason()).isEqualTo("Sáp nhập");
    }
}
