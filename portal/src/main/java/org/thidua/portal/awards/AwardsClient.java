package org.thidua.portal.awards;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** awards-service's API, as the nominations, decisions and registry pages use it. */
@Client(id = "awards", path = "/api/v1")
public interface AwardsClient {

    @Get("/nominations{?year,state,titleCode,unitId,page,size}")
    List<Nomination> nominations(
            @Nullable @QueryValue Integer year,
            @Nullable @QueryValue String state,
            @Nullable @QueryValue String titleCode,
            @Nullable @QueryValue String unitId,
            @QueryValue int page,
            @QueryValue int size);

    @Post("/nominations")
    Nomination propose(@Body NominationRequest request);

    @Get("/nominations/{id}")
    Nomination nomination(String id);

    @Get("/nominations/{id}/objections")
    List<Objection> objections(String id);

    @Post("/nominations/{id}/objections")
    Objection object(String id, @Body ObjectionRequest request);

    @Post("/nominations/{id}/objections/{objectionId}/resolve")
    Objection resolve(String id, String objectionId, @Body ResolutionRequest request);

    @Post("/nominations/{id}/withdraw")
    Nomination withdraw(String id, @Body ReasonRequest request);

    @Post("/nominations/disclose")
    List<Nomination> disclose(@Body DisclosureRequest request);

    @Post("/decisions")
    Decision issue(@Body DecisionRequest request);

    @Get("/decisions/{id}")
    Decision decision(String id);

    @Post("/decisions/{id}/awards/{awardId}/revoke")
    Award revoke(String id, String awardId, @Body ReasonRequest request);

    @Get("/awards{?unitId,titleCode,year,state,page,size}")
    List<Award> awards(
            @Nullable @QueryValue String unitId,
            @Nullable @QueryValue String titleCode,
            @Nullable @QueryValue Integer year,
            @Nullable @QueryValue String state,
            @QueryValue int page,
            @QueryValue int size);

    @Get("/titles")
    TitleCatalogue titles();

    @Serdeable
    record TitleCatalogue(List<Title> titles) {}

    @Serdeable
    record Title(String code, String nameVi, String nameEn) {}

    /** A nomination, named: {@code nomineeName} is the member's or (collective title) the unit's name. */
    @Serdeable
    record Nomination(
            String id,
            int year,
            String recipientKind,
            String unitId,
            @Nullable String memberId,
            @Nullable String nomineeName,
            @Nullable String unitName,
            String titleCode,
            String titleName,
            List<Ground> grounds,
            String state,
            @Nullable LocalDate disclosureStart,
            @Nullable LocalDate disclosureEnd,
            @Nullable String decisionId,
            @Nullable String reason,
            @Nullable String ruleSetId) {}

    /** One ground; {@code explanationVi}/{@code explanationEn} null for older grounds and the office's reasons. */
    @Serdeable
    record Ground(
            String condition,
            boolean passed,
            String reason,
            @Nullable String explanationVi,
            @Nullable String explanationEn) {

        /** What the person reads, in {@code lang} ({@link GroundText}). */
        public String text(String lang) {
            return GroundText.of(lang, explanationVi, explanationEn, reason, condition);
        }
    }

    @Serdeable
    record Objection(
            String id,
            String nominationId,
            String role,
            String text,
            String state,
            @Nullable String resolution,
            Instant filedAt) {}

    /** A nomination by hand: {@code memberId} null for the unit's collective title. */
    @Serdeable
    record NominationRequest(
            int year,
            @Nullable String titleCode,
            String recipientKind,
            @Nullable String unitId,
            @Nullable String memberId,
            List<String> grounds) {}

    @Serdeable
    record ObjectionRequest(String text) {}

    @Serdeable
    record ResolutionRequest(
            @Nullable String outcome, @Nullable String resolution) {}

    @Serdeable
    record ReasonRequest(@Nullable String reason) {}

    /** {@code onPaper}: the disclosure was already held on paper, from {@code startDate} (ADR 86). */
    @Serdeable
    record DisclosureRequest(
            List<String> nominationIds,
            @Nullable LocalDate startDate,
            @Nullable Boolean onPaper) {}

    /**
     * A decision as issued: signed on {@code decisionDate}, with the rule set ({@code ruleSetId}, its
     * {@code ruleSetSource}) and base salary its bonuses were computed with (null before issue 16, ADR 85).
     */
    @Serdeable
    record Decision(
            String id,
            String number,
            String organisation,
            int year,
            LocalDate decisionDate,
            Signer signer,
            List<Award> awards,
            @Nullable String ruleSetId,
            @Nullable String ruleSetSource,
            @Nullable BigDecimal baseSalary) {}

    @Serdeable
    record Signer(@Nullable String name, @Nullable String position) {}

    /** {@code signedOn} as typed (yyyy-MM-dd from a date input): awards-service reads and checks it (ADR 85). */
    @Serdeable
    record DecisionRequest(
            @Nullable String organisation,
            Signer signer,
            List<String> nominationIds,
            @Nullable String signedOn) {}

    /**
     * An award of the registry: its recipient by ids, its title named, its bonus in đồng; the title's multiple it was
     * issued with and, when it pays less than multiple × base salary (one achievement, one bonus), why.
     */
    @Serdeable
    record Award(
            String id,
            @Nullable String decisionId,
            @Nullable String decisionNumber,
            String recipientKind,
            String unitId,
            @Nullable String memberId,
            String titleCode,
            String titleName,
            int year,
            BigDecimal bonusAmount,
            @Nullable LocalDate decidedOn,
            String state,
            @Nullable String revokeReason,
            @Nullable BigDecimal bonusMultiple,
            @Nullable String bonusNote) {}
}
