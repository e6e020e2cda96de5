package org.thidua.campaigns.covenant;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.thidua.campaigns.campaign.Campaign;
import org.thidua.campaigns.campaign.CampaignLifecycle;
import org.thidua.campaigns.campaign.Campaigns;
import org.thidua.campaigns.scope.CampaignScope;
import org.thidua.contracts.campaigns.CovenantOpened;
import org.thidua.messaging.Outbox;
import org.thidua.persistence.JsonColumns;
import org.thidua.web.ProblemException;

/** Use case: open a group's covenant; its parties are the group's active units now. */
@Singleton
public class OpeningCovenant {

    private final CovenantRepository covenants;
    private final CovenantPartyRepository parties;
    private final Campaigns campaigns;
    private final CampaignScope scope;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    OpeningCovenant(
            CovenantRepository covenants,
            CovenantPartyRepository parties,
            Campaigns campaigns,
            CampaignScope scope,
            Outbox outbox) {
        this.covenants = covenants;
        this.parties = parties;
        this.campaigns = campaigns;
        this.scope = scope;
        this.outbox = outbox;
    }

    @Transactional
    public Covenant open(String campaignId, CovenantRequest request) {
        Campaign campaign = campaigns.share(campaignId);
        ProblemException.orConflict(CampaignLifecycle.takePart(campaign.state()));
        String groupId = request.groupId().strip().toLowerCase();
        boolean inScope = campaign.allUnits()
                ? scope.groupKnown(groupId)
                : campaigns.scopeGroupIds(campaignId).contains(groupId);
        if (!inScope) {
            throw ProblemException.unprocessable("Group " + groupId + " is not in the campaign's scope");
        }
        if (covenants.existsByCampaignIdAndGroupId(campaignId, groupId)) {
            throw ProblemException.duplicate("groupId", "The group already has a covenant in this campaign");
        }
        List<String> units = scope.activeMembers(groupId);
        if (units.isEmpty()) {
            throw ProblemException.unprocessable("Group " + groupId + " has no active unit to sign a covenant");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Covenant covenant = covenants.save(new Covenant(
                UUID.randomUUID().toString(),
                campaignId,
                groupId,
                request.text().strip(),
                JsonColumns.write(request.targets()),
                CovenantState.OPEN,
                null,
                now,
                null));
        parties.saveAll(units.stream()
                .map(u -> new CovenantParty(null, covenant.id(), u, null))
                .toList());
        outbox.publish(new CovenantOpened(
                campaignId,
                covenant.id(),
                groupId,
                covenant.text(),
                request.targets().stream()
                        .map(t -> new CovenantOpened.Target(t.code(), t.description()))
                        .toList(),
                now));
        return covenant;
    }
}
