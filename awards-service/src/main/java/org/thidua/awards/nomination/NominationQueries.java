package org.thidua.awards.nomination;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.thidua.awards.council.AwardsReads;
import org.thidua.persistence.Sql;
import org.thidua.persistence.Where;

/**
 * The list of nominations by its filters, kept to what the caller reads (ADR 65): a {@link Where} rather than a
 * derived query, since the readable part is a fragment {@link AwardsReads} writes (ADR 97).
 */
@Singleton
public class NominationQueries {

    private final JdbcOperations jdbc;
    private final AwardsReads reads;

    NominationQueries(JdbcOperations jdbc, AwardsReads reads) {
        this.jdbc = jdbc;
        this.reads = reads;
    }

    /** The filters of a list; a null one does not filter. */
    public record Criteria(
            Integer year, NominationState state, String titleCode, String unitId, String memberId, String campaignId) {}

    /** One page of the nominations matching {@code criteria} that the caller reads, oldest first; in a transaction. */
    public List<Nomination> list(Criteria criteria, int page, int size) {
        Where where = Where.of()
                .andIfPresent(criteria.year(), "year = ?")
                .andIfPresent(criteria.state(), "state = ?", NominationState::name)
                .andIfPresent(criteria.titleCode(), "title_code = ?")
                .andIfPresent(criteria.unitId(), "unit_id = ?")
                .andIfPresent(criteria.memberId(), "member_id = ?")
                .andIfPresent(criteria.campaignId(), "campaign_id = ?");
        AwardsReads.Filter readable = reads.nominationFilter();
        if (readable != null) {
            where.and(readable.sql(), readable.parameters().toArray());
        }
        return jdbc.prepareStatement(
                "SELECT * FROM nomination" + where.sql() + " ORDER BY created_at, id LIMIT ? OFFSET ?", s -> {
                    Sql.bind(s, where.parameters(size, (long) page * size));
                    try (var rs = s.executeQuery()) {
                        List<Nomination> found = new ArrayList<>();
                        while (rs.next()) {
                            found.add(jdbc.readEntity(rs, Nomination.class));
                        }
                        return found;
                    }
                });
    }
}
