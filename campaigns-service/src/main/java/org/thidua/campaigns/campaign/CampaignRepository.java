package org.thidua.campaigns.campaign;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CampaignRepository extends CrudRepository<Campaign, String> {

    boolean existsByCode(String code);

    /** The campaign, its row locked until the transaction ends (transitions serialise on it). */
    Optional<Campaign> findByIdForUpdate(String id);

    /** The campaign with a shared lock: many registrations read it at once, a transition waits for them. */
    @Query("SELECT * FROM campaign WHERE id = :id LOCK IN SHARE MODE")
    Optional<Campaign> findShared(String id);

    List<Campaign> findByStateIn(List<CampaignState> states);
}
