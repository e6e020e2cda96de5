package org.thidua.campaigns.campaign;

import java.util.List;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CriterionRepository extends CrudRepository<Criterion, Long> {

    List<Criterion> findByCampaignIdOrderByPosition(String campaignId);

    void deleteByCampaignId(String campaignId);
}
