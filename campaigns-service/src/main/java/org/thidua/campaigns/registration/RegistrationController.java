package org.thidua.campaigns.registration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.validation.Validated;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import org.thidua.campaigns.campaign.Campaigns;
import org.thidua.campaigns.scope.UnitReads;
import org.thidua.security.Callers;
import org.thidua.security.Roles;
import org.thidua.web.ProblemAnswers;
import org.thidua.web.ProblemException;
import org.thidua.web.ReasonRequest;

@Secured(Roles.ADMIN)
@Controller("/api/v1/campaigns/{campaignId}/registrations")
@Tag(name = "registrations")
@Validated
@ProblemAnswers
public class RegistrationController {

    private final Registering registering;
    private final ChangingRegistration changing;
    private final RegistrationRepository registrations;
    private final ReadingRegistration reading;
    private final Campaigns campaigns;
    private final Callers callers;
    private final UnitReads reads;

    RegistrationController(
            Registering registering,
            ChangingRegistration changing,
            RegistrationRepository registrations,
            ReadingRegistration reading,
            Campaigns campaigns,
            Callers callers,
            UnitReads reads) {
        this.registering = registering;
        this.changing = changing;
        this.registrations = registrations;
        this.reading = reading;
        this.campaigns = campaigns;
        this.callers = callers;
        this.reads = reads;
    }

    /**
     * A unit registers (its officer, or ADMIN for it): 409 if it has already, 422 out of scope or after the deadline
     * (unless ADMIN admits it late).
     */
    @Secured({Roles.ADMIN, Roles.UNIT_OFFICER})
    @Post
    @Status(HttpStatus.CREATED)
    HttpResponse<RegistrationResponse> register(String campaignId, @Body @Valid RegistrationRequest request) {
        callers.requireActingFor(request.unitId());
        if (request.lateAdmissionReason() != null) {
            callers.requireOffice("admit a registration late");
        }
        Registration registration = ProblemException.duplicateOnUniqueKey(
                "unitId",
                "Unit " + request.unitId() + " has already registered for this campaign",
                () -> registering.register(campaignId, request));
        return HttpResponse.created(
                RegistrationResponse.of(registration, null),
                URI.create("/api/v1/campaigns/" + campaignId + "/registrations/" + registration.id()));
    }

    /**
     * The campaign's registrations the caller may read (ADR 65), in a state and of a unit when asked: a unit the caller
     * may not read gives an empty list, as a filter does, not a refusal.
     */
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("{?unitId,state,page,size}")
    List<RegistrationResponse> list(
            String campaignId,
            @Nullable @QueryValue @Size(max = 64) String unitId,
            @Nullable @QueryValue RegistrationState state,
            @QueryValue(defaultValue = "0") @Min(0) int page,
            @QueryValue(defaultValue = "20") @Min(1) @Max(500) int size) {
        campaigns.get(campaignId);
        Pageable pageable = Pageable.from(page, size, Sort.of(Sort.Order.asc("submittedAt"), Sort.Order.asc("id")));
        UnitReads.Readable readable = reads.readable();
        Collection<String> units = unitId == null
                ? (readable.everyUnit() ? null : readable.units())
                : readable.includes(unitId.strip().toLowerCase())
                        ? List.of(unitId.strip().toLowerCase())
                        : List.of();
        if (units != null && units.isEmpty()) {
            return List.of();
        }
        return (units == null
                        ? (state == null
                                ? registrations.findByCampaignId(campaignId, pageable)
                                : registrations.findByCampaignIdAndState(campaignId, state, pageable))
                        : state == null
                                ? registrations.findByCampaignIdAndUnitIdIn(campaignId, units, pageable)
                                : registrations.findByCampaignIdAndStateAndUnitIdIn(campaignId, state, units, pageable))
                .getContent().stream()
                        .map(r -> RegistrationResponse.of(r, null))
                        .toList();
    }

    /** The registration with the inspections recorded against it. */
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("/{id}")
    RegistrationResponse get(String campaignId, String id) {
        return reading.readable(registrations
                .findByIdAndCampaignId(id, campaignId)
                .orElseThrow(() -> ProblemException.notFound("Registration", id)));
    }

    /** Changes a RETURNED registration and submits it again (its unit's officer, or ADMIN). */
    @Secured({Roles.ADMIN, Roles.UNIT_OFFICER})
    @Put("/{id}")
    @Transactional
    RegistrationResponse resubmit(String campaignId, String id, @Body @Valid RegistrationRequest.Change change) {
        requireActingForUnitOf(campaignId, id);
        return RegistrationResponse.of(changing.resubmit(campaignId, id, change), null);
    }

    @Post("/{id}/accept")
    RegistrationResponse accept(String campaignId, String id) {
        return RegistrationResponse.of(changing.accept(campaignId, id), null);
    }

    @Post("/{id}/return")
    RegistrationResponse giveBack(String campaignId, String id, @Body @Valid ReasonRequest request) {
        return RegistrationResponse.of(changing.giveBack(campaignId, id, request.reason()), null);
    }

    @Secured({Roles.ADMIN, Roles.UNIT_OFFICER})
    @Post("/{id}/withdraw")
    @Transactional
    RegistrationResponse withdraw(String campaignId, String id, @Nullable @Body @Valid ReasonRequest request) {
        requireActingForUnitOf(campaignId, id);
        return RegistrationResponse.of(
                changing.withdraw(campaignId, id, request == null ? null : request.reason()), null);
    }

    /**
     * 403 unless the caller acts for the registration's unit; an unknown registration is left to the use case. Read in
     * the use case's transaction (the calling method is {@code @Transactional}, the use case joins it): one
     * transaction per request, not a read-only one before it.
     */
    private void requireActingForUnitOf(String campaignId, String id) {
        registrations.findByIdAndCampaignId(id, campaignId).ifPresent(r -> callers.requireActingFor(r.unitId()));
    }
}
