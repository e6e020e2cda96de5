package org.thidua.contracts.reviews;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.thidua.contracts.Event;
import org.thidua.contracts.ReviewPeriod;
import org.thidua.contracts.Topics;

/**
 * A review period of a campaign was finalized (sơ kết 6 tháng / tổng kết năm): the ranking of every group, and at
 * year end the outcome of every member, which awards-service evaluates against the rule set in force on
 * {@code periodEndDate}.
 */
public record ReviewPeriodFinalized(
        String campaignId,
        int year,
        ReviewPeriod period,
        LocalDate periodEndDate,
        List<GroupRanking> rankings,
        List<UnitOutcomes> memberOutcomes,
        List<ExcludedUnit> excluded,
        Instant occurredAt) implements Event {

    public static final String TYPE = "thidua.review.period.finalized.v1";

    /** The ranking of one group (block or cluster), best first. */
    public record GroupRanking(String groupId, List<RankingEntry> entries) {
    }

    /** A unit's approved points and its rank; ties share a rank and leave a gap (standard competition ranking). */
    public record RankingEntry(String unitId, BigDecimal totalPoints, int rank) {
    }

    /** The year-end results of one unit: its own task rating and one outcome per member. */
    public record UnitOutcomes(String unitId, TaskRating unitTaskRating, List<MemberOutcome> members) {
    }

    /** The year-end result of one member. {@code initiative} is null when the member put forward none. */
    public record MemberOutcome(String memberId, TaskRating taskRating, Initiative initiative, Discipline discipline) {
    }

    /** An initiative (sáng kiến) a member put forward, and whether and at which level it was recognised. */
    public record Initiative(boolean recognised, String title, InitiativeLevel level) {
    }

    /** A unit left out of the ranking, with the reason (e.g. no approved score sheet). */
    public record ExcludedUnit(String unitId, String groupId, String reason) {
    }

    /** Task-completion rating (mức độ hoàn thành nhiệm vụ). */
    public enum TaskRating {
        EXCELLENT,
        GOOD,
        COMPLETED,
        NOT_COMPLETED
    }

    /** The reach of a recognised initiative: the unit (cơ sở), a ministry or sector, or the whole country. */
    public enum InitiativeLevel {
        BASE,
        MINISTRY,
        NATIONAL
    }

    /** The heaviest discipline the member received in the year. */
    public enum Discipline {
        NONE,
        REPRIMAND,
        WARNING_OR_WORSE
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.REVIEWS;
    }

    @Override
    public String subject() {
        return campaignId;
    }
}
