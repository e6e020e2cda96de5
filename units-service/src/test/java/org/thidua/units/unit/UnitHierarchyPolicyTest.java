package org.thidua.units.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.thidua.units.Decision;

class UnitHierarchyPolicyTest {

    private final UnitHierarchyPolicy policy = new UnitHierarchyPolicy();
    // VPQH ← VU-HC ← PHONG-1 ; VU-PL (root)
    private final Map<String, String> parents = new HashMap<>(Map.of("VU-HC", "VPQH", "PHONG-1", "VU-HC"));

    private Decision place(String unit, String parent) {
        return policy.mayPlaceUnder(unit, parent, id -> Optional.ofNullable(parents.get(id)));
    }

    @Test
    void aUnitMayGoUnderAnyUnitThatIsNotItselfOrBelowIt() {
        assertThat(place("VU-PL", "PHONG-1").allowed()).isTrue();
        assertThat(place("PHONG-1", "VU-PL").allowed()).isTrue();
        assertThat(place("VU-HC", null).allowed()).as("becoming a root").isTrue();
    }

    @Test
    void itsOwnParentOrADescendantMakesACycle() {
        assertThat(place("VPQH", "VPQH").reason()).contains("own parent");
        Decision cycle = place("VPQH", "PHONG-1");
        assertThat(cycle.rejected()).isTrue();
        assertThat(cycle.reason()).contains("cycle").contains("VPQH → PHONG-1 → VU-HC → VPQH");
    }

    @Test
    void aChainThatNeverEndsIsRefusedRatherThanWalkedForever() {
        parents.put("X", "Y");
        parents.put("Y", "X");
        assertThat(place("Z", "X").reason()).contains("deeper than");
    }

    @Test
    void aBatchIsOrderedParentsFirst() {
        Map<String, String> inBatch = Map.of("C", "B", "B", "A");
        UnitHierarchyPolicy.Ordering<String> order = policy.order(List.of("C", "D", "B", "A"), inBatch);
        assertThat(order.hasCycles()).isFalse();
        List<String> sequence = order.parentsFirst();
        assertThat(sequence).containsExactlyInAnyOrder("A", "B", "C", "D");
        assertThat(sequence.indexOf("A")).isLessThan(sequence.indexOf("B"));
        assertThat(sequence.indexOf("B")).isLessThan(sequence.indexOf("C"));
    }

    @Test
    void cyclesInABatchAreFoundWithTheirPath() {
        Map<String, String> inBatch = Map.of("A", "B", "B", "C", "C", "A", "D", "A", "E", "E");
        UnitHierarchyPolicy.Ordering<String> order = policy.order(List.of("D", "A", "B", "C", "E", "F"), inBatch);
        assertThat(order.unitsOnCycles()).containsExactlyInAnyOrder("A", "B", "C", "E");
        assertThat(order.cycles().get("B")).hasSize(4).startsWith("A").endsWith("A");
        assertThat(order.cycles().get("E")).containsExactly("E", "E");
        assertThat(order.parentsFirst()).contains("D", "F").doesNotContain("A", "B", "C", "E");
    }
}
