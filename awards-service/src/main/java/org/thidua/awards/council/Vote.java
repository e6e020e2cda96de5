package org.thidua.awards.council;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One member's secret vote on one nomination in one session: stored to be counted, never listed. */
@MappedEntity("vote")
public record Vote(
        @Id @GeneratedValue @Nullable Long id, String sessionId, String nominationId, String memberId, Choice choice) {

    public enum Choice {
        APPROVE,
        REJECT,
        ABSTAIN
    }
}
