package org.thidua.campaigns.campaign;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import org.thidua.campaigns.review.PeriodState;
import org.thidua.contracts.campaigns.CampaignClosed;
import org.thidua.messaging.Outbox;
import org.thidua.web.ProblemException;

/** Use case: the office closes a campaign, once every one of its review periods is finalized. */
@Singleton
public class ClosingCampaign {

    private final CampaignStateChange change;
    private final Outbox outbox;

    ClosingCampaign(CampaignStateChange change, Outbox outbox) {
        this.change = change;
        this.outbox = outbox;
    }

    @Transactional
    public Campaign close(String id) {
        Campaign current = change.lock(id);
        CampaignState next = ProblemException.orConflict(CampaignLifecycle.close(current.state()));
        List<String> open = change.reading().periods(id).stream()
                .filter(p -> p.state() != PeriodState.FINALIZED)
                .map(p -> p.period().name())
                .toList();
        if (!open.isEmpty()) {
            throw ProblemException.unprocessable(
                    "A campaign closes once its review periods are finalized; still open: " + String.join(", ", open));
        }
        Instant now = change.now();
        Campaign closed = change.update(current.withState(next, null, now));
        outbox.publish(new CampaignClosed(id, now));
        return closed;
    }
}
