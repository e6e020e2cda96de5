package org.thidua.awards;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Vietnam's calendar (decisions, disclosure windows) and the database's precision for instants. */
public final class Dates {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final Clock CLOCK = Clock.systemUTC();

    private Dates() {}

    public static LocalDate today() {
        return LocalDate.now(CLOCK.withZone(VIETNAM));
    }

    public static Instant now() {
        return CLOCK.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
