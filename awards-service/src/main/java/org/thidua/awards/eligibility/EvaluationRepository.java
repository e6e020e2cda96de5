package org.thidua.awards.eligibility;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface EvaluationRepository extends CrudRepository<Evaluation, String> {

    List<Evaluation> findByCampaignIdOrderByEvaluatedAt(String campaignId);
}
