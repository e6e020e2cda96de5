package org.thidua.awards.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A unit's year-end facts: its own task rating, its rank in its group's year-end ranking (null when it was not
 * ranked), its members' facts, the members its year-end sheet excluded (named, with a reason, e.g. joined after
 * 1 October) and the active members the sheet neither rated nor excluded ({@code unratedMembers}, known from the
 * directory). Shares of members are computed over the covered list, the rated and the unrated members: a sheet that
 * leaves someone out cannot inflate a share (ADR 42).
 */
public record UnitFacts(
        String unitId,
        String groupId,
        TaskRating taskRating,
        Integer groupRank,
        List<MemberFacts> members,
        List<String> excludedMembers,
        List<String> unratedMembers) {

    public UnitFacts {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(taskRating, "taskRating");
        members = List.copyOf(members);
        excludedMembers = excludedMembers == null ? List.of() : List.copyOf(excludedMembers);
        unratedMembers = unratedMembers == null ? List.of() : List.copyOf(unratedMembers);
    }

    /** The members shares are computed over: every active member but those the sheet excluded. */
    public List<String> coveredMembers() {
        List<String> covered =
                new ArrayList<>(members.stream().map(MemberFacts::memberId).toList());
        covered.addAll(unratedMembers);
        return covered;
    }

    /** What a condition's detail says of the list it counted over, e.g. "; 1 excluded by the unit's sheet". */
    String coverage() {
        String text = "";
        if (!excludedMembers.isEmpty()) {
            text += "; " + excludedMembers.size() + " excluded by the unit's sheet";
        }
        if (!unratedMembers.isEmpty()) {
            text += "; " + unratedMembers.size() + " active member(s) not on the sheet counted: "
                    + String.join(", ", unratedMembers);
        }
        return text;
    }
}
