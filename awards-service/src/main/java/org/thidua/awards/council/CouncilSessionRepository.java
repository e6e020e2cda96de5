package org.thidua.awards.council;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CouncilSessionRepository extends CrudRepository<CouncilSession, String> {

    Optional<CouncilSession> findByIdForUpdate(String id);

    List<CouncilSession> findByCouncilIdOrderByCreatedAt(String councilId);
}
