package org.thidua.campaigns.registration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A unit registers: its commitments (targets), the collective title it seeks and the titles its members seek.
 * {@code lateAdmissionReason}: the emulation office admits a registration after the deadline, saying why (once
 * security lands, only an ADMIN may send it).
 */
@Serdeable
public record RegistrationRequest(
        @NotBlank @Pattern(regexp = RegistrationRequest.UUID, message = "must be a UUID")
        String unitId,

        @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 2000) String> commitments,

        @Nullable @Pattern(regexp = RegistrationRequest.TITLE, message = "must be a title code such as " + "TTLDXS")
        String collectiveTitle,

        @Nullable @Size(max = 5000) List<@Valid @NotNull MemberTitle> memberTitles,
        @Nullable @Size(max = 2000) String lateAdmissionReason) {

    static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    static final String TITLE = "[A-Z][A-Z0-9_]{1,63}";

    /** A title one member seeks, e.g. CSTDCS. */
    @Serdeable
    public record MemberTitle(
            @NotBlank @Pattern(regexp = RegistrationRequest.UUID, message = "must be a UUID")
            String memberId,

            @NotBlank @Pattern(regexp = RegistrationRequest.TITLE, message = "must be a title code")
            String titleCode) {}

    /** What a unit sends to change a RETURNED registration and submit it again. */
    @Serdeable
    public record Change(
            @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 2000) String> commitments,

            @Nullable @Pattern(regexp = RegistrationRequest.TITLE, message = "must be a title code")
            String collectiveTitle,

            @Nullable @Size(max = 5000) List<@Valid @NotNull MemberTitle> memberTitles) {}
}
