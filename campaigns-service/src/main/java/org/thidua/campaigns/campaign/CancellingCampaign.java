package org.thidua.campaigns.campaign;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import org.thidua.contracts.campaigns.CampaignCancelled;
import org.thidua.messaging.Outbox;
import org.thidua.web.ProblemException;

/**
 * Use case: the office cancels a campaign, with a reason. A draft was never announced, so cancelling one publishes
 * nothing.
 */
@Singleton
public class CancellingCampaign {

    private final CampaignStateChange change;
    private final Outbox outbox;

    CancellingCampaign(CampaignStateChange change, Outbox outbox) {
        this.change = change;
        this.outbox = outbox;
    }

    @Transactional
    public Campaign cancel(String id, String reason) {
        Campaign current = change.lock(id);
        CampaignState next = ProblemException.orConflict(CampaignLifecycle.cancel(current.state()));
        String why = ProblemException.requireReason(reason);
        Instant now = change.now();
        Campaign cancelled = change.update(current.withState(next, why, now));
        if (current.state() == CampaignState.LAUNCHED) {
            outbox.publish(new CampaignCancelled(id, why, now));
        }
        return cancelled;
    }
}
