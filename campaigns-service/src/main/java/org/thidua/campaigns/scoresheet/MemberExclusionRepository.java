package org.thidua.campaigns.scoresheet;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface MemberExclusionRepository extends CrudRepository<MemberExclusion, Long> {

    List<MemberExclusion> findByScoreSheetId(String scoreSheetId);

    List<MemberExclusion> findByScoreSheetIdIn(Collection<String> scoreSheetIds);

    void deleteByScoreSheetId(String scoreSheetId);
}
