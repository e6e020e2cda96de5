package org.thidua.campaigns.registration;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.thidua.campaigns.campaign.Campaign;
import org.thidua.campaigns.campaign.CampaignLifecycle;
import org.thidua.campaigns.campaign.Campaigns;
import org.thidua.campaigns.scope.CampaignScope;
import org.thidua.campaigns.scope.UnitMembers;
import org.thidua.contracts.RecipientKind;
import org.thidua.contracts.TitleCatalogue;
import org.thidua.contracts.registrations.RegistrationSubmitted;
import org.thidua.messaging.Outbox;
import org.thidua.persistence.JsonColumns;
import org.thidua.web.Problem;
import org.thidua.web.ProblemException;

/**
 * Use case: a unit in scope registers for a running campaign, once, by the deadline (or admitted late). The members
 * it names must be active members of the unit (422 naming each {@code memberTitles[i].memberId} otherwise).
 */
@Singleton
public class Registering {

    private final RegistrationRepository registrations;
    private final Campaigns campaigns;
    private final CampaignScope scope;
    private final UnitMembers members;
    private final Outbox outbox;
    private final ZoneId zone;
    private final Clock clock = Clock.systemUTC();

    Registering(
            RegistrationRepository registrations,
            Campaigns campaigns,
            CampaignScope scope,
            UnitMembers members,
            Outbox outbox,
            @Value("${thidua.campaigns.zone:Asia/Ho_Chi_Minh}") String zone) {
        this.members = members;
        this.registrations = registrations;
        this.campaigns = campaigns;
        this.scope = scope;
        this.outbox = outbox;
        this.zone = ZoneId.of(zone);
    }

    @Transactional
    public Registration register(String campaignId, RegistrationRequest request) {
        Campaign campaign = campaigns.share(campaignId);
        ProblemException.orConflict(CampaignLifecycle.takePart(campaign.state()));
        String unitId = request.unitId().toLowerCase();
        if (registrations.existsByCampaignIdAndUnitId(campaignId, unitId)) {
            throw ProblemException.duplicate("unitId", "Unit " + unitId + " has already registered for this campaign");
        }
        if (!scope.includes(campaign, unitId)) {
            throw ProblemException.unprocessable("Unit " + unitId + " is not an active unit in the campaign's scope");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        RegistrationDeadlinePolicy.Decision deadline = RegistrationDeadlinePolicy.decide(
                LocalDate.ofInstant(now, zone), campaign.registrationDeadline(), request.lateAdmissionReason());
        if (!deadline.allowed()) {
            throw ProblemException.unprocessable(deadline.refusal());
        }
        requireTitlesInForce(campaign, request.collectiveTitle(), request.memberTitles());
        List<RegistrationRequest.MemberTitle> memberTitles = memberTitles(request.memberTitles());
        members.requireMembers(unitId, "memberTitles", memberIds(memberTitles));
        Registration registration = registrations.save(new Registration(
                UUID.randomUUID().toString(),
                campaignId,
                unitId,
                RegistrationState.SUBMITTED,
                JsonColumns.write(request.commitments()),
                request.collectiveTitle(),
                JsonColumns.write(memberTitles),
                deadline.late() ? request.lateAdmissionReason().strip() : null,
                null,
                null,
                null,
                now,
                now));
        outbox.publish(submitted(registration, request.commitments(), memberTitles, now));
        return registration;
    }

    /** 422 naming each title the regime in force for the campaign's year does not have (ADR 22). */
    static void requireTitlesInForce(
            Campaign campaign, String collectiveTitle, List<RegistrationRequest.MemberTitle> memberTitles) {
        List<Problem.Violation> violations = RegistrationTitlesPolicy.violations(
                TitleCatalogue.shipped(), campaign.year(), collectiveTitle, memberTitles);
        if (!violations.isEmpty()) {
            throw ProblemException.unprocessable(
                    "The registration aims for titles not in force for " + campaign.year(), violations);
        }
    }

    static List<RegistrationRequest.MemberTitle> memberTitles(List<RegistrationRequest.MemberTitle> titles) {
        return titles == null
                ? List.of()
                : titles.stream()
                        .map(t ->
                                new RegistrationRequest.MemberTitle(t.memberId().toLowerCase(), t.titleCode()))
                        .toList();
    }

    static List<String> memberIds(List<RegistrationRequest.MemberTitle> titles) {
        return titles.stream().map(RegistrationRequest.MemberTitle::memberId).toList();
    }

    static RegistrationSubmitted submitted(
            Registration r, List<String> commitments, List<RegistrationRequest.MemberTitle> memberTitles, Instant now) {
        List<RegistrationSubmitted.TitleAim> titles = new ArrayList<>();
        if (r.collectiveTitle() != null) {
            titles.add(new RegistrationSubmitted.TitleAim(RecipientKind.UNIT, null, r.collectiveTitle()));
        }
        memberTitles.forEach(
                t -> titles.add(new RegistrationSubmitted.TitleAim(RecipientKind.MEMBER, t.memberId(), t.titleCode())));
        return new RegistrationSubmitted(r.id(), r.campaignId(), r.unitId(), commitments, titles, now);
    }
}
