package org.thidua.campaigns.registration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;

/**
 * A unit's registration (đăng ký thi đua) in a campaign: its commitments and the titles it and its members aim
 * for ({@code commitments} and {@code memberTitles} are JSON lists).
 */
@MappedEntity("registration")
public record Registration(
        @Id String id,
        String campaignId,
        String unitId,
        RegistrationState state,
        String commitments,
        @Nullable String collectiveTitle,
        String memberTitles,
        @Nullable String lateReason,
        @Nullable String returnReason,
        @Nullable String withdrawReason,
        @Version Long version,
        Instant submittedAt,
        Instant updatedAt) {

    Registration returned(String reason, Instant now) {
        return new Registration(
                id,
                campaignId,
                unitId,
                RegistrationState.RETURNED,
                commitments,
                collectiveTitle,
                memberTitles,
                lateReason,
                reason,
                withdrawReason,
                version,
                submittedAt,
                now);
    }

    Registration withState(RegistrationState next, Instant now) {
        return new Registration(
                id,
                campaignId,
                unitId,
                next,
                commitments,
                collectiveTitle,
                memberTitles,
                lateReason,
                returnReason,
                withdrawReason,
                version,
                submittedAt,
                now);
    }

    Registration withdrawn(@Nullable String reason, Instant now) {
        return new Registration(
                id,
                campaignId,
                unitId,
                RegistrationState.WITHDRAWN,
                commitments,
                collectiveTitle,
                memberTitles,
                lateReason,
                returnReason,
                reason,
                version,
                submittedAt,
                now);
    }

    Registration resubmitted(
            String newCommitments, @Nullable String newCollectiveTitle, String newMemberTitles, Instant now) {
        return new Registration(
                id,
                campaignId,
                unitId,
                RegistrationState.SUBMITTED,
                newCommitments,
                newCollectiveTitle,
                newMemberTitles,
                lateReason,
                returnReason,
                withdrawReason,
                version,
                now,
                now);
    }
}
