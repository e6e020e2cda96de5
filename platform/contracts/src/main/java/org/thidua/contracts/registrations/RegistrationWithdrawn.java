package org.thidua.contracts.registrations;

import java.time.Instant;
import org.thidua.contracts.Event;
import org.thidua.contracts.Topics;

/** A unit's registration was withdrawn (WITHDRAWN, final). */
public record RegistrationWithdrawn(
        String registrationId, String campaignId, String unitId, String reason, Instant occurredAt) implements Event {

    public static final String TYPE = "thidua.registration.withdrawn.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.REGISTRATIONS;
    }

    @Override
    public String subject() {
        return registrationId;
    }
}
