package org.thidua.campaigns.covenant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import org.thidua.persistence.JsonColumns;

@Serdeable
public record CovenantResponse(
        String id,
        String campaignId,
        String groupId,
        String text,
        List<CovenantRequest.Target> targets,
        CovenantState state,
        List<Party> parties,
        Instant openedAt,
        @Nullable Instant signedAt) {

    @Serdeable
    public record Party(String unitId, @Nullable Instant signedAt) {}

    static CovenantResponse of(Covenant c, List<CovenantParty> parties) {
        return new CovenantResponse(
                c.id(),
                c.campaignId(),
                c.groupId(),
                c.text(),
                JsonColumns.readList(c.targets(), CovenantRequest.Target.class),
                c.state(),
                parties.stream().map(p -> new Party(p.unitId(), p.signedAt())).toList(),
                c.openedAt(),
                c.signedAt());
    }
}
