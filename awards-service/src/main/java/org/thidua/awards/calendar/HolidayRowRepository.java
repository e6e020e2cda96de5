package org.thidua.awards.calendar;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDate;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface HolidayRowRepository extends CrudRepository<HolidayRow, LocalDate> {

    List<HolidayRow> findByYearOrderByDay(int year);

    List<HolidayRow> findAllOrderByDay();

    void deleteByYear(int year);
}
