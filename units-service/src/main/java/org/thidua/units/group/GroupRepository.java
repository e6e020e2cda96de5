package org.thidua.units.group;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface GroupRepository extends CrudRepository<Group, String> {

    /** Codes compare case-insensitively within a year. */
    boolean existsByYearAndCode(int year, String code);

    /** Reads the group and locks its row until the transaction ends: changes of one group queue up. */
    Optional<Group> findByIdForUpdate(String id);

    List<Group> findByYearIn(Collection<Integer> years);

    List<Group> findByIdIn(Collection<String> ids);
}
