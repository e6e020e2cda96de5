package org.thidua.awards.eligibility;

import java.util.List;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface EvaluationRepository extends CrudRepository<Evaluation, String> {

    List<Evaluation> findByCampaignIdOrderByEvaluatedAt(String campaignId);
}
