package org.thidua.notifications.delivery;

import java.time.Duration;
import java.time.Instant;

/**
 * When to try a failed email again: exponential backoff from {@code firstDelay}, doubling up to {@code maxDelay},
 * and give up after {@code maxAttempts} attempts. A permanent rejection is given up at once.
 */
public final class RetrySchedule {

    /** What to do after a failed attempt. {@code retryAt} is null when giving up. */
    public record Decision(boolean giveUp, Instant retryAt) {}

    private final int maxAttempts;
    private final Duration firstDelay;
    private final Duration maxDelay;

    public RetrySchedule(int maxAttempts, Duration firstDelay, Duration maxDelay) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        this.maxAttempts = maxAttempts;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
    }

    /** After attempt number {@code attempts} (1 for the first) failed at {@code now}. */
    public Decision afterFailure(int attempts, boolean permanent, Instant now) {
        if (permanent || attempts >= maxAttempts) {
            return new Decision(true, null);
        }
        return new Decision(false, now.plus(delayAfter(attempts)));
    }

    /** The wait after attempt {@code attempts}: firstDelay × 2^(attempts−1), at most maxDelay. */
    public Duration delayAfter(int attempts) {
        long factor = 1L << Math.min(attempts - 1, 30);
        Duration delay = firstDelay.multipliedBy(factor);
        return delay.compareTo(maxDelay) > 0 || delay.isNegative() ? maxDelay : delay;
    }
}
