package org.thidua.portal.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;

/** campaigns-service's score sheets, as a reviewer reads and reviews them (ADR 23). */
@Client(id = "campaigns", path = "/api/v1")
interface ReviewClient {

    @Get("/score-sheets{?groupId,state,page,size}")
    List<Sheet> sheets(
            @QueryValue String groupId, @QueryValue String state, @QueryValue int page, @QueryValue int size);

    @Get("/score-sheets/{id}")
    Sheet sheet(String id);

    @Get("/campaigns/{id}/criteria")
    List<Criterion> criteria(String id);

    @Post("/campaigns/{campaignId}/periods/{period}/score-sheets/{id}/review")
    Sheet review(String campaignId, String period, String id, @Body Review review);

    @Post("/campaigns/{campaignId}/periods/{period}/score-sheets/{id}/return")
    Sheet giveBack(String campaignId, String period, String id, @Body Reason reason);

    @Serdeable
    record Sheet(
            String id,
            String campaignId,
            String unitId,
            String period,
            String state,
            BigDecimal selfTotal,
            @Nullable BigDecimal reviewedTotal,
            @Nullable String returnReason,
            @Nullable List<Entry> entries,
            long version) {}

    @Serdeable
    record Entry(
            String criterionCode,
            BigDecimal selfPoints,
            @Nullable BigDecimal reviewedPoints,
            @Nullable List<String> evidence,
            @Nullable String note,
            @Nullable String reviewerNote) {}

    @Serdeable
    record Criterion(@Nullable String group, String code, String name, BigDecimal maxPoints) {}

    @Serdeable
    record Review(List<ReviewedEntry> entries) {}

    @Serdeable
    record ReviewedEntry(
            String criterionCode,
            BigDecimal points,
            @Nullable String note) {}

    @Serdeable
    record Reason(@Nullable String reason) {}
}
