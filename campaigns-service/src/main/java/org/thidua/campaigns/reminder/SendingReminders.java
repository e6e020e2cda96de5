package org.thidua.campaigns.reminder;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.thidua.campaigns.campaign.Campaign;
import org.thidua.campaigns.campaign.CampaignLifecycle;
import org.thidua.campaigns.campaign.CampaignPeriod;
import org.thidua.campaigns.campaign.CampaignState;
import org.thidua.campaigns.campaign.Campaigns;
import org.thidua.campaigns.registration.Registration;
import org.thidua.campaigns.registration.RegistrationRepository;
import org.thidua.campaigns.registration.RegistrationState;
import org.thidua.campaigns.review.PeriodState;
import org.thidua.campaigns.scope.CampaignScope;
import org.thidua.campaigns.scoresheet.ScoreSheet;
import org.thidua.campaigns.scoresheet.ScoreSheetRepository;
import org.thidua.campaigns.scoresheet.ScoreSheetState;
import org.thidua.contracts.ReviewPeriod;
import org.thidua.contracts.campaigns.DeadlineApproaching;
import org.thidua.messaging.Outbox;
import org.thidua.persistence.Sql;
import org.thidua.web.ProblemException;

/**
 * Use case: remind the units of one campaign whose registration or score sheet is due. Each reminder is claimed with
 * {@code INSERT IGNORE} into {@code reminder_sent} in the transaction of its outbox row: of several instances (or
 * runs) only the one whose insert counted publishes, the others wait on the key and then see it taken. The campaign
 * is read share-locked, so a cancel or close that commits while the reminders are worked out stops them (the read
 * waits for it and sees the new state), and one that comes later waits until they are written.
 */
@Singleton
public class SendingReminders {

    private final Campaigns campaigns;
    private final CampaignScope scope;
    private final RegistrationRepository registrations;
    private final ScoreSheetRepository sheets;
    private final JdbcOperations jdbc;
    private final Outbox outbox;
    private final ReminderSchedule schedule;
    private final Clock clock = Clock.systemUTC();

    SendingReminders(
            Campaigns campaigns,
            CampaignScope scope,
            RegistrationRepository registrations,
            ScoreSheetRepository sheets,
            JdbcOperations jdbc,
            Outbox outbox,
            @Value("${thidua.campaigns.reminders.offsets:7,1}") List<Integer> offsets) {
        this.campaigns = campaigns;
        this.scope = scope;
        this.registrations = registrations;
        this.sheets = sheets;
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.schedule = new ReminderSchedule(offsets);
    }

    /** Sends what is due on {@code today} (Vietnam's calendar) for one campaign; returns how many were sent. */
    @Transactional
    public int remind(String campaignId, LocalDate today) {
        Campaign campaign = campaigns.share(campaignId); // a cancel committing first stops us; one after waits
        int sent = 0;
        if (campaign.state() == CampaignState.LAUNCHED) {
            Optional<Integer> offset = schedule.dueOffset(today, campaign.registrationDeadline());
            if (offset.isPresent()) {
                sent += send(
                        campaign,
                        unregistered(campaign),
                        DeadlineApproaching.Kind.REGISTRATION,
                        null,
                        campaign.registrationDeadline(),
                        offset.get(),
                        today);
            }
        }
        if (campaign.state().openForRegistrations()) {
            for (CampaignPeriod period : campaigns.periods(campaignId)) {
                Optional<Integer> offset = schedule.dueOffset(today, period.submissionDeadline());
                if (period.state() != PeriodState.OPEN || offset.isEmpty()) {
                    continue;
                }
                sent += send(
                        campaign,
                        notSubmitted(campaignId, period.period()),
                        DeadlineApproaching.Kind.SCORE_SHEET,
                        period.period(),
                        period.submissionDeadline(),
                        offset.get(),
                        today);
            }
        }
        return sent;
    }

