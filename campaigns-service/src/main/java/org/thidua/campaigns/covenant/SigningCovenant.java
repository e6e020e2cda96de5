package org.thidua.campaigns.covenant;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.thidua.campaigns.campaign.CampaignLifecycle;
import org.thidua.campaigns.campaign.Campaigns;
import org.thidua.contracts.campaigns.CovenantSigned;
import org.thidua.messaging.Outbox;
import org.thidua.web.ProblemException;

/**
 * Use case: a unit signs its group's covenant, once, while the campaign runs. The campaign row is share-locked first
 * (as registrations do), so a cancel or close waits for the signature or the signature sees it; then the covenant row
 * is locked, so when the last two units sign at the same moment exactly one of them sees everyone signed and
 * publishes {@code covenant.signed}.
 */
@Singleton
public class SigningCovenant {

    private final Campaigns campaigns;
    private final CovenantRepository covenants;
    private final CovenantPartyRepository parties;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    SigningCovenant(Campaigns campaigns, CovenantRepository covenants, CovenantPartyRepository parties, Outbox outbox) {
        this.campaigns = campaigns;
        this.covenants = covenants;
        this.parties = parties;
        this.outbox = outbox;
    }

    @Transactional
    public Covenant sign(String campaignId, String covenantId, String unitId) {
        ProblemException.orConflict(
                CampaignLifecycle.signCovenant(campaigns.share(campaignId).state()));
        Covenant covenant = covenants
                .findByIdForUpdate(covenantId)
                .filter(c -> c.campaignId().equals(campaignId))
                .orElseThrow(() -> ProblemException.notFound("Covenant", covenantId));
        List<CovenantParty> all = parties.findByCovenantIdOrderByUnitId(covenantId);
        CovenantParty party = all.stream()
                .filter(p -> p.unitId().equals(unitId.strip().toLowerCase()))
                .findFirst()
                .orElseThrow(
                        () -> ProblemException.unprocessable("Unit " + unitId + " is not a party to this covenant"));
        if (party.signedAt() != null) {
            throw ProblemException.duplicate("unitId", "Unit " + unitId + " has already signed this covenant");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        parties.update(new CovenantParty(party.id(), covenantId, party.unitId(), now));
        boolean last = all.stream().allMatch(p -> p == party || p.signedAt() != null);
        if (!last) {
            return covenant;
        }
        Covenant signed = covenants.update(covenant.signed(now));
        outbox.publish(new CovenantSigned(
                campaignId,
                covenantId,
                covenant.groupId(),
                all.stream().map(CovenantParty::unitId).toList(),
                now));
        return signed;
    }
}
