package org.thidua.portal.services;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/** campaigns-service's API, as the pages use it. */
@Client(id = "campaigns", path = "/api/v1")
public interface CampaignsClient {

    @Get("/campaigns{?year,state,page,size}")
    Page<CampaignSummary> campaigns(
            @Nullable @QueryValue Integer year,
            @Nullable @QueryValue String state,
            @QueryValue int page,
            @QueryValue int size);

    @Get("/campaigns/{id}")
    Campaign campaign(String id);

    @Serdeable
    record CampaignSummary(
            String id,
            String code,
            String title,
            String kind,
            int year,
            String state,
            @Nullable LocalDate registrationDeadline) {}

    @Serdeable
    record Campaign(
            String id,
            String code,
            String title,
            @Nullable String theme,
            String kind,
            int year,
            LocalDate startDate,
            LocalDate endDate,
            @Nullable LocalDate registrationDeadline,
            List<Period> periods,
            String state,
            @Nullable String cancelReason,
            @Nullable String launchEventId) {}

    @Serdeable
    record Period(String period, LocalDate endDate, LocalDate submissionDeadline, String state) {}
}
