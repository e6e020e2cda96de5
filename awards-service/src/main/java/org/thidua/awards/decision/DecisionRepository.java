package org.thidua.awards.decision;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface DecisionRepository extends CrudRepository<Decision, String> {

    List<Decision> findByOrganisationAndYearOrderBySeq(String organisation, int year);
}
