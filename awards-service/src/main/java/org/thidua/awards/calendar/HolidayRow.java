package org.thidua.awards.calendar;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/** A day of the holiday calendar as stored; {@code working}: a weekend day worked in exchange (làm bù). */
@MappedEntity("holiday")
public record HolidayRow(@Id LocalDate day, int year, boolean working, String name) {

    HolidayYear.Day toDay() {
        return new HolidayYear.Day(day, working ? HolidayKind.WORKING_DAY : HolidayKind.DAY_OFF, name);
    }
}