    /**
     * "Remind now" (ADR 25): the office reminds, at once, the units that have not yet done the step due, whatever the
     * schedule sent before: while the campaign is LAUNCHED and its registration deadline not past, the units of its
     * scope that have not registered; and the units whose accepted registration has no submitted sheet for the open
     * period due next (the earliest submission deadline not past). Each unit gets one {@code deadline.approaching}, and
     * the reminder is recorded in {@code reminder_by_hand} for the progress board. 409 unless the campaign runs.
     */
    @Transactional
    public List<String> remindNow(String campaignId, LocalDate today) {
        Campaign campaign = campaigns.share(campaignId);
        ProblemException.orConflict(CampaignLifecycle.remind(campaign.state()));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<DeadlineApproaching> events = new ArrayList<>();
        if (campaign.state() == CampaignState.LAUNCHED && !today.isAfter(campaign.registrationDeadline())) {
            for (String unitId : unregistered(campaign)) {
                events.add(new DeadlineApproaching(
                        campaignId,
                        unitId,
                        DeadlineApproaching.Kind.REGISTRATION,
                        null,
                        campaign.registrationDeadline(),
                        ReminderSchedule.daysLeft(today, campaign.registrationDeadline()),
                        now));
            }
        }
        campaigns.periods(campaignId).stream()
                .filter(p -> p.state() == PeriodState.OPEN && !today.isAfter(p.submissionDeadline()))
                .min(Comparator.comparing(CampaignPeriod::submissionDeadline))
                .ifPresent(period -> notSubmitted(campaignId, period.period())
                        .forEach(unitId -> events.add(new DeadlineApproaching(
                                campaignId,
                                unitId,
                                DeadlineApproaching.Kind.SCORE_SHEET,
                                period.period(),
                                period.submissionDeadline(),
                                ReminderSchedule.daysLeft(today, period.submissionDeadline()),
                                now))));
        List<Object[]> rows = events.stream()
                .map(e -> new Object[] {
                    campaignId,
                    e.unitId(),
                    e.kind().name(),
                    e.period() == null ? "-" : e.period().name(),
                    e.deadline(),
                    Timestamp.from(now)
                })
                .toList();
        for (int from = 0; from < rows.size(); from += 500) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + 500));
            List<Object> parameters = new ArrayList<>();
            chunk.forEach(row -> parameters.addAll(List.of(row)));
            Sql.update(
                    jdbc,
                    "INSERT INTO reminder_by_hand (campaign_id, unit_id, deadline_kind, period, deadline, "
                            + "sent_at) VALUES "
                            + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?, ?)")),
                    parameters.toArray());
        }
        outbox.publishAll(events);
        return events.stream().map(DeadlineApproaching::unitId).toList();
    }

    /** The units of the campaign's scope that have not registered, by id. */
    private List<String> unregistered(Campaign campaign) {
        Set<String> registered = new HashSet<>();
        registrations.findByCampaignId(campaign.id()).forEach(r -> registered.add(r.unitId()));
        List<String> due = new ArrayList<>(scope.units(campaign));
        due.removeIf(registered::contains);
        return due;
    }

    /** The units whose registration is accepted and whose sheet of {@code period} is missing or still a DRAFT. */
    private List<String> notSubmitted(String campaignId, ReviewPeriod period) {
        Set<String> submitted = new HashSet<>();
        for (ScoreSheet sheet : sheets.findByCampaignIdAndPeriod(campaignId, period)) {
            if (sheet.state() != ScoreSheetState.DRAFT) {
                submitted.add(sheet.unitId());
            }
        }
        return registrations.findByCampaignIdAndState(campaignId, RegistrationState.ACCEPTED).stream()
                .map(Registration::unitId)
                .filter(u -> !submitted.contains(u))
                .sorted()
                .toList();
    }

    private int send(
            Campaign campaign,
            List<String> units,
            DeadlineApproaching.Kind kind,
            ReviewPeriod period,
            LocalDate deadline,
            int offset,
            LocalDate today) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int sent = 0;
        for (String unitId : units) {
            int claimed = jdbc.prepareStatement(
                    "INSERT IGNORE INTO reminder_sent (campaign_id, unit_id, deadline_kind, "
                            + "period, offset_days, deadline, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    s -> {
                        s.setString(1, campaign.id());
                        s.setString(2, unitId);
                        s.setString(3, kind.name());
                        s.setString(4, period == null ? "-" : period.name());
                        s.setInt(5, offset);
                        s.setObject(6, deadline);
                        s.setTimestamp(7, Timestamp.from(now));
                        return s.executeUpdate();
                    });
            if (claimed == 1) {
                outbox.publish(new DeadlineApproaching(
                        campaign.id(),
                        unitId,
                        kind,
                        period,
                        deadline,
                        ReminderSchedule.daysLeft(today, deadline),
                        now));
                sent++;
            }
        }
        return sent;
    }
}
