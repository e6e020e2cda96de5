package org.thidua.notifications.delivery;

import java.util.concurrent.TimeUnit;

/**
 * At most {@code perSecond} emails a second from this instance, shared by its senders (0: no limit). Each send
 * takes the next slot of a steady schedule, so bursts are smoothed rather than rejected.
 */
public final class SendRateLimit {

    private final long intervalNanos;
    private long nextSlot;

    public SendRateLimit(int perSecond) {
        this.intervalNanos = perSecond <= 0 ? 0 : 1_000_000_000L / perSecond;
    }

    /** How long the caller must wait, at {@code nowNanos}, before its send; reserves the slot. */
    public synchronized long reserve(long nowNanos) {
        if (intervalNanos == 0) {
            return 0;
        }
        long slot = Math.max(nextSlot, nowNanos);
        nextSlot = slot + intervalNanos;
        return slot - nowNanos;
    }

    /** Waits for the next slot. */
    public void acquire() throws InterruptedException {
        long wait = reserve(System.nanoTime());
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
