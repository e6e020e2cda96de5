package org.thidua.campaigns.registration;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.thidua.campaigns.campaign.Campaign;
import org.thidua.campaigns.campaign.CampaignLifecycle;
import org.thidua.campaigns.campaign.Campaigns;
import org.thidua.campaigns.scope.UnitMembers;
import org.thidua.contracts.registrations.RegistrationAccepted;
import org.thidua.contracts.registrations.RegistrationReturned;
import org.thidua.contracts.registrations.RegistrationWithdrawn;
import org.thidua.messaging.Outbox;
import org.thidua.persistence.JsonColumns;
import org.thidua.web.ProblemException;

/** Use cases on a registration: accept, return (with a reason), resubmit after a return, withdraw. */
@Singleton
public class ChangingRegistration {

    private final RegistrationRepository registrations;
    private final Campaigns campaigns;
    private final Outbox outbox;
    private final UnitMembers members;
    private final Clock clock = Clock.systemUTC();

    ChangingRegistration(
            RegistrationRepository registrations, Campaigns campaigns, Outbox outbox, UnitMembers members) {
        this.members = members;
        this.registrations = registrations;
        this.campaigns = campaigns;
        this.outbox = outbox;
    }

    @Transactional
    public Registration accept(String campaignId, String id) {
        Registration current = lock(campaignId, id);
        RegistrationState next = ProblemException.orConflict(RegistrationTransitions.accept(current.state()));
        Instant now = now();
        Registration accepted = registrations.update(current.withState(next, now));
        outbox.publish(new RegistrationAccepted(id, campaignId, current.unitId(), now));
        return accepted;
    }

    @Transactional
    public Registration giveBack(String campaignId, String id, String reason) {
        Registration current = lock(campaignId, id);
        ProblemException.orConflict(RegistrationTransitions.giveBack(current.state()));
        String why = ProblemException.requireReason(reason);
        Instant now = now();
        Registration returned = registrations.update(current.returned(why, now));
        outbox.publish(new RegistrationReturned(id, campaignId, current.unitId(), why, now));
        return returned;
    }

    @Transactional
    public Registration resubmit(String campaignId, String id, RegistrationRequest.Change change) {
        Registration current = lock(campaignId, id);
        ProblemException.orConflict(RegistrationTransitions.resubmit(current.state()));
        Registering.requireTitlesInForce(campaigns.get(campaignId), change.collectiveTitle(), change.memberTitles());
        Instant now = now();
        List<RegistrationRequest.MemberTitle> memberTitles = Registering.memberTitles(change.memberTitles());
        members.requireMembers(current.unitId(), "memberTitles", Registering.memberIds(memberTitles));
        Registration resubmitted = registrations.update(current.resubmitted(
                JsonColumns.write(change.commitments()),
                change.collectiveTitle(),
                JsonColumns.write(memberTitles),
                now));
        outbox.publish(Registering.submitted(resubmitted, change.commitments(), memberTitles, now));
        return resubmitted;
    }

    @Transactional
    public Registration withdraw(String campaignId, String id, String reason) {
        Registration current = lock(campaignId, id);
        ProblemException.orConflict(RegistrationTransitions.withdraw(current.state()));
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        Instant now = now();
        Registration withdrawn = registrations.update(current.withdrawn(why, now));
        outbox.publish(new RegistrationWithdrawn(id, campaignId, current.unitId(), why, now));
        return withdrawn;
    }

    private Registration lock(String campaignId, String id) {
        Campaign campaign = campaigns.share(campaignId);
        Registration registration = registrations
                .findByIdForUpdate(id)
                .filter(r -> r.campaignId().equals(campaignId))
                .orElseThrow(() -> ProblemException.notFound("Registration", id));
        ProblemException.orConflict(CampaignLifecycle.takePart(campaign.state()));
        return registration;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
