package org.thidua.awards.registry;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.thidua.persistence.Sql;
import org.thidua.persistence.Where;

/** The award registry's list by its filters (ADR 97). */
@Singleton
public class AwardQueries {

    private final JdbcOperations jdbc;

    AwardQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The filters of a list; a null one does not filter. */
    public record Criteria(String unitId, String memberId, String titleCode, Integer year, AwardState state) {}

    /** One page of the awards matching {@code criteria}, by year, title and id; in a transaction. */
    public List<AwardView> list(Criteria criteria, int page, int size) {
        Where where = Where.of()
                .andIfPresent(criteria.unitId(), "unit_id = ?")
                .andIfPresent(criteria.memberId(), "member_id = ?")
                .andIfPresent(criteria.titleCode(), "title_code = ?")
                .andIfPresent(criteria.state(), "state = ?", AwardState::name)
                .andIfPresent(criteria.year(), "year = ?");
        return jdbc.prepareStatement(
                "SELECT * FROM award" + where.sql() + " ORDER BY year, title_code, id LIMIT ? OFFSET ?", s -> {
                    Sql.bind(s, where.parameters(size, (long) page * size));
                    try (var rs = s.executeQuery()) {
                        List<AwardView> found = new ArrayList<>();
                        while (rs.next()) {
                            found.add(AwardView.of(jdbc.readEntity(rs, Award.class)));
                        }
                        return found;
                    }
                });
    }
}
