package org.thidua.contracts.registrations;

import java.time.Instant;
import org.thidua.contracts.Event;
import org.thidua.contracts.Topics;

/** The emulation office returned a unit's registration for changes (RETURNED), with the reason. */
public record RegistrationReturned(
        String registrationId, String campaignId, String unitId, String reason, Instant occurredAt) implements Event {

    public static final String TYPE = "thidua.registration.returned.v1";

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
