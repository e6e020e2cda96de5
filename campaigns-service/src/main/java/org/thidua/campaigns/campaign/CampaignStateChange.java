package org.thidua.campaigns.campaign;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What the campaign's lifecycle use cases ({@link LaunchingCampaign}, {@link StartingCampaign},
 * {@link ClosingCampaign}, {@link CancellingCampaign}) share: the campaign locked for the transaction, the instant
 * of the change, and the row written in its new state. Each use case asks {@link CampaignLifecycle} and publishes in
 * the same transaction.
 */
@Singleton
class CampaignStateChange {

    private final CampaignRepository campaigns;
    private final Campaigns reading;
    private final Clock clock = Clock.systemUTC();

    CampaignStateChange(CampaignRepository campaigns, Campaigns reading) {
        this.campaigns = campaigns;
        this.reading = reading;
    }

    /** The campaign, locked for the rest of the transaction. */
    Campaign lock(String id) {
        return reading.lock(id);
    }

    Campaigns reading() {
        return reading;
    }

    /** Now, to the microsecond the database keeps. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Writes {@code changed}, the campaign in its new state. */
    Campaign update(Campaign changed) {
        return campaigns.update(changed);
    }
}
