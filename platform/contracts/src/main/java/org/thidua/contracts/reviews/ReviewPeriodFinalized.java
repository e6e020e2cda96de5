package org.thidua.contracts.reviews;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.thidua.contracts.Event;
import org.thidua.contracts.ReviewPeriod;
import org.thidua.contracts.Topics;
import org.thidua.contracts.campaigns.CampaignLaunched;

/**
 * A review period of a campaign was finalized (sơ kết 6 tháng / tổng kết năm): the ranking of every group, and at
 * year end the outcome of every member, which awards-service evaluates against the rule set in force on
 * {@code periodEndDate}. {@code campaignKind} says whether the period closes the year's regular campaign (whose year
 * end decides the annual titles) or a thematic one; null in events published before issue 14, read as REGULAR.
 */
public record ReviewPeriodFinalized(
        String campaignId,
        int year,
        ReviewPeriod period,
        LocalDate periodEndDate,
        List<GroupRanking> rankings,
        List<UnitOutcomes> memberOutcomes,
        List<ExcludedUnit> excluded,
        Instant occurredAt,
        CampaignLaunched.Kind campaignKind)
        implements Event {

    public static final String TYPE = "thidua.review.period.finalized.v1";

    /**
     * The ranking of one group (block or cluster), best first. {@code groupName} is the group's name as
     * campaigns-service knew it at finalization; null in events published before issue 15 or when the group's name
     * was not yet known.
     */
    public record GroupRanking(String groupId, List<RankingEntry> entries, String groupName) {

        public GroupRanking(String groupId, List<RankingEntry> entries) {
            this(groupId, entries, null);
        }
    }

    /**
     * A unit's approved points and its rank; ties share a rank and leave a gap (standard competition ranking).
     * {@code unitName} is the unit's name at finalization, so a reader names the unit without asking units-service;
     * null in events published before issue 15 or when the unit's name was not yet known.
     */
    public record RankingEntry(String unitId, BigDecimal totalPoints, int rank, String unitName) {

        public RankingEntry(String unitId, BigDecimal totalPoints, int rank) {
            this(unitId, totalPoints, rank, null);
        }
    }

    /**
     * The year-end results of one unit: its own task rating, one outcome per member it covers, and the active members
     * it leaves out with the reason (e.g. joined after 1 October). The members and the excluded together are every
     * active member of the unit; shares of members are computed over {@code members}. {@code excludedMembers} is
     * null in events published before issue 14.
     */
    public record UnitOutcomes(
            String unitId,
            TaskRating unitTaskRating,
            List<MemberOutcome> members,
            List<ExcludedMember> excludedMembers) {}

    /** An active member a year-end sheet leaves out, and why. */
    public record ExcludedMember(String memberId, String reason) {}

    /**
     * The year-end result of one member. {@code initiative} is null when the member put forward none. {@code score}
     * is the member's year-end score where the unit's sheet gives one (0 to the sheet's maximum); null when it gives
     * none and in events published before issue 16. It orders the candidates of a capped title (ADR 87).
     */
    public record MemberOutcome(
            String memberId, TaskRating taskRating, Initiative initiative, Discipline discipline, BigDecimal score) {

        public MemberOutcome(String memberId, TaskRating taskRating, Initiative initiative, Discipline discipline) {
            this(memberId, taskRating, initiative, discipline, null);
        }
    }

    /** An initiative (sáng kiến) a member put forward, and whether and at which level it was recognised. */
    public record Initiative(boolean recognised, String title, InitiativeLevel level) {}

    /**
     * A unit left out of the ranking, with the reason (e.g. no approved score sheet); {@code unitName} as in
     * {@link RankingEntry}.
     */
    public record ExcludedUnit(String unitId, String groupId, String reason, String unitName) {

        public ExcludedUnit(String unitId, String groupId, String reason) {
            this(unitId, groupId, reason, null);
        }
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
