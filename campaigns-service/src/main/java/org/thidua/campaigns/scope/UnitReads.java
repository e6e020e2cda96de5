package org.thidua.campaigns.scope;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.thidua.security.Callers;
import org.thidua.security.UnitScope;

/**
 * Who reads a unit's own data here (its registrations and their inspections, covenants it is party to, its score
 * sheets with members' outcomes): ADMIN, the unit's officer and reviewers of its groups (ADR 65). Lists keep to
 * {@link #readable()}; a single item outside it is a 403.
 */
@Singleton
public class UnitReads {

    private final CampaignScope scope;
    private final Callers callers;

    UnitReads(CampaignScope scope, Callers callers) {
        this.scope = scope;
        this.callers = callers;
    }

    /** 403 unless the caller reads the data of {@code unitId}. */
    public void requireReadable(String unitId) {
        callers.requireReadingUnitData(unitId, scope.groupsOf(unitId));
    }

    /** 403 unless the caller reads the data of one of {@code unitIds} (what they share: a covenant). */
    public void requireReadableAny(Collection<String> unitIds) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        unitIds.forEach(unitId -> groups.put(unitId, scope.groupsOf(unitId)));
        callers.requireReadingSharedUnitData(groups);
    }

    /** The units whose data the caller reads, resolved from its unit and the members of its groups. */
    public Readable readable() {
        UnitScope caller = callers.unitDataScope();
        if (caller.everyUnit()) {
            return Readable.EVERY_UNIT;
        }
        Set<String> units = new HashSet<>(caller.unitIds());
        scope.members(caller.groupIds()).values().forEach(units::addAll);
        return new Readable(false, units);
    }

    /** Every unit, or these. */
    public record Readable(boolean everyUnit, Set<String> unitIds) {

        static final Readable EVERY_UNIT = new Readable(true, Set.of());

        public Readable {
            unitIds = Set.copyOf(unitIds);
        }

        public boolean includes(String unitId) {
            return everyUnit || unitIds.contains(unitId);
        }

        public boolean includesAny(Collection<String> units) {
            return everyUnit || units.stream().anyMatch(unitIds::contains);
        }

        /** No unit at all: a list is empty without asking the database. */
        public boolean none() {
            return !everyUnit && unitIds.isEmpty();
        }

        public List<String> units() {
            return List.copyOf(unitIds);
        }
    }
}
