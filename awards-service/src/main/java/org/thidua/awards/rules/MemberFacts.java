package org.thidua.awards.rules;

import java.util.Objects;

/**
 * A member's year-end facts. {@code recognisedInitiative} is the level of the member's recognised initiative, or null
 * when the member has none recognised.
 */
public record MemberFacts(String memberId, TaskRating taskRating, InitiativeLevel recognisedInitiative,
        Discipline discipline) {

    public MemberFacts {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(taskRating, "taskRating");
        discipline = discipline == null ? Discipline.NONE : discipline;
    }
}
