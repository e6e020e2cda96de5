package org.thidua.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SendRateLimitTest {

    @Test
    void sendsAreSpacedEvenlyAtTheConfiguredRate() {
        SendRateLimit limit = new SendRateLimit(100); // one every 10 ms
        long t0 = 1_000_000_000L;
        assertThat(limit.reserve(t0)).isZero();
        assertThat(limit.reserve(t0)).isEqualTo(10_000_000L);
        assertThat(limit.reserve(t0)).isEqualTo(20_000_000L);
        assertThat(limit.reserve(t0 + 1_000_000_000L)).isZero(); // idle time is not saved up as a burst
    }

    @Test
    void zeroMeansNoLimit() {
        SendRateLimit none = new SendRateLimit(0);
        assertThat(none.reserve(0)).isZero();
        assertThat(none.reserve(0)).isZero();
    }
}
