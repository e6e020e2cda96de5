package org.thidua.awards.nomination;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** An objection (phản ánh, kiến nghị) to a disclosed nomination; while OPEN, the nomination cannot be decided. */
@Serdeable
@MappedEntity("objection")
public record Objection(
        @Id String id,
        String nominationId,
        String filedBy,
        Role role,
        String text,
        State state,
        @Nullable String resolution,
        @Nullable String resolvedBy,
        Instant filedAt,
        @Nullable Instant resolvedAt) {

    /** The roles of the suite (docs/domain.md): anyone with one may object. */
    public enum Role {
        ADMIN,
        UNIT_OFFICER,
        REVIEWER,
        COUNCIL_MEMBER,
        VIEWER
    }

    /** OPEN until resolved: DISMISSED (the nomination stands) or UPHELD (it is withdrawn). */
    public enum State {
        OPEN,
        DISMISSED,
        UPHELD
    }

    Objection resolved(State outcome, String why, String by, Instant now) {
        return new Objection(id, nominationId, filedBy, role, text, outcome, why, by, filedAt, now);
    }
}
