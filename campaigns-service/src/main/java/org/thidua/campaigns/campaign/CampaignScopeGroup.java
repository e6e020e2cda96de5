package org.thidua.campaigns.campaign;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One group (block or cluster) whose units are in a campaign's scope. */
@MappedEntity("campaign_scope_group")
public record CampaignScopeGroup(
        @Id @GeneratedValue @Nullable Long id, String campaignId, String groupId) {}
