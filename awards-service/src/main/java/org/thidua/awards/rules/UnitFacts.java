package org.thidua.awards.rules;

import java.util.List;
import java.util.Objects;

/**
 * A unit's year-end facts: its own task rating, its rank in its group's year-end ranking (null when it was not
 * ranked), and its members' facts.
 */
public record UnitFacts(String unitId, String groupId, TaskRating taskRating, Integer groupRank,
        List<MemberFacts> members) {

    public UnitFacts {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(taskRating, "taskRating");
        members = List.copyOf(members);
    }
}
