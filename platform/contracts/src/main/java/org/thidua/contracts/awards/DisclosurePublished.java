package org.thidua.contracts.awards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.thidua.contracts.Event;
import org.thidua.contracts.RecipientKind;
import org.thidua.contracts.Topics;

/**
 * One public disclosure (công khai) as a whole: every nomination the office disclosed in one call, with one window
 * and objection deadline, and the blocks and clusters through which each reaches other units. Published once per
 * call, next to one {@link NominationDisclosed} per nomination, so a unit can be told of the whole list in one notice
 * (ADR 43). A nomination reaches its own unit and every unit sharing a group of the nomination's year with it.
 */
public record DisclosurePublished(
        String disclosureId,
        int year,
        LocalDate disclosureStart,
        LocalDate disclosureEnd,
        int workingDays,
        Instant objectionDeadline,
        List<Nominee> nominations,
        List<Group> groups,
        Instant occurredAt)
        implements Event {

    public static final String TYPE = "thidua.disclosure.published.v1";

    /** One disclosed nomination, named. */
    public record Nominee(
            String nominationId,
            int year,
            RecipientKind recipientKind,
            String unitId,
            String memberId,
            String nomineeName,
            String unitName,
            String titleCode,
            String titleName) {}

    /** A block or cluster of a year that a nominated unit is in, with all its units. */
    public record Group(String groupId, int year, List<String> unitIds) {}

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
        return disclosureId;
    }
}
