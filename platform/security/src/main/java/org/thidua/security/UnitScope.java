package org.thidua.security;

import java.util.Collection;
import java.util.Set;

/**
 * Which units' own data (members, contacts, registrations, score sheets, nominations, inboxes...) a caller reads, as
 * the {@link AccessPolicy} decides it: every unit (ADMIN), one unit (its officer), the units of some groups (a
 * reviewer), or none. A list route turns it into its query's filter; a single-item route asks {@link #covers}.
 */
public record UnitScope(boolean everyUnit, Set<String> unitIds, Set<String> groupIds) {

    /** Reads no unit's own data. */
    public static final UnitScope NONE = new UnitScope(false, Set.of(), Set.of());
    /** Reads every unit's data. */
    public static final UnitScope EVERY_UNIT = new UnitScope(true, Set.of(), Set.of());

    public UnitScope {
        unitIds = Set.copyOf(unitIds);
        groupIds = Set.copyOf(groupIds);
    }

    /** Nothing of any unit: a list answers empty. */
    public boolean none() {
        return !everyUnit && unitIds.isEmpty() && groupIds.isEmpty();
    }

    /** Whether the data of {@code unitId}, which is in {@code groupsOfUnit}, is in the scope. */
    public boolean covers(String unitId, Collection<String> groupsOfUnit) {
        return everyUnit || unitIds.contains(unitId) || groupsOfUnit.stream().anyMatch(groupIds::contains);
    }
}
