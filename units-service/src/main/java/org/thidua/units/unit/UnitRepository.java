package org.thidua.units.unit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface UnitRepository extends CrudRepository<Unit, String> {

    boolean existsByCode(String code);
}
