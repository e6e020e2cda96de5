package org.thidua.campaigns.covenant;

import java.util.List;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CovenantPartyRepository extends CrudRepository<CovenantParty, Long> {

    List<CovenantParty> findByCovenantIdOrderByUnitId(String covenantId);
}
