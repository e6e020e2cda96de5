package org.thidua.campaigns.campaign;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CampaignScopeGroupRepository extends CrudRepository<CampaignScopeGroup, Long> {

    List<CampaignScopeGroup> findByCampaignId(String campaignId);

    void deleteByCampaignId(String campaignId);
}
