package org.thidua.awards.council;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/** A session of a council over a set of nominations; {@code members}: the council's size, the threshold's base. */
@MappedEntity("council_session")
public record CouncilSession(
        @Id String id,
        String councilId,
        LocalDate heldOn,
        State state,
        int members,
        Instant createdAt,
        @Nullable Instant closedAt) {

    /** OPEN for votes until closed explicitly; CLOSED is final. */
    public enum State {
        OPEN,
        CLOSED
    }

    CouncilSession closed(Instant now) {
        return new CouncilSession(id, councilId, heldOn, State.CLOSED, members, createdAt, now);
    }
}
