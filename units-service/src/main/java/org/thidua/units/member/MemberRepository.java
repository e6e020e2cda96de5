package org.thidua.units.member;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface MemberRepository extends CrudRepository<Member, String> {

    Optional<Member> findByIdForUpdate(String id);

    Page<Member> findByUnitId(String unitId, Pageable pageable);

    Page<Member> findByUnitIdAndActive(String unitId, boolean active, Pageable pageable);

    List<Member> findByUnitIdInAndActive(Collection<String> unitIds, boolean active);
}
