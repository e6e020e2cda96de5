package org.thidua.units.search;

import org.thidua.contracts.units.UnitKind;

/**
 * What a unit search filters by; null means "any". {@code code} is a prefix, {@code name} a part of the full or short
 * name (accent- and case-insensitive); {@code groupId} finds the units of one group, {@code year} those in any group
 * of that year.
 */
public record UnitCriteria(
        String code,
        String name,
        UnitKind kind,
        String province,
        String parentId,
        String groupId,
        Integer year,
        Boolean active,
        Boolean reachable) {}
