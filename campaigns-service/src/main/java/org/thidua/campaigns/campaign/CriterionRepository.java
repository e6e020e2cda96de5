package org.thidua.campaigns.campaign;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CriterionRepository extends CrudRepository<Criterion, Long> {

    List<Criterion> findByCampaignIdOrderByPosition(String campaignId);

    void deleteByCampaignId(String campaignId);
}
