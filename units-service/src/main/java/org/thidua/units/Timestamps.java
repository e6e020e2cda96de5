package org.thidua.units;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The instant of a change, as the database stores it ({@code TIMESTAMP(6)}), so what we publish is what we read back. */
public final class Timestamps {

    private static final Clock CLOCK = Clock.systemUTC();

    private Timestamps() {}

    public static Instant now() {
        return CLOCK.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
