package org.thidua.units.group;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A group's members after a change, and the difference (as thidua.group.membership.changed.v1 carries them). */
@Serdeable
public record MembershipResponse(
        String groupId, int year, List<String> unitIds, List<String> added, List<String> removed) {}
