package org.thidua.contracts.registrations;

import java.time.Instant;
import java.util.List;
import org.thidua.contracts.Event;
import org.thidua.contracts.RecipientKind;
import org.thidua.contracts.Topics;

/** A unit submitted or resubmitted its registration (đăng ký thi đua): its commitments and the titles it aims at. */
public record RegistrationSubmitted(
        String registrationId,
        String campaignId,
        String unitId,
        List<String> commitments,
        List<TitleAim> titles,
        Instant occurredAt)
        implements Event {

    public static final String TYPE = "thidua.registration.submitted.v1";

    /** A title the unit ({@code memberId} null) or one of its members aims for. */
    public record TitleAim(RecipientKind recipientKind, String memberId, String titleCode) {}

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
