package org.thidua.campaigns.inspection;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.validation.Validated;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import org.thidua.campaigns.campaign.Campaigns;
import org.thidua.campaigns.registration.Registration;
import org.thidua.campaigns.registration.RegistrationRepository;
import org.thidua.campaigns.scope.UnitReads;
import org.thidua.security.Roles;
import org.thidua.web.ProblemAnswers;

@Secured(Roles.ADMIN)
@Controller("/api/v1/campaigns/{campaignId}/inspections")
@Tag(name = "inspections")
@Validated
@ProblemAnswers
public class InspectionController {

    private final RecordingInspection recording;
    private final InspectionRepository inspections;
    private final Campaigns campaigns;
    private final RegistrationRepository registrations;
    private final UnitReads reads;

    InspectionController(
            RecordingInspection recording,
            InspectionRepository inspections,
            Campaigns campaigns,
            RegistrationRepository registrations,
            UnitReads reads) {
        this.recording = recording;
        this.inspections = inspections;
        this.campaigns = campaigns;
        this.registrations = registrations;
        this.reads = reads;
    }

    @Post
    @Status(HttpStatus.CREATED)
    HttpResponse<InspectionResponse> record(String campaignId, @Body @Valid InspectionRequest request) {
        Inspection inspection = recording.record(campaignId, request);
        return HttpResponse.created(
                InspectionResponse.of(inspection),
                URI.create("/api/v1/campaigns/" + campaignId + "/inspections/" + inspection.id()));
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("{?registrationId,page,size}")
    List<InspectionResponse> list(
            String campaignId,
            @Nullable @QueryValue String registrationId,
            @QueryValue(defaultValue = "0") @Min(0) int page,
            @QueryValue(defaultValue = "20") @Min(1) @Max(500) int size) {
        campaigns.get(campaignId);
        Pageable pageable = Pageable.from(page, size, Sort.of(Sort.Order.asc("inspectedOn"), Sort.Order.asc("id")));
        if (registrationId != null) {
            registrations
                    .findByIdAndCampaignId(registrationId, campaignId)
                    .ifPresent(registration -> reads.requireReadable(registration.unitId()));
            return inspections
                    .findByCampaignIdAndRegistrationId(campaignId, registrationId, pageable)
                    .getContent()
                    .stream()
                    .map(InspectionResponse::of)
                    .toList();
        }
        UnitReads.Readable readable = reads.readable();
        if (readable.everyUnit()) {
            return inspections.findByCampaignId(campaignId, pageable).getContent().stream()
                    .map(InspectionResponse::of)
                    .toList();
        }
        List<String> readableRegistrations = readable.none()
                ? List.of()
                : registrations.findByCampaignIdAndUnitIdIn(campaignId, readable.units()).stream()
                        .map(Registration::id)
                        .toList();
        if (readableRegistrations.isEmpty()) {
            return List.of();
        }
        return inspections
                .findByCampaignIdAndRegistrationIdIn(campaignId, readableRegistrations, pageable)
                .getContent()
                .stream()
                .map(InspectionResponse::of)
                .toList();
    }
}
