package org.thidua.campaigns.campaign;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.thidua.campaigns.review.PeriodState;
import org.thidua.contracts.campaigns.CampaignCancelled;
import org.thidua.contracts.campaigns.CampaignClosed;
import org.thidua.contracts.campaigns.CampaignLaunched;
import org.thidua.contracts.campaigns.CampaignStarted;
import org.thidua.messaging.Outbox;
import org.thidua.web.ProblemException;

/**
 * Use cases of the campaign's lifecycle: launch (registration opens, {@code campaign.launched} carries what a
 * recipient needs), start, close, cancel. Each locks the campaign row, asks {@link CampaignLifecycle}, and publishes
 * in the same transaction.
 */
@Singleton
public class ChangingCampaignState {

    private final CampaignRepository campaigns;
    private final Campaigns reading;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    ChangingCampaignState(CampaignRepository campaigns, Campaigns reading, Outbox outbox) {
        this.campaigns = campaigns;
        this.reading = reading;
        this.outbox = outbox;
    }

    @Transactional
    public Campaign launch(String id) {
        Campaign current = reading.lock(id);
        CampaignState next = ProblemException.orConflict(CampaignLifecycle.launch(current.state()));
        List<CampaignPeriod> periods = reading.periods(id);
        if (reading.criteria(id).isEmpty()) {
            throw ProblemException.unprocessable("A campaign without criteria cannot be launched");
        }
        List<String> groupIds = current.allUnits() ? List.of() : reading.scopeGroupIds(id);
        Instant now = now();
        String eventId = outbox.publish(new CampaignLaunched(id, current.code(), current.title(), current.theme(),
                CampaignLaunched.Kind.valueOf(current.kind().name()), current.year(), current.startDate(),
                current.endDate(), current.registrationDeadline(),
                periods.stream().map(p -> new CampaignLaunched.Period(p.period(), p.endDate(), p.submissionDeadline()))
                        .toList(),
                new CampaignLaunched.Scope(current.allUnits(), groupIds), now));
        return campaigns.update(current.withState(next, null, now).withLaunchEventId(eventId));
    }

    @Transactional
    public Campaign start(String id) {
        Campaign current = reading.lock(id);
        CampaignState next = ProblemException.orConflict(CampaignLifecycle.start(current.state()));
        Instant now = now();
        Campaign started = campaigns.update(current.withState(next, null, now));
        outbox.publish(new CampaignStarted(id, now));
        return started;
    }

    @Transactional
    public Campaign close(String id) {
        Campaign current = reading.lock(id);
        CampaignState next = ProblemException.orConflict(CampaignLifecycle.close(current.state()));
        List<String> open = reading.periods(id).stream().filter(p -> p.state() != PeriodState.FINALIZED)
                .map(p -> p.period().name()).toList();
        if (!open.isEmpty()) {
            throw ProblemException.unprocessable("A campaign closes once its review periods are finalized; still open: "
                    + String.join(", ", open));
        }
        Instant now = now();
        Campaign closed = campaigns.update(current.withState(next, null, now));
        outbox.publish(new CampaignClosed(id, now));
        return closed;
    }

    /** A draft was never announced, so cancelling one publishes nothing. */
    @Transactional
    public Campaign cancel(String id, String reason) {
        Campaign current = reading.lock(id);
        CampaignState next = ProblemException.orConflict(CampaignLifecycle.cancel(current.state()));
        String why = ProblemException.requireReason(reason);
        Instant now = now();
        Campaign cancelled = campaigns.update(current.withState(next, why, now));
        if (current.state() == CampaignState.LAUNCHED) {
            outbox.publish(new CampaignCancelled(id, why, now));
        }
        return cancelled;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
