package org.thidua.contracts.campaigns;

import java.time.Instant;
import org.thidua.contracts.Event;
import org.thidua.contracts.Topics;

/** A launched campaign was cancelled (CANCELLED, final), with the reason. */
public record CampaignCancelled(String campaignId, String reason, Instant occurredAt) implements Event {

    public static final String TYPE = "thidua.campaign.cancelled.v1";

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
