package org.thidua.awards.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A year of the holiday calendar as stored: its source, what is unverified, shipped or set by ADMIN, when. */
@MappedEntity("holiday_year")
public record HolidayYearRow(
        @Id Integer year, String source, @Nullable String unverified, boolean builtIn, Instant changedAt) {}
