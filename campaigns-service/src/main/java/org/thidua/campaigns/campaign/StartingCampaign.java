package org.thidua.campaigns.campaign;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import org.thidua.contracts.campaigns.CampaignStarted;
import org.thidua.messaging.Outbox;
import org.thidua.web.ProblemException;

/** Use case: the office starts a launched campaign (registration is over, the emulation runs). */
@Singleton
public class StartingCampaign {

    private final CampaignStateChange change;
    private final Outbox outbox;

    StartingCampaign(CampaignStateChange change, Outbox outbox) {
        this.change = change;
        this.outbox = outbox;
    }

    @Transactional
    public Campaign start(String id) {
        Campaign current = change.lock(id);
        CampaignState next = ProblemException.orConflict(CampaignLifecycle.start(current.state()));
        Instant now = change.now();
        Campaign started = change.update(current.withState(next, null, now));
        outbox.publish(new CampaignStarted(id, now));
        return started;
    }
}
