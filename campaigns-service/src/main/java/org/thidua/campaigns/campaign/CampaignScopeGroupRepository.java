package org.thidua.campaigns.campaign;

import java.util.List;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CampaignScopeGroupRepository extends CrudRepository<CampaignScopeGroup, Long> {

    List<CampaignScopeGroup> findByCampaignId(String campaignId);

    void deleteByCampaignId(String campaignId);
}
