package org.thidua.campaigns.scoresheet;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ScoreEntryRepository extends CrudRepository<ScoreEntry, Long> {

    List<ScoreEntry> findByScoreSheetId(String scoreSheetId);

    void deleteByScoreSheetId(String scoreSheetId);
}
