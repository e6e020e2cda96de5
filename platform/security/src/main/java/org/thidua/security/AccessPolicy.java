package org.thidua.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
        return Access.refused(
                caller.has(Roles.UNIT_OFFICER)
                        ? "A unit officer acts only for its own unit (" + caller.unitId() + "), not for unit " + unitId
                        : "Only the unit's officer or an ADMIN may do this for unit " + unitId);
    }

    /**
     * Whose own data a caller reads (ADR 65): ADMIN every unit's; an officer its own unit's; a reviewer the units of
     * its groups'; a VIEWER or a council member no unit's (they read what is published, and a council member what is
     * put before its council).
     */
    public UnitScope unitDataScope(Caller caller) {
        if (caller.has(Roles.ADMIN)) {
            return UnitScope.EVERY_UNIT;
        }
        Set<String> units = new HashSet<>();
        if (caller.has(Roles.UNIT_OFFICER) && caller.unitId() != null) {
            units.add(caller.unitId());
        }
        Set<String> groups = caller.has(Roles.REVIEWER) ? caller.groupIds() : Set.of();
        return new UnitScope(false, units, groups);
    }

    /**
     * Reads one unit's own data (members, contacts, a registration, a score sheet...): {@code groupsOfUnit} are the
     * groups that unit is in. The refusal names neither the unit nor anything of the data.
     */
    public Access readUnitData(Caller caller, String unitId, Collection<String> groupsOfUnit) {
        if (unitDataScope(caller).covers(unitId, groupsOfUnit)) {
            return Access.ALLOWED;
        }
        if (caller.has(Roles.UNIT_OFFICER)) {
            return Access.refused("A unit officer reads only what belongs to its own unit");
        }
        if (caller.has(Roles.REVIEWER)) {
            return Access.refused("A reviewer reads only what belongs to the units of its groups");
        }
        return Access.refused("Only the unit's officer, a reviewer of its group or an ADMIN reads this");
    }

    /**
     * Reads what several units share (a covenant its parties sign): allowed when the caller reads the data of one of
     * them; {@code groupsOfUnits} maps each unit to the groups it is in.
     */
    public Access readSharedUnitData(Caller caller, Map<String, ? extends Collection<String>> groupsOfUnits) {
        Access refused = readUnitData(caller, "", List.of());
        for (Map.Entry<String, ? extends Collection<String>> unit : groupsOfUnits.entrySet()) {
            Access access = readUnitData(caller, unit.getKey(), unit.getValue());
            if (access.allowed()) {
                return access;
            }
            refused = access;
        }
        return refused;
    }

    /**
     * Reads what the office has not published yet (a DRAFT campaign, a draft rule set): only the office itself.
     * {@code what} completes "Only an ADMIN may read ...".
     */
    public Access readUnpublished(Caller caller, String what) {
        return officeOnly(caller, "read " + what);
    }

    /**
     * Reads what only one unit uses (its inbox, its notification preferences, its e-mail recipients): the unit's
     * officer and ADMIN, not a VIEWER (ADR 65: no personal data, no addresses) nor a reviewer (nothing to review).
     */
    public Access readForUnit(Caller caller, String unitId) {
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
        return Access.refused(
                caller.has(Roles.REVIEWER)
                        ? "Unit " + unitId + " is in none of the reviewer's groups " + caller.groupIds()
                        : "Only a reviewer of the unit's group or an ADMIN may review unit " + unitId);
    }

    /**
     * Reads what a council decides on (the council, its sessions and counts, the objections to a nomination before
     * it): ADMIN, and a council member who sits on it; {@code councilMemberIds} are its members. Never the ballots of
     * others: no read shows who voted how.
     */
    public Access readCouncilMatters(Caller caller, Collection<String> councilMemberIds) {
        if (caller.has(Roles.ADMIN) || sitsOn(caller, councilMemberIds)) {
            return Access.ALLOWED;
        }
        return Access.refused(
                caller.has(Roles.COUNCIL_MEMBER)
                        ? "A council member reads only what is before its own council"
                        : "Only the council's members or an ADMIN read what is before a council");
    }

    /**
     * Reads a nomination: everyone once it is {@code published} (disclosed for objections, or decided); before that
     * the unit's own data ({@link #readUnitData}) and the members of the council it is put before
     * ({@code councilMemberIds}, empty before a council).
     */
    public Access readNomination(
            Caller caller,
            String unitId,
            Collection<String> groupsOfUnit,
            Collection<String> councilMemberIds,
            boolean published) {
        if (published || sitsOn(caller, councilMemberIds)) {
            return Access.ALLOWED;
        }
        return readUnitData(caller, unitId, groupsOfUnit);
    }

    /** Whether the caller is a council member whose member id is among {@code councilMemberIds}. */
    public boolean sitsOn(Caller caller, Collection<String> councilMemberIds) {
        return caller.has(Roles.COUNCIL_MEMBER)
                && caller.memberId() != null
                && councilMemberIds.contains(caller.memberId());
    }

    /** Only a council member votes, and only for itself. */
    public Access voteAs(Caller caller, String memberId) {
        if (!caller.has(Roles.COUNCIL_MEMBER)) {
            return Access.refused("Only council members vote");
        }
        if (caller.memberId() == null || !caller.memberId().equals(memberId)) {
            return Access.refused(
                    "A council member votes only for itself (" + caller.memberId() + "), not for " + memberId);
        }
        return Access.ALLOWED;
    }

    /** Something only the emulation office may do inside an otherwise allowed request (e.g. admit a late entry). */
    public Access officeOnly(Caller caller, String what) {
        return caller.has(Roles.ADMIN) ? Access.ALLOWED : Access.refused("Only an ADMIN may " + what);
    }
}
