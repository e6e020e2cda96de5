package org.thidua.portal.officer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The calls of campaigns-service a unit's officer makes: its registration, covenants and score sheets. */
@Client(id = "campaigns", path = "/api/v1")
public interface OfficerCampaigns {

    @Get("/campaigns/{id}/criteria")
    List<Criterion> criteria(String id);

    @Get("/campaigns/{campaignId}/registrations{?unitId}")
    List<Registration> registrations(String campaignId, @QueryValue String unitId);

    @Post("/campaigns/{campaignId}/registrations")
    Registration register(String campaignId, @Body Map<String, Object> request);

    @Get("/registrations/{id}")
    Registration registration(String id);

    @Put("/campaigns/{campaignId}/registrations/{id}")
    Registration resubmit(String campaignId, String id, @Body Map<String, Object> change);

    @Post("/campaigns/{campaignId}/registrations/{id}/withdraw")
    Registration withdraw(String campaignId, String id, @Body Map<String, Object> reason);

    @Get("/campaigns/{campaignId}/covenants")
    List<Covenant> covenants(String campaignId);

    @Get("/campaigns/{campaignId}/covenants/{id}")
    Covenant covenant(String campaignId, String id);

    @Post("/campaigns/{campaignId}/covenants/{id}/sign")
    Covenant sign(String campaignId, String id, @Body Map<String, Object> signature);

    @Get("/score-sheets{?unitId,campaignId,page,size}")
    List<Sheet> sheets(
            @QueryValue String unitId,
            @Nullable @QueryValue String campaignId,
            @QueryValue int page,
            @QueryValue int size);

    @Get("/score-sheets/{id}")
    Sheet sheet(String id);

    @Post("/campaigns/{campaignId}/periods/{period}/score-sheets")
    Sheet startSheet(String campaignId, String period, @Body Map<String, Object> request);

    @Put("/campaigns/{campaignId}/periods/{period}/score-sheets/{id}")
    Sheet editSheet(String campaignId, String period, String id, @Body Map<String, Object> change);

    @Post("/campaigns/{campaignId}/periods/{period}/score-sheets/{id}/submit")
    Sheet submitSheet(String campaignId, String period, String id, @Body Map<String, Object> nothing);

    @Serdeable
    record Criterion(String group, String code, String name, BigDecimal maxPoints, String appliesTo) {}

    @Serdeable
    record MemberTitle(String memberId, String titleCode) {}

    @Serdeable
    record Registration(
            String id,
            String campaignId,
            String unitId,
            String state,
            List<String> commitments,
            @Nullable String collectiveTitle,
            List<MemberTitle> memberTitles,
            boolean late,
            @Nullable String lateReason,
            @Nullable String returnReason,
            @Nullable String withdrawReason,
            Instant submittedAt,
            Instant updatedAt) {}

    @Serdeable
    record Target(@Nullable String code, String description) {}

    @Serdeable
    record Party(String unitId, @Nullable Instant signedAt) {}

    @Serdeable
    record Covenant(
            String id,
            String campaignId,
            String groupId,
            String text,
            List<Target> targets,
            String state,
            List<Party> parties,
            Instant openedAt,
            @Nullable Instant signedAt) {

        /** When {@code unitId} signed, or null (not yet, or not a party). */
        @Nullable
        public Instant signedBy(String unitId) {
            for (Party party : parties) {
                if (party.unitId().equals(unitId)) {
                    return party.signedAt();
                }
            }
            return null;
        }
    }

    @Serdeable
    record Entry(
            String criterionCode,
            BigDecimal selfPoints,
            @Nullable BigDecimal reviewedPoints,
            List<String> evidence,
            @Nullable String note,
            @Nullable String reviewerNote) {}

    @Serdeable
    record Sheet(
            String id,
            String registrationId,
            String campaignId,
            String unitId,
            String period,
            String state,
            BigDecimal selfTotal,
            @Nullable BigDecimal reviewedTotal,
            @Nullable String returnReason,
            @Nullable List<Entry> entries,
            Instant createdAt,
            Instant updatedAt) {}
}
