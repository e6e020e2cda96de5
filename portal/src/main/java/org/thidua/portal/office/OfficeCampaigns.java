package org.thidua.portal.office;

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
import java.time.LocalDate;
import java.util.List;

/** What the emulation office asks of campaigns-service: drafting, the lifecycle, registrations, progress, rankings. */
@Client(id = "campaigns", path = "/api/v1")
interface OfficeCampaigns {

    @Post("/campaigns")
    Draft create(@Body CampaignRequest request);

    @Get("/campaigns/{id}")
    Draft campaign(String id);

    @Put("/campaigns/{id}")
    Draft replace(String id, @Body CampaignRequest request);

    @Put("/campaigns/{id}/criteria")
    List<Criterion> replaceCriteria(String id, @Body List<Criterion> criteria);

    @Post("/campaigns/{id}/launch")
    Draft launch(String id);

    @Post("/campaigns/{id}/start")
    Draft start(String id);

    @Post("/campaigns/{id}/close")
    Draft close(String id);

    @Post("/campaigns/{id}/cancel")
    Draft cancel(String id, @Body Reason reason);

    @Get("/campaigns/{id}/registrations{?unitId,state,page,size}")
    List<Registration> registrations(
            String id,
            @Nullable @QueryValue String unitId,
            @Nullable @QueryValue String state,
            @QueryValue int page,
            @QueryValue int size);

    @Post("/campaigns/{id}/registrations/{registrationId}/accept")
    Registration accept(String id, String registrationId);

    @Post("/campaigns/{id}/registrations/{registrationId}/return")
    Registration giveBack(String id, String registrationId, @Body Reason reason);

    @Get("/campaigns/{id}/progress")
    Progress progress(String id);

    @Post("/campaigns/{id}/reminders")
    Reminded remind(String id);

    @Post("/campaigns/{id}/periods/{period}/finalize")
    Ranking finalizePeriod(String id, String period, @Body Finalize request);

    @Get("/campaigns/{id}/periods/{period}/ranking")
    Ranking ranking(String id, String period);

    @Serdeable
    record CampaignRequest(
            String code,
            String title,
            String theme,
            String kind,
            @Nullable Integer year,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            @Nullable LocalDate registrationDeadline,
            Scope scope,
            List<PeriodRequest> periods,
            @Nullable List<Criterion> criteria) {}

    @Serdeable
    record Scope(boolean allUnits, List<String> groupIds) {}

    @Serdeable
    record PeriodRequest(
            String period,
            @Nullable LocalDate endDate,
            @Nullable LocalDate submissionDeadline) {}

    @Serdeable
    record Criterion(
            String group,
            String code,
            String name,
            @Nullable BigDecimal maxPoints,
            String appliesTo) {}

    /** The campaign as the office edits it (the whole answer of {@code GET /campaigns/{id}}). */
    @Serdeable
    record Draft(
            String id,
            String code,
            String title,
            String theme,
            String kind,
            int year,
            LocalDate startDate,
            LocalDate endDate,
            LocalDate registrationDeadline,
            Scope scope,
            List<Period> periods,
            List<Criterion> criteria,
            String state,
            @Nullable String cancelReason) {

        CampaignRequest request(Scope newScope) {
            return new CampaignRequest(
                    code,
                    title,
                    theme,
                    kind,
                    year,
                    startDate,
                    endDate,
                    registrationDeadline,
                    newScope,
                    periods.stream()
                            .map(p -> new PeriodRequest(p.period(), p.endDate(), p.submissionDeadline()))
                            .toList(),
                    null);
        }
    }

    @Serdeable
    record Period(
            String period,
            LocalDate endDate,
            LocalDate submissionDeadline,
            String state,
            @Nullable Instant finalizedAt) {}

    @Serdeable
    record Reason(@Nullable String reason) {}

    @Serdeable
    record Registration(
            String id,
            String campaignId,
            String unitId,
            String state,
            List<String> commitments,
            @Nullable String collectiveTitle,
            boolean late,
            @Nullable String lateReason,
            @Nullable String returnReason) {}

    @Serdeable
    record Progress(String campaignId, String state, List<UnitProgress> units) {}

    @Serdeable
    record UnitProgress(
            String unitId,
            @Nullable String unitName,
            List<GroupRef> groups,
            @Nullable Step registration,
            @Nullable Boolean covenantSigned,
            @Nullable Step midYear,
            @Nullable Step yearEnd,
            @Nullable Reminder lastReminder) {}

    @Serdeable
    record GroupRef(String groupId, @Nullable String groupName) {}

    @Serdeable
    record Step(String id, String state) {}

    @Serdeable
    record Reminder(Instant sentAt, String kind, @Nullable String period, boolean byHand) {}

    @Serdeable
    record Reminded(int reminded, List<String> unitIds) {}

    @Serdeable
    record Finalize(List<String> excludedUnitIds, @Nullable String reason) {}

    @Serdeable
    record Ranking(
            String campaignId,
            String period,
            LocalDate periodEndDate,
            Instant finalizedAt,
            List<Group> groups,
            List<Excluded> excluded) {}

    @Serdeable
    record Group(String groupId, @Nullable String groupName, List<Entry> entries) {}

    @Serdeable
    record Entry(String unitId, @Nullable String unitName, BigDecimal totalPoints, int rank) {}

    @Serdeable
    record Excluded(
            String unitId,
            @Nullable String unitName,
            @Nullable String groupId,
            String reason) {}
}
