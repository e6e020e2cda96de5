package org.thidua.security;

import java.util.Collection;
import java.util.Objects;

/**
 * The resource-scoped rules no role annotation can check, because they compare the caller's claims with the data
 * a request touches. The emulation office (ADMIN) acts for any unit and reviews any sheet; it does not vote.
 */
public final class AccessPolicy {

    /** A unit officer acts only for its own unit (registers, signs, self-assesses, reads its inbox). */
    public Access actForUnit(Caller caller, String unitId) {
        if (caller.has(Roles.ADMIN)) {
            return Access.ALLOWED;
        }
        if (caller.has(Roles.UNIT_OFFICER) && caller.unitId() != null && Objects.equals(caller.unitId(), unitId)) {
            return Access.ALLOWED;
        }
        return Access.refused(caller.has(Roles.UNIT_OFFICER)
                ? "A unit officer acts only for its own unit (" + caller.unitId() + "), not for unit " + unitId
                : "Only the unit's officer or an ADMIN may do this for unit " + unitId);
    }

    /** Reads what belongs to one unit (its inbox, its preferences, its recipients): the unit itself, ADMIN, VIEWER. */
    public Access readForUnit(Caller caller, String unitId) {
        if (caller.has(Roles.VIEWER)) {
            return Access.ALLOWED;
        }
        return actForUnit(caller, unitId);
    }

    /**
     * A reviewer reviews only sheets of units in its groups: {@code groupsOfUnit} are the groups the sheet's unit
     * belongs to.
     */
    public Access review(Caller caller, String unitId, Collection<String> groupsOfUnit) {
        if (caller.has(Roles.ADMIN)) {
            return Access.ALLOWED;
        }
        if (caller.has(Roles.REVIEWER) && groupsOfUnit.stream().anyMatch(caller.groupIds()::contains)) {
            return Access.ALLOWED;
        }
        return Access.refused(caller.has(Roles.REVIEWER)
                ? "Unit " + unitId + " is in none of the reviewer's groups " + caller.groupIds()
                : "Only a reviewer of the unit's group or an ADMIN may review unit " + unitId);
    }

    /** Only a council member votes, and only for itself. */
    public Access voteAs(Caller caller, String memberId) {
        if (!caller.has(Roles.COUNCIL_MEMBER)) {
            return Access.refused("Only council members vote");
        }
        if (caller.memberId() == null || !caller.memberId().equals(memberId)) {
            return Access.refused("A council member votes only for itself (" + caller.memberId() + "), not for "
                    + memberId);
        }
        return Access.ALLOWED;
    }

    /** Something only the emulation office may do inside an otherwise allowed request (e.g. admit a late entry). */
    public Access officeOnly(Caller caller, String what) {
        return caller.has(Roles.ADMIN) ? Access.ALLOWED : Access.refused("Only an ADMIN may " + what);
    }
}
