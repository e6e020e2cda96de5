package org.thidua.contracts.campaigns;

import java.time.Instant;
import org.thidua.contracts.Event;
import org.thidua.contracts.Topics;

/** A launched campaign started (IN_PROGRESS): registration is over and units carry out their commitments. */
public record CampaignStarted(String campaignId, Instant occurredAt) implements Event {

    public static final String TYPE = "thidua.campaign.started.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.CAMPAIGNS;
    }

    @Override
    public String subject() {
        return campaignId;
    }
}
