package org.thidua.awards.registry;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AwardRepository extends CrudRepository<Award, String> {

    Optional<Award> findByIdForUpdate(String id);

    boolean existsByActiveKey(String activeKey);

    List<Award> findByDecisionIdOrderById(String decisionId);

    /** Every standing award of these recipients (units and members), whatever the year: their history. */
    @Query("SELECT * FROM award WHERE state = 'ACTIVE' AND (unit_id IN (:recipients) AND recipient_kind = 'UNIT' "
            + "OR member_id IN (:recipients))")
    List<Award> findActiveOfRecipients(Collection<String> recipients);

    @Query("SELECT active_key FROM award WHERE active_key IN (:keys)")
    List<String> findActiveKeys(Collection<String> keys);
}
