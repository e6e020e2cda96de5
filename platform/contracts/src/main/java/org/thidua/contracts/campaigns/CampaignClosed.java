package org.thidua.contracts.campaigns;

import java.time.Instant;
import org.thidua.contracts.Event;
import org.thidua.contracts.Topics;

/** A campaign was closed (CLOSED, final): its review periods are over. */
public record CampaignClosed(String campaignId, Instant occurredAt) implements Event {

    public static final String TYPE = "thidua.campaign.closed.v1";

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
