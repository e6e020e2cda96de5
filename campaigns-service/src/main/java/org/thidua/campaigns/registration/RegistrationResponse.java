package org.thidua.campaigns.registration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import org.thidua.campaigns.inspection.InspectionResponse;
import org.thidua.persistence.JsonColumns;

@Serdeable
public record RegistrationResponse(
        String id,
        String campaignId,
        String unitId,
        RegistrationState state,
        List<String> commitments,
        @Nullable String collectiveTitle,
        List<RegistrationRequest.MemberTitle> memberTitles,
        boolean late,
        @Nullable String lateReason,
        @Nullable String returnReason,
        @Nullable String withdrawReason,
        @Nullable List<InspectionResponse> inspections,
        long version,
        Instant submittedAt,
        Instant updatedAt) {

    static RegistrationResponse of(Registration r, @Nullable List<InspectionResponse> inspections) {
        return new RegistrationResponse(
                r.id(),
                r.campaignId(),
                r.unitId(),
                r.state(),
                JsonColumns.readList(r.commitments(), String.class),
                r.collectiveTitle(),
                JsonColumns.readList(r.memberTitles(), RegistrationRequest.MemberTitle.class),
                r.lateReason() != null,
                r.lateReason(),
                r.returnReason(),
                r.withdrawReason(),
                inspections,
                r.version() == null ? 0 : r.version(),
                r.submittedAt(),
                r.updatedAt());
    }
}
