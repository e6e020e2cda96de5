package org.thidua.awards.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A member's year-end facts. {@code recognisedInitiative} is the level of the member's recognised initiative, or null
 * when the member has none recognised. {@code score} is the member's year-end score where the unit's sheet gives one
 * (null otherwise); it orders the candidates of a capped title first (ADR 87).
 */
public record MemberFacts(
        String memberId,
        TaskRating taskRating,
        InitiativeLevel recognisedInitiative,
        Discipline discipline,
        BigDecimal score) {

    public MemberFacts(
            String memberId, TaskRating taskRating, InitiativeLevel recognisedInitiative, Discipline discipline) {
        this(memberId, taskRating, recognisedInitiative, discipline, null);
    }

    public MemberFacts {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(taskRating, "taskRating");
        discipline = discipline == null ? Discipline.NONE : discipline;
    }
}
