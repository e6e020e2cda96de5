package org.thidua.contracts.awards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.thidua.contracts.Event;
import org.thidua.contracts.Topics;

/**
 * An approved nomination was published (công khai) for objections for a number of working days.
 * <p>{@code nomineeName} (the member's full name, or the unit's name for a collective title), {@code unitName} and
 * {@code titleName} name what the ids mean, for notices; absent in events published before they were added.
 */
public record NominationDisclosed(
        String nominationId,
        String unitId,
        LocalDate disclosureStart,
        LocalDate disclosureEnd,
        int workingDays,
        Instant objectionDeadline,
        List<String> scopeUnitIds,
        String nomineeName,
        String unitName,
        String titleName,
        Instant occurredAt)
        implements Event {

    public static final String TYPE = "thidua.nomination.disclosed.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.AWARDS;
    }

    @Override
    public String subject() {
        return nominationId;
    }
}
