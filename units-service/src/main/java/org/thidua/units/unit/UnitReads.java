package org.thidua.units.unit;

import jakarta.inject.Singleton;
import org.thidua.security.Callers;
import org.thidua.units.group.GroupMembership;
import org.thidua.units.group.GroupMembershipRepository;

/**
 * Who reads a unit's own data (its members and their history, its contacts' e-mail addresses): ADMIN, the unit's
 * officer, a reviewer of one of the unit's groups; not a VIEWER nor a council member (ADR 65). The unit directory
 * itself (units, groups and who is in them) stays readable by every role.
 */
@Singleton
public class UnitReads {

    private final Units units;
    private final GroupMembershipRepository memberships;
    private final Callers callers;

    UnitReads(Units units, GroupMembershipRepository memberships, Callers callers) {
        this.units = units;
        this.memberships = memberships;
        this.callers = callers;
    }

    /** The unit named in the path: 404 when there is none, 403 unless the caller reads its data. */
    public Unit requireReadable(String unitId) {
        Unit unit = units.require(unitId);
        requireReadableData(unitId);
        return unit;
    }

    /** 403 unless the caller reads the data of {@code unitId} (which is known to exist). */
    public void requireReadableData(String unitId) {
        callers.requireReadingUnitData(
                unitId,
                memberships.findByUnitId(unitId).stream()
                        .map(GroupMembership::groupId)
                        .toList());
    }
}
