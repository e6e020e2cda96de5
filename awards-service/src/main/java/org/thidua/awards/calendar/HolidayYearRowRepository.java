package org.thidua.awards.calendar;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface HolidayYearRowRepository extends CrudRepository<HolidayYearRow, Integer> {

    @Query("SELECT * FROM holiday_year WHERE year = :year FOR UPDATE")
    Optional<HolidayYearRow> findByIdForUpdate(Integer year);
}
