package org.thidua.campaigns.scoresheet;

import java.util.List;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ScoreEntryRepository extends CrudRepository<ScoreEntry, Long> {

    List<ScoreEntry> findByScoreSheetId(String scoreSheetId);

    void deleteByScoreSheetId(String scoreSheetId);
}
