package org.thidua.units.unit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.thidua.units.Decision;

/**
 * The unit hierarchy is a forest: following parents from any unit ends at a unit without one. This policy says
 * whether a parent may be set without making a cycle, and orders a batch of new units so parents come first.
 */
public final class UnitHierarchyPolicy {

    /** Deeper than any real organisation; a longer chain means the data is already broken. */
    static final int MAX_DEPTH = 64;

    /**
     * May {@code unitId} be placed under {@code newParentId}? {@code parentOf} answers each unit's current parent
     * (empty for a root).
     */
    public Decision mayPlaceUnder(String unitId, String newParentId, Function<String, Optional<String>> parentOf) {
        if (newParentId == null) {
            return Decision.allow();
        }
        if (newParentId.equals(unitId)) {
            return Decision.reject("a unit cannot be its own parent");
        }
        List<String> chain = new ArrayList<>(List.of(newParentId));
        String current = newParentId;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            Optional<String> parent = parentOf.apply(current);
            if (parent.isEmpty()) {
                return Decision.allow();
            }
            current = parent.get();
            chain.add(current);
            if (current.equals(unitId)) {
                return Decision.reject("would make a cycle: " + unitId + " → " + String.join(" → ", chain));
            }
        }
        return Decision.reject("the parent's chain is deeper than " + MAX_DEPTH + " units");
    }

    /**
     * Orders new units so that each comes after its parent. {@code parentInBatch} maps a unit to its parent when the
     * parent is in the batch too (parents outside it exist already and cannot point back into the batch).
     */
    public <K> Ordering<K> order(Collection<K> units, Map<K, K> parentInBatch) {
        Map<K, Integer> state = new HashMap<>(); // absent: unvisited, 1: on the current path, 2: placed
        List<K> parentsFirst = new ArrayList<>(units.size());
        Map<K, List<K>> cycles = new LinkedHashMap<>();
        for (K start : units) {
            if (state.containsKey(start)) {
                continue;
            }
            List<K> path = new ArrayList<>();
            K current = start;
            while (current != null && !state.containsKey(current)) {
                state.put(current, 1);
                path.add(current);
                current = parentInBatch.get(current);
            }
            if (current != null && state.get(current) == 1) {
                // the walk came back to a unit of this path: from there on, the path is a cycle
                List<K> cycle = new ArrayList<>(path.subList(path.indexOf(current), path.size()));
                cycle.add(current);
                for (K member : new HashSet<>(cycle)) {
                    cycles.put(member, cycle);
                }
            }
            // the path was walked child → parent; place parents first, skipping units of a cycle
            for (int i = path.size() - 1; i >= 0; i--) {
                state.put(path.get(i), 2);
                if (!cycles.containsKey(path.get(i))) {
                    parentsFirst.add(path.get(i));
                }
            }
        }
        // units whose parent is in a cycle are placed but cannot be inserted before the cycle is fixed; that is fine:
        // any cycle rejects the whole batch
        return new Ordering<>(parentsFirst, cycles);
    }

    /** New units parents-first, and for each unit on a cycle, the cycle (first element repeated at the end). */
    public record Ordering<K>(List<K> parentsFirst, Map<K, List<K>> cycles) {

        public boolean hasCycles() {
            return !cycles.isEmpty();
        }

        public Set<K> unitsOnCycles() {
            return cycles.keySet();
        }
    }
}
