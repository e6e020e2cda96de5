package org.thidua.awards.nomination;

import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.validation.Validated;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.thidua.awards.council.AwardsReads;
import org.thidua.awards.directory.Directory;
import org.thidua.security.Caller;
import org.thidua.security.Callers;
import org.thidua.security.Roles;
import org.thidua.web.ProblemAnswers;
import org.thidua.web.ProblemException;
import org.thidua.web.ReasonRequest;

/**
 * ADMIN nominates by hand, withdraws, discloses and resolves objections; anyone with a role objects. Who reads what:
 * ADR 65 ({@link AwardsReads}). Who
 * acts is the token's subject.
 */
@Secured(Roles.ADMIN)
@Controller("/api/v1/nominations")
@Tag(name = "nominations")
@Validated
@ProblemAnswers
public class NominationController {

    private final Nominating nominating;
    private final DisclosingNominations disclosing;
    private final WithdrawingNomination withdrawing;
    private final Nominations nominees;
    private final Objecting objecting;
    private final NominationRepository nominations;
    private final ObjectionRepository objections;
    private final NominationQueries queries;
    private final Callers callers;
    private final AwardsReads reads;

    NominationController(
            Nominating nominating,
            DisclosingNominations disclosing,
            WithdrawingNomination withdrawing,
            Nominations nominees,
            Objecting objecting,
            NominationRepository nominations,
            ObjectionRepository objections,
            NominationQueries queries,
            Callers callers,
            AwardsReads reads) {
        this.reads = reads;
        this.nominating = nominating;
        this.disclosing = disclosing;
        this.withdrawing = withdrawing;
        this.nominees = nominees;
        this.objecting = objecting;
        this.nominations = nominations;
        this.objections = objections;
        this.queries = queries;
        this.callers = callers;
    }

    @Post
    @Operation(summary = "Nominate by hand (ADMIN)", description = """
            For an extraordinary achievement, with grounds. 400 for an unknown title, a recipient of the wrong kind \
            or not known; 409 when the title is already nominated or awarded for that recipient and year.""")
    @Status(HttpStatus.CREATED)
    HttpResponse<NominationResponse> propose(@Body @Valid NominationRequest request) {
        Nomination n = ProblemException.duplicateOnUniqueKey(
                "titleCode",
                Nominating.duplicate(
                                request.titleCode(),
                                request.memberId() == null ? request.unitId() : request.memberId(),
                                request.year())
                        .getMessage(),
                () -> nominating.proposeManually(request, callers.current().subject()));
        return HttpResponse.created(namedOne(n), URI.create("/api/v1/nominations/" + n.id()));
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("{?year,state,titleCode,unitId,memberId,campaignId,page,size}")
    @Transactional(readOnly = true)
    List<NominationResponse> list(
            @Nullable @QueryValue Integer year,
            @Nullable @QueryValue NominationState state,
            @Nullable @QueryValue String titleCode,
            @Nullable @QueryValue String unitId,
            @Nullable @QueryValue String memberId,
            @Nullable @QueryValue String campaignId,
            @QueryValue(defaultValue = "0") @Min(0) int page,
            @QueryValue(defaultValue = "50") @Min(1) @Max(1000) int size) {
        return named(queries.list(
                new NominationQueries.Criteria(year, state, titleCode, unitId, memberId, campaignId), page, size));
    }

    /** The nominations as answered, with the names of their nominees and units. */
    private List<NominationResponse> named(List<Nomination> found) {
        Directory.Names names = nominees.names(found);
        return found.stream().map(n -> NominationResponse.of(n, names)).toList();
    }

    private NominationResponse namedOne(Nomination nomination) {
        return named(List.of(nomination)).get(0);
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("/{id}")
    NominationResponse get(String id) {
        Nomination nomination = nominations.findById(id).orElseThrow(() -> ProblemException.notFound("Nomination", id));
        reads.requireNomination(nomination);
        return namedOne(nomination);
    }

    @Post("/{id}/withdraw")
    NominationResponse withdraw(String id, @Body @Valid ReasonRequest request) {
        return namedOne(withdrawing.withdraw(id, request.reason()));
    }

    @Post("/disclose")
    @Operation(summary = "Publish APPROVED nominations for objections", description = """
            From startDate (default today, or the day the council approved if later; the first working day on or \
            after it) for the configured number of working days, weekends and configured holidays skipped. \
            startDate may not be in the past (Vietnam's calendar) nor before the council approved: 400 naming it. \
            All or none. onPaper: the disclosure was already held on paper (history entered later, ADR 86): startDate \
            is then required and may be past, but not in the future nor before the council's session (400 naming \
            it); the end is computed the same way and no notice is sent.""")
    List<NominationResponse> disclose(@Body @Valid DisclosureRequest request) {
        return named(disclosing.disclose(
                request.nominationIds(), request.startDate(), Boolean.TRUE.equals(request.onPaper())));
    }

    /** Anyone with a role objects, as the token's subject and in one of its roles. */
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Post("/{id}/objections")
    @Status(HttpStatus.CREATED)
    HttpResponse<Objection> object(String id, @Body @Valid ObjectionRequest request) {
        Caller caller = callers.current();
        Objection objection = objecting.file(id, request, caller.subject(), ObjectorRole.of(caller, request.role()));
        return HttpResponse.created(
                objection, URI.create("/api/v1/nominations/" + id + "/objections/" + objection.id()));
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("/{id}/objections")
    List<Objection> objections(String id) {
        reads.requireObjections(
                nominations.findById(id).orElseThrow(() -> ProblemException.notFound("Nomination", id)));
        return objections.findByNominationIdOrderByFiledAt(id);
    }

    @Post("/{id}/objections/{objectionId}/resolve")
    Objection resolve(String id, String objectionId, @Body @Valid ResolutionRequest request) {
        return objecting.resolve(id, objectionId, request, callers.current().subject());
    }

    /** Which APPROVED nominations to disclose, and from when; {@code onPaper}: it was already held on paper. */
    @Serdeable
    public record DisclosureRequest(
            @NotEmpty @Size(max = 1000) List<@NotBlank String> nominationIds,
            @Nullable LocalDate startDate,
            @Nullable Boolean onPaper) {}
}
