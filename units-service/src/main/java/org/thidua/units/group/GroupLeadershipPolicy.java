package org.thidua.units.group;

import java.util.Set;
import org.thidua.units.Decision;

/**
 * A group's head (trưởng khối/cụm) and deputy (phó khối/cụm) are two different member units of the group; a deputy
 * needs a head. They are assigned per year and rotate.
 */
public final class GroupLeadershipPolicy {

    public Decision mayHead(String headUnitId, Set<String> members) {
        if (headUnitId == null) {
            return Decision.reject("a group needs a head unit before it can have a deputy");
        }
        return members.contains(headUnitId)
                ? Decision.allow()
                : Decision.reject("unit " + headUnitId + " is not a member of the group");
    }

    public Decision mayDeputise(String deputyUnitId, String headUnitId, Set<String> members) {
        if (deputyUnitId == null) {
            return Decision.allow();
        }
        if (deputyUnitId.equals(headUnitId)) {
            return Decision.reject("the deputy must be another unit than the head");
        }
        return members.contains(deputyUnitId)
                ? Decision.allow()
                : Decision.reject("unit " + deputyUnitId + " is not a member of the group");
    }

    /** May a member leave the group? Not while it leads it: assign another head or deputy first. */
    public Decision mayLeave(String unitId, String headUnitId, String deputyUnitId) {
        if (unitId.equals(headUnitId)) {
            return Decision.reject("unit " + unitId + " is the group's head; assign another head first");
        }
        if (unitId.equals(deputyUnitId)) {
            return Decision.reject("unit " + unitId + " is the group's deputy; assign another deputy first");
        }
        return Decision.allow();
    }
}
