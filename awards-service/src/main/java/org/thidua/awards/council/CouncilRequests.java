package org.thidua.awards.council;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** The bodies of the council's API. */
public final class CouncilRequests {

    private CouncilRequests() {}

    /** A council and its members, exactly one of them the chair. */
    @Serdeable
    public record Forming(
            @NotBlank @Size(max = 500) String name,
            @NotEmpty @Size(max = 200) List<@Valid @NotNull Member> members) {}

    /** {@code chair} left out means an ordinary member. */
    @Serdeable
    public record Member(
            @NotBlank @Size(max = 64) String memberId,
            @NotBlank @Size(max = 500) String fullName,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED, defaultValue = "false")
            boolean chair) {}

    /** A session over PROPOSED nominations, held on {@code heldOn} (default today). */
    @Serdeable
    public record Convening(
            @NotEmpty @Size(max = 5000) List<@NotBlank String> nominationIds,
            @Nullable LocalDate heldOn) {}

    /**
     * One member's ballot: a vote on each of some nominations of the session. {@code memberId}: the voting council
     * member, which must be the caller's token's {@code member_id} (a ballot is cast by the member itself).
     */
    @Serdeable
    public record Ballot(
            @NotBlank @Size(max = 64) String memberId,
            @NotEmpty @Size(max = 5000) List<@Valid @NotNull Choice> votes) {}

    @Serdeable
    public record Choice(
            @NotBlank String nominationId, @NotNull Vote.Choice choice) {}
}
