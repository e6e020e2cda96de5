package org.thidua.contracts.units;

import java.time.Instant;
import java.util.List;
import org.thidua.contracts.Event;
import org.thidua.contracts.Topics;

/** A unit's contacts changed; carries the whole list after the change (an empty list: no contact left). */
public record ContactChanged(String unitId, List<Contact> contacts, Instant occurredAt) implements Event {

    public static final String TYPE = "thidua.contact.changed.v1";

    /** One address notices for the unit go to. */
    public record Contact(String email, Role role, String name) {}

    /** Why the contact is addressed. */
    public enum Role {
        /** The head of the unit (thủ trưởng). */
        HEAD,
        /** The officer in charge of emulation and commendation (cán bộ thi đua). */
        EMULATION_OFFICER,
        /** A general mailbox of the unit. */
        GENERAL
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.UNITS;
    }

    @Override
    public String subject() {
        return unitId;
    }
}
