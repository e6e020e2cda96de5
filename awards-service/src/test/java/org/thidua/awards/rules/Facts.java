package org.thidua.awards.rules;

import java.util.ArrayList;
import java.util.List;

/** Small builders of year-end facts for the rules' tests. */
final class Facts {

    private Facts() {}

    static MemberFacts member(String id, TaskRating rating) {
        return new MemberFacts(id, rating, null, Discipline.NONE);
    }

    static MemberFacts member(String id, TaskRating rating, InitiativeLevel initiative, Discipline discipline) {
        return new MemberFacts(id, rating, initiative, discipline);
    }

    static UnitFacts unit(String id, TaskRating rating, Integer rank, List<MemberFacts> members) {
        return new UnitFacts(id, "block-3", rating, rank, members, List.of(), List.of());
    }

    /** {@code count} members m1..mN rated {@code rating}. */
    static List<MemberFacts> members(String prefix, int count, TaskRating rating) {
        List<MemberFacts> members = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            members.add(member(prefix + String.format("%02d", i), rating));
        }
        return members;
    }

    static Candidate.Individual individual(MemberFacts member) {
        return new Candidate.Individual(member, unit("u", TaskRating.GOOD, 1, List.of(member)));
    }

    static Candidate.Collective collective(UnitFacts unit) {
        return new Candidate.Collective(unit);
    }

    static AwardHistory.HeldTitle held(String recipient, int year, String title) {
        return new AwardHistory.HeldTitle(recipient, year, title);
    }
}
