package org.thidua.contracts.registrations;

import java.time.Instant;
import org.thidua.contracts.Event;
import org.thidua.contracts.Topics;

/** The emulation office accepted a unit's registration (ACCEPTED). */
public record RegistrationAccepted(String registrationId, String campaignId, String unitId, Instant occurredAt)
        implements Event {

    public static final String TYPE = "thidua.registration.accepted.v1";

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
