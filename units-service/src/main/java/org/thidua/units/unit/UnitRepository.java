package org.thidua.units.unit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface UnitRepository extends CrudRepository<Unit, String> {

    /** Codes compare case-insensitively (the column's collation): {@code vpqh-th} is taken when {@code VPQH-TH} is. */
    boolean existsByCode(String code);

    /** Reads the unit and locks its row until the transaction ends, so concurrent changes of it queue up. */
    Optional<Unit> findByIdForUpdate(String id);

    List<Unit> findByIdIn(Collection<String> ids);

    List<Unit> findByCodeIn(Collection<String> codes);
}
