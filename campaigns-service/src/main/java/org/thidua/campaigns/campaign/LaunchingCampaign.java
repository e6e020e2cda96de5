package org.thidua.campaigns.campaign;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import org.thidua.contracts.campaigns.CampaignLaunched;
import org.thidua.messaging.Outbox;
import org.thidua.web.ProblemException;

/**
 * Use case: the office launches a campaign; registration opens and {@code campaign.launched} carries what a recipient
 * needs (its periods and scope). A campaign without criteria cannot be launched.
 */
@Singleton
public class LaunchingCampaign {

    private final CampaignStateChange change;
    private final Outbox outbox;

    LaunchingCampaign(CampaignStateChange change, Outbox outbox) {
        this.change = change;
        this.outbox = outbox;
    }

    @Transactional
    public Campaign launch(String id) {
        Campaigns reading = change.reading();
        Campaign current = change.lock(id);
        CampaignState next = ProblemException.orConflict(CampaignLifecycle.launch(current.state()));
        List<CampaignPeriod> periods = reading.periods(id);
        if (reading.criteria(id).isEmpty()) {
            throw ProblemException.unprocessable("A campaign without criteria cannot be launched");
        }
        List<String> groupIds = current.allUnits() ? List.of() : reading.scopeGroupIds(id);
        Instant now = change.now();
        String eventId = outbox.publish(new CampaignLaunched(
                id,
                current.code(),
                current.title(),
                current.theme(),
                CampaignLaunched.Kind.valueOf(current.kind().name()),
                current.year(),
                current.startDate(),
                current.endDate(),
                current.registrationDeadline(),
                periods.stream()
                        .map(p -> new CampaignLaunched.Period(p.period(), p.endDate(), p.submissionDeadline()))
                        .toList(),
                new CampaignLaunched.Scope(current.allUnits(), groupIds),
                now));
        return change.update(current.withState(next, null, now).withLaunchEventId(eventId));
    }
}
