package org.thidua.security;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.utils.SecurityService;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.thidua.web.ProblemException;

/**
 * What controllers ask about the caller of the current request: its {@link Caller}, and the {@link AccessPolicy}'s
 * checks, which answer a refusal with a 403 problem before anything is written.
 */
@Singleton
public class Callers {

    private final SecurityService security;
    private final AccessPolicy policy = new AccessPolicy();

    Callers(SecurityService security) {
        this.security = security;
    }

    /** The caller of the current request; {@link Caller#SYSTEM} outside a request. */
    public Caller current() {
        return security.getAuthentication().map(Callers::of).orElse(Caller.SYSTEM);
    }

    /** 403 unless the caller is ADMIN or the officer of {@code unitId}. */
    public Caller requireActingFor(String unitId) {
        return require(policy.actForUnit(current(), unitId));
    }

    /** 403 unless the caller may read what only {@code unitId} uses (its officer, ADMIN; ADR 65). */
    public Caller requireReadingFor(String unitId) {
        return require(policy.readForUnit(current(), unitId));
    }

    /** Whose own data the caller reads: what a list route filters by (ADR 65). */
    public UnitScope unitDataScope() {
        return policy.unitDataScope(current());
    }

    /**
     * 403 unless the caller reads the own data of {@code unitId}, which is in {@code groupsOfUnit}: ADMIN, its
     * officer, a reviewer of one of those groups (ADR 65).
     */
    public Caller requireReadingUnitData(String unitId, Collection<String> groupsOfUnit) {
        return require(policy.readUnitData(current(), unitId, groupsOfUnit));
    }

    /** 403 unless the caller reads the data of one of the units {@code groupsOfUnits} maps to their groups. */
    public Caller requireReadingSharedUnitData(Map<String, ? extends Collection<String>> groupsOfUnits) {
        return require(policy.readSharedUnitData(current(), groupsOfUnits));
    }

    /** Whether the caller reads what is not published yet (lists leave it out otherwise). */
    public boolean readsUnpublished() {
        return policy.readUnpublished(current(), "").allowed();
    }

    /** 403 unless the caller reads what is not published yet: {@code what} completes "Only an ADMIN may read". */
    public Caller requireReadingUnpublished(String what) {
        return require(policy.readUnpublished(current(), what));
    }

    /** 403 unless the caller is ADMIN or sits on the council whose members are {@code councilMemberIds}. */
    public Caller requireReadingCouncilMatters(Collection<String> councilMemberIds) {
        return require(policy.readCouncilMatters(current(), councilMemberIds));
    }

    /** 403 unless the caller reads the nomination (see {@link AccessPolicy#readNomination}). */
    public Caller requireReadingNomination(
            String unitId, Collection<String> groupsOfUnit, Collection<String> councilMemberIds, boolean published) {
        return require(policy.readNomination(current(), unitId, groupsOfUnit, councilMemberIds, published));
    }

    /** Whether the caller reads as a council member (what is before its councils), with a member id. */
    public boolean readsAsCouncilMember() {
        Caller caller = current();
        return policy.sitsOn(caller, caller.memberId() == null ? List.of() : List.of(caller.memberId()));
    }

    /** 403 unless the caller is ADMIN or a reviewer of one of {@code groupsOfUnit}. */
    public Caller requireReviewing(String unitId, Collection<String> groupsOfUnit) {
        return require(policy.review(current(), unitId, groupsOfUnit));
    }

    /** 403 unless the caller is the council member {@code memberId}. */
    public Caller requireVotingAs(String memberId) {
        return require(policy.voteAs(current(), memberId));
    }

    /** 403 unless the caller is ADMIN; {@code what} completes "Only an ADMIN may ...". */
    public Caller requireOffice(String what) {
        return require(policy.officeOnly(current(), what));
    }

    private Caller require(Access access) {
        if (!access.allowed()) {
            throw ProblemException.forbidden(access.refusal());
        }
        return current();
    }

    static Caller of(Authentication authentication) {
        var attributes = authentication.getAttributes();
        return new Caller(
                authentication.getName(),
                Set.copyOf(authentication.getRoles()),
                text(attributes.get(Roles.UNIT_ID_CLAIM)),
                texts(attributes.get(Roles.GROUP_IDS_CLAIM)),
                text(attributes.get(Roles.MEMBER_ID_CLAIM)));
    }

    private static String text(Object claim) {
        return claim == null ? null : claim.toString();
    }

    /** A claim holding a JSON array, or one comma-separated string. */
    private static Set<String> texts(Object claim) {
        Set<String> values = new LinkedHashSet<>();
        if (claim instanceof Collection<?> many) {
            many.forEach(value -> values.add(value.toString()));
        } else if (claim != null) {
            for (String value : List.of(claim.toString().split(","))) {
                if (!value.isBlank()) {
                    values.add(value.strip());
                }
            }
        }
        return values;
    }
}
