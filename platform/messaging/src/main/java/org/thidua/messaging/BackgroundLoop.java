package org.thidua.messaging;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way to run background work (ADR 0098): a named daemon thread that runs a {@link Step} again and again. After
 * a round that found no more work it waits for {@link #wake()} (called by its owner's after-commit listener) or, at
 * the latest, the idle poll; after a round that failed it waits a backoff that doubles up to a cap and starts again
 * from the first delay after a round that succeeded. {@link #stop()} lets the round in flight finish.
 * <p>
 * What a worker does in a round (leadership, rate limits, what to do with a failed row) stays with its owner; the
 * loop only decides when the next round runs.
 */
public final class BackgroundLoop {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundLoop.class);

    /** One round of work. */
    @FunctionalInterface
    public interface Step {

        /** Does one round; true when more work is known to wait, so that the next round runs at once. */
        boolean run() throws Exception;
    }

    /** Told of every failed round (after the loop logged it), with the delay before the next one. */
    @FunctionalInterface
    public interface FailureListener {

        void failed(Exception error, Duration retryIn);
    }

    private final String name;
    private final Step step;
    private final Duration idlePoll;
    private final Duration firstBackoff;
    private final Duration maxBackoff;
    private final Duration linger;
    private final Duration stopGrace;
    private final FailureListener onFailure;
    private final AutoCloseable resource;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    private BackgroundLoop(Builder builder, Step step) {
        this.name = builder.name;
        this.step = Objects.requireNonNull(step, "step");
        this.idlePoll = builder.idlePoll;
        this.firstBackoff = builder.firstBackoff;
        this.maxBackoff = builder.maxBackoff;
        this.linger = builder.linger;
        this.stopGrace = builder.stopGrace;
        this.onFailure = builder.onFailure;
        this.resource = builder.resource;
    }

    /** A loop whose thread is called {@code name}; the other settings have defaults. */
    public static Builder named(String name) {
        return new Builder(name);
    }

    /** Starts the thread; a loop that runs already stays as it is. */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Work has been committed: an idle loop (or one backing off) runs its next round now. */
    public void wake() {
        if (wakeUps.availablePermits() == 0) { // one look is enough, however many commits came
            wakeUps.release();
        }
    }

    /**
     * Stops the loop: waits up to the stop grace for the round in flight to finish (so that what it did is recorded),
     * then interrupts it. Returns when the thread has ended; a loop that does not run returns at once.
     */
    public void stop() throws InterruptedException {
        awaitEnd(signalStop());
    }

    /** Stops several loops at once: each round in flight gets the grace, in parallel rather than one after another. */
    public static void stopAll(Collection<BackgroundLoop> loops) throws InterruptedException {
        Map<BackgroundLoop, Thread> stopping = new LinkedHashMap<>();
        for (BackgroundLoop loop : loops) {
            stopping.put(loop, loop.signalStop());
        }
        for (Map.Entry<BackgroundLoop, Thread> entry : stopping.entrySet()) {
            entry.getKey().awaitEnd(entry.getValue());
        }
    }

    private Thread signalStop() {
        Thread stopping;
        synchronized (this) {
            running = false;
            stopping = thread;
            thread = null;
        }
        wakeUps.release();
        return stopping;
    }

    private void awaitEnd(Thread stopping) throws InterruptedException {
        if (stopping == null) {
            return;
        }
        stopping.join(stopGrace.toMillis());
        if (stopping.isAlive()) {
            stopping.interrupt();
            stopping.join(5_000);
        }
    }

    public boolean isRunning() {
        return running;
    }

    private void run() {
        long backoffMillis = firstBackoff.toMillis();
        try {
            while (running) {
                try {
                    boolean more = step.run();
                    backoffMillis = firstBackoff.toMillis();
                    if (!more) {
                        idle();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (Exception e) {
                    if (!running || Thread.currentThread().isInterrupted()) {
                        return;
                    }
                    Duration retryIn = Duration.ofMillis(backoffMillis);
                    LOG.warn("{}: round failed, trying again in {} ms: {}", name, backoffMillis, e.toString());
                    tell(e, retryIn);
                    wakeUps.tryAcquire(backoffMillis, TimeUnit.MILLISECONDS);
                    wakeUps.drainPermits();
                    backoffMillis = Math.min(backoffMillis * 2, maxBackoff.toMillis());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeResource();
        }
    }

    private void tell(Exception error, Duration retryIn) {
        try {
            onFailure.failed(error, retryIn);
        } catch (RuntimeException listenerFailed) {
            LOG.warn("{}: the failure listener failed: {}", name, listenerFailed.toString());
        }
    }

    private void idle() throws InterruptedException {
        boolean woken = wakeUps.tryAcquire(idlePoll.toMillis(), TimeUnit.MILLISECONDS);
        if (woken && running && !linger.isZero()) {
            TimeUnit.NANOSECONDS.sleep(linger.toNanos()); // gather the commits close by into one round
        }
        wakeUps.drainPermits();
    }

    private void closeResource() {
        if (resource == null) {
            return;
        }
        try {
            resource.close();
        } catch (Exception e) {
            LOG.warn("{}: could not close {}: {}", name, resource, e.toString());
        }
    }

    /** The settings of a loop. */
    public static final class Builder {

        private final String name;
        private Duration idlePoll = Duration.ofSeconds(1);
        private Duration firstBackoff = Duration.ofMillis(100);
        private Duration maxBackoff = Duration.ofSeconds(5);
        private Duration linger = Duration.ZERO;
        private Duration stopGrace = Duration.ofSeconds(10);
        private FailureListener onFailure = (error, retryIn) -> {};
        private AutoCloseable resource;

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /** How long an idle loop waits for a wake-up before it looks again anyway (default 1 s). */
        public Builder idlePoll(Duration idlePoll) {
            this.idlePoll = positive(idlePoll, "idlePoll");
            return this;
        }

        /** The delay after a first failed round, doubled after each further one up to {@code max} (100 ms, 5 s). */
        public Builder backoff(Duration first, Duration max) {
            this.firstBackoff = positive(first, "first backoff");
            this.maxBackoff = positive(max, "max backoff");
            if (max.compareTo(first) < 0) {
                throw new IllegalArgumentException("max backoff is shorter than the first");
            }
            return this;
        }

        /** How long a woken loop waits before its round, so that commits close together make one round (0). */
        public Builder linger(Duration linger) {
            this.linger = Objects.requireNonNull(linger, "linger");
            return this;
        }

        /** How long {@link #stop()} waits for the round in flight before it interrupts it (10 s). */
        public Builder stopGrace(Duration stopGrace) {
            this.stopGrace = positive(stopGrace, "stopGrace");
            return this;
        }

        /** Told of every failed round: a metric, a leadership check. */
        public Builder onFailure(FailureListener onFailure) {
            this.onFailure = Objects.requireNonNull(onFailure, "onFailure");
            return this;
        }

        /** Closed on the loop's own thread when it ends, e.g. a connection only its rounds use. */
        public Builder closing(AutoCloseable resource) {
            this.resource = Objects.requireNonNull(resource, "resource");
            return this;
        }

        /** The loop, not yet started. */
        public BackgroundLoop build(Step step) {
            return new BackgroundLoop(this, step);
        }

        private static Duration positive(Duration duration, String what) {
            if (duration == null || duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(what + " must be positive");
            }
            return duration;
        }
    }
}
