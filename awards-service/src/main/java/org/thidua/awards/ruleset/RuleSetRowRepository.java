package org.thidua.awards.ruleset;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface RuleSetRowRepository extends CrudRepository<RuleSetRow, String> {

    List<RuleSetRow> findAllOrderByEffectiveFrom();
}
