package org.thidua.campaigns.scoresheet;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.thidua.contracts.ReviewPeriod;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ScoreSheetRepository extends CrudRepository<ScoreSheet, String> {

    Optional<ScoreSheet> findByIdForUpdate(String id);

    boolean existsByRegistrationIdAndPeriod(String registrationId, ReviewPeriod period);

    Page<ScoreSheet> findByCampaignIdAndPeriod(String campaignId, ReviewPeriod period, Pageable pageable);

    Page<ScoreSheet> findByCampaignIdAndPeriodAndState(
            String campaignId, ReviewPeriod period, ScoreSheetState state, Pageable pageable);

    List<ScoreSheet> findByCampaignIdAndPeriodAndState(String campaignId, ReviewPeriod period, ScoreSheetState state);

    List<ScoreSheet> findByCampaignIdAndPeriod(String campaignId, ReviewPeriod period);

    Page<ScoreSheet> findByCampaignIdAndPeriodAndUnitIdIn(
            String campaignId, ReviewPeriod period, Collection<String> unitIds, Pageable pageable);

    Page<ScoreSheet> findByCampaignIdAndPeriodAndStateAndUnitIdIn(
            String campaignId,
            ReviewPeriod period,
            ScoreSheetState state,
            Collection<String> unitIds,
            Pageable pageable);
}
