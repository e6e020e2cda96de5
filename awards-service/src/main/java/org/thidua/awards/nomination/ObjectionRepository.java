package org.thidua.awards.nomination;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ObjectionRepository extends CrudRepository<Objection, String> {

    Optional<Objection> findByIdForUpdate(String id);

    List<Objection> findByNominationIdOrderByFiledAt(String nominationId);

    List<Objection> findByNominationIdInAndState(Collection<String> nominationIds, Objection.State state);
}
