package org.thidua.units.contact;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ContactRepository extends CrudRepository<Contact, String> {

    List<Contact> findByUnitId(String unitId);

    List<Contact> findByUnitIdIn(Collection<String> unitIds);

    boolean existsByUnitId(String unitId);
}
