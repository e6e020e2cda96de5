package org.thidua.units.group;

import org.thidua.contracts.groups.GroupCreated;
import org.thidua.units.Decision;

/**
 * A unit is in at most one block (khối thi đua) a year; clusters (cụm thi đua) are not limited. Groups belong to one
 * year, so a unit may be in a different block every year.
 */
public final class BlockMembershipPolicy {

    /** The block a unit is in during one year. */
    public record Seat(String groupId, String groupCode, int year) {}

    /**
     * May a unit join the group ({@code kind}, {@code year}, {@code groupId}), given {@code currentBlock}, the block
     * it is in that year (null if none)?
     */
    public Decision mayJoin(GroupCreated.Kind kind, int year, String groupId, String unitCode, Seat currentBlock) {
        if (kind == GroupCreated.Kind.CLUSTER
                || currentBlock == null
                || currentBlock.groupId().equals(groupId)) {
            return Decision.allow();
        }
        return Decision.reject("unit " + unitCode + " is already in block " + currentBlock.groupCode() + " for " + year
                + "; a unit is in at most one block a year");
    }
}
