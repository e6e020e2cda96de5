package org.thidua.campaigns.campaign;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import org.thidua.contracts.ReviewPeriod;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CampaignPeriodRepository extends CrudRepository<CampaignPeriod, Long> {

    List<CampaignPeriod> findByCampaignIdOrderByPeriod(String campaignId);

    Optional<CampaignPeriod> findByCampaignIdAndPeriod(String campaignId, ReviewPeriod period);

    /** Locked until the transaction ends: finalising serialises on it. */
    Optional<CampaignPeriod> findByCampaignIdAndPeriodForUpdate(String campaignId, ReviewPeriod period);

    /** Share-locked: sheets of the period change concurrently; finalising (an exclusive lock) waits for them. */
    @Query("SELECT * FROM campaign_period WHERE campaign_id = :campaignId AND period = :period LOCK IN SHARE MODE")
    Optional<CampaignPeriod> findShared(String campaignId, String period);

    void deleteByCampaignId(String campaignId);
}
