package org.thidua.awards.nomination;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface NominationRepository extends CrudRepository<Nomination, String> {

    Optional<Nomination> findByIdForUpdate(String id);

    /** Locks in id order, so two requests over overlapping nominations cannot deadlock. */
    @Query("SELECT * FROM nomination WHERE id IN (:ids) ORDER BY id FOR UPDATE")
    List<Nomination> lockAll(Collection<String> ids);

    boolean existsByActiveKey(String activeKey);

    List<Nomination> findBySessionIdOrderById(String sessionId);

    List<Nomination> findByEvaluationIdOrderById(String evaluationId);

    /** The keys of these that some nomination, in play or not, already has. */
    @Query("SELECT DISTINCT title_key FROM nomination WHERE title_key IN (:keys)")
    List<String> findTitleKeys(Collection<String> keys);

    /** The DISCLOSED nominations whose window starts after {@code day}, locked in id order (ADR 80). */
    @Query("SELECT * FROM nomination WHERE state = 'DISCLOSED' AND disclosure_start > :day ORDER BY id FOR UPDATE")
    List<Nomination> lockDisclosedStartingAfter(LocalDate day);
}
