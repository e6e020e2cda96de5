package org.thidua.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private final RetrySchedule schedule = new RetrySchedule(5, Duration.ofSeconds(2), Duration.ofSeconds(10));
    private final Instant now = Instant.parse("2019-07-18T02:50:00Z");

    @Test
    void theWaitDoublesUpToTheMaximum() {
        assertThat(schedule.delayAfter(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(schedule.delayAfter(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(schedule.delayAfter(3)).isEqualTo(Duration.ofSeconds(8));
        assertThat(schedule.delayAfter(4)).isEqualTo(Duration.ofSeconds(10));
        assertThat(schedule.delayAfter(60)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void aTransientFailureIsRetriedUntilTheLastAttempt() {
        RetrySchedule.Decision first = schedule.afterFailure(1, false, now);
        assertThat(first.giveUp()).isFalse();
        assertThat(first.retryAt()).isEqualTo(now.plusSeconds(2));
        assertThat(schedule.afterFailure(4, false, now).giveUp()).isFalse();
        assertThat(schedule.afterFailure(5, false, now).giveUp()).isTrue();
    }

    @Test
    void aPermanentRejectionIsGivenUpAtOnce() {
        assertThat(schedule.afterFailure(1, true, now).giveUp()).isTrue();
    }
}
