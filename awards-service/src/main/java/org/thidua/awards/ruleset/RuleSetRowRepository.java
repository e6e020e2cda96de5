package org.thidua.awards.ruleset;

import java.util.List;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface RuleSetRowRepository extends CrudRepository<RuleSetRow, String> {

    List<RuleSetRow> findAllOrderByEffectiveFrom();

}
