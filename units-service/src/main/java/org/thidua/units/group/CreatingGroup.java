package org.thidua.units.group;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.UUID;
import org.thidua.contracts.groups.GroupCreated;
import org.thidua.messaging.Outbox;
import org.thidua.units.Timestamps;
import org.thidua.units.text.VietnameseText;
import org.thidua.web.ProblemException;

/** Use case: create a block or cluster for one year ({@code thidua.group.created.v1}). */
@Singleton
public class CreatingGroup {

    private final GroupRepository groups;
    private final Outbox outbox;

    CreatingGroup(GroupRepository groups, Outbox outbox) {
        this.groups = groups;
        this.outbox = outbox;
    }

    @Transactional
    public Group create(GroupRequest request) {
        String code = request.code().strip();
        if (groups.existsByYearAndCode(request.year(), code)) {
            throw duplicate(request);
        }
        Instant now = Timestamps.now();
        Group group = groups.save(new Group(
                UUID.randomUUID().toString(),
                GroupCreated.Kind.valueOf(request.kind()),
                request.year(),
                code,
                VietnameseText.nfc(request.name()),
                null,
                null,
                null,
                now,
                now));
        outbox.publish(new GroupCreated(group.id(), group.kind(), group.year(), group.code(), group.name(), now));
        return group;
    }

    static ProblemException duplicate(GroupRequest request) {
        return ProblemException.duplicate(
                "code", "A group with code " + request.code().strip() + " already exists for " + request.year());
    }
}
