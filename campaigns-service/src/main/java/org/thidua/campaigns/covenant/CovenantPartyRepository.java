package org.thidua.campaigns.covenant;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CovenantPartyRepository extends CrudRepository<CovenantParty, Long> {

    List<CovenantParty> findByCovenantIdOrderByUnitId(String covenantId);
}
