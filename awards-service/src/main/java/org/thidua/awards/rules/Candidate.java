package org.thidua.awards.rules;

/** Who a title is evaluated for: a member (with the unit they work in) or a unit. */
public sealed interface Candidate {

    /** The id the award registry knows the recipient by. */
    String recipientId();

    TaskRating taskRating();

    UnitFacts unit();

    TitleKind kind();

    record Individual(MemberFacts member, UnitFacts unit) implements Candidate {
        @Override
        public String recipientId() {
            return member.memberId();
        }

        @Override
        public TaskRating taskRating() {
            return member.taskRating();
        }

        @Override
        public TitleKind kind() {
            return TitleKind.INDIVIDUAL;
        }
    }

    record Collective(UnitFacts unit) implements Candidate {
        @Override
        public String recipientId() {
            return unit.unitId();
        }

        @Override
        public TaskRating taskRating() {
            return unit.taskRating();
        }

        @Override
        public TitleKind kind() {
            return TitleKind.COLLECTIVE;
        }
    }
}
