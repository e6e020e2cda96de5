package org.thidua.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** When {@link BackgroundLoop} runs its next round: after a wake-up, an idle poll, a backoff; and how it stops. */
class BackgroundLoopTest {

    private static final Duration NEVER = Duration.ofHours(1);

    private final AtomicInteger rounds = new AtomicInteger();
    private final List<Duration> delays = new CopyOnWriteArrayList<>();
    private BackgroundLoop loop;

    @AfterEach
    void stopLoop() throws InterruptedException {
        if (loop != null) {
            loop.stop();
        }
    }

    @Test
    void anIdleLoopRunsAgainWhenWokenAndNotBefore() {
        loop = BackgroundLoop.named("test-wake").idlePoll(NEVER).build(() -> {
            rounds.incrementAndGet();
            return false;
        });
        loop.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> rounds.get() == 1);

        loop.wake();

        await().atMost(Duration.ofSeconds(10)).until(() -> rounds.get() == 2);
        loop.wake();
        await().atMost(Duration.ofSeconds(10)).until(() -> rounds.get() == 3);
    }

    @Test
    void anIdleLoopLooksAgainAfterTheIdlePollWithoutAWakeUp() {
        loop = BackgroundLoop.named("test-poll").idlePoll(Duration.ofMillis(20)).build(() -> {
            rounds.incrementAndGet();
            return false;
        });
        loop.start();

        await().atMost(Duration.ofSeconds(10)).until(() -> rounds.get() >= 4);
    }

    @Test
    void aRoundThatLeftWorkIsFollowedAtOnceByTheNext() {
        loop = BackgroundLoop.named("test-more").idlePoll(NEVER).build(() -> rounds.incrementAndGet() < 5);
        loop.start();

        // four rounds report more work, the fifth none; without a wake-up or a poll there is no sixth
        await().atMost(Duration.ofSeconds(10)).until(() -> rounds.get() == 5);
        assertThat(loop.isRunning()).isTrue();
    }

    @Test
    void failuresBackOffDoublingUpToTheCapAndASuccessStartsAgainFromTheFirstDelay() {
        // rounds 1-5 fail, 6 succeeds with more work, 7-8 fail, 9 succeeds and finds nothing more
        loop = BackgroundLoop.named("test-backoff")
                .idlePoll(NEVER)
                .backoff(Duration.ofMillis(1), Duration.ofMillis(8))
                .onFailure((error, retryIn) -> delays.add(retryIn))
                .build(() -> {
                    int round = rounds.incrementAndGet();
                    if (round <= 5 || round == 7 || round == 8) {
                        throw new IllegalStateException("round " + round + " failed");
                    }
                    return round == 6;
                });
        loop.start();

        await().atMost(Duration.ofSeconds(10)).until(() -> rounds.get() == 9);
        // 1, 2, 4, 8 ms, then held at the 8 ms cap; after round 6 succeeded: 1, 2 ms again
        assertThat(delays)
                .containsExactly(
                        Duration.ofMillis(1),
                        Duration.ofMillis(2),
                        Duration.ofMillis(4),
                        Duration.ofMillis(8),
                        Duration.ofMillis(8),
                        Duration.ofMillis(1),
                        Duration.ofMillis(2));
    }

    @Test
    void aWakeUpCutsABackoffShort() {
        loop = BackgroundLoop.named("test-backoff-wake")
                .idlePoll(NEVER)
                .backoff(NEVER, NEVER)
                .onFailure((error, retryIn) -> delays.add(retryIn))
                .build(() -> {
                    if (rounds.incrementAndGet() == 1) {
                        throw new IllegalStateException("the database is gone");
                    }
                    return false;
                });
        loop.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> delays.size() == 1);

        loop.wake();

        await().atMost(Duration.ofSeconds(10)).until(() -> rounds.get() == 2);
    }

    @Test
    void stopWaitsForTheRoundInFlightThenClosesTheLoopsResourceOnItsThread() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<String> finishedOn = new AtomicReference<>();
        AtomicReference<String> closedOn = new AtomicReference<>();
        loop = BackgroundLoop.named("test-stop")
                .idlePoll(Duration.ofMillis(1))
                .closing(() -> closedOn.set(Thread.currentThread().getName()))
                .build(() -> {
                    rounds.incrementAndGet();
                    entered.countDown();
                    release.await();
                    finishedOn.set(Thread.currentThread().getName());
                    return true;
                });
        loop.start();
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> stopped = inBackground(loop::stop);
        await().atMost(Duration.ofSeconds(10)).until(() -> !loop.isRunning());
        assertThat(stopped).isNotDone(); // the round is still in flight
        release.countDown();
        stopped.get(10, TimeUnit.SECONDS);

        assertThat(finishedOn.get()).isEqualTo("test-stop"); // finished, not interrupted
        assertThat(closedOn.get()).isEqualTo("test-stop");
        assertThat(rounds.get()).isEqualTo(1); // the round said "more", but the loop had been told to stop
    }

    @Test
    void stopInterruptsARoundThatOutlastsTheGrace() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        AtomicReference<Boolean> interrupted = new AtomicReference<>(false);
        AtomicReference<String> closedOn = new AtomicReference<>();
        loop = BackgroundLoop.named("test-stuck")
                .stopGrace(Duration.ofMillis(50))
                .closing(() -> closedOn.set(Thread.currentThread().getName()))
                .build(() -> {
                    entered.countDown();
                    try {
                        new CountDownLatch(1).await(); // a round that never ends by itself
                    } catch (InterruptedException e) {
                        interrupted.set(true);
                        throw e;
                    }
                    return false;
                });
        loop.start();
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

        loop.stop();

        assertThat(interrupted.get()).isTrue();
        assertThat(closedOn.get()).isEqualTo("test-stuck");
        assertThat(loop.isRunning()).isFalse();
    }

    @Test
    void aFailureWhileStoppingIsNotReportedNorRetried() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        loop = BackgroundLoop.named("test-stop-failure")
                .backoff(Duration.ofMillis(1), Duration.ofMillis(1))
                .onFailure((error, retryIn) -> delays.add(retryIn))
                .build(() -> {
                    rounds.incrementAndGet();
                    entered.countDown();
                    release.await();
                    throw new IllegalStateException("the connection pool was closed under the round");
                });
        loop.start();
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> stopped = inBackground(loop::stop);
        await().atMost(Duration.ofSeconds(10)).until(() -> !loop.isRunning());

        release.countDown();
        stopped.get(10, TimeUnit.SECONDS);

        assertThat(delays).isEmpty();
        assertThat(rounds.get()).isEqualTo(1);
    }

    @Test
    void stopAllTellsEveryLoopAtOnceAndWaitsForEachRoundInFlight() throws Exception {
        CountDownLatch entered = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        List<String> finished = new CopyOnWriteArrayList<>();
        BackgroundLoop.Step step = () -> {
            entered.countDown();
            release.await();
            finished.add(Thread.currentThread().getName());
            return true;
        };
        BackgroundLoop first = BackgroundLoop.named("test-sender-0").build(step);
        BackgroundLoop second = BackgroundLoop.named("test-sender-1").build(step);
        first.start();
        second.start();
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> stopped = inBackground(() -> BackgroundLoop.stopAll(List.of(first, second)));
        // both are told before the first round ends, so their graces run side by side
        await().atMost(Duration.ofSeconds(10)).until(() -> !first.isRunning() && !second.isRunning());
        assertThat(stopped).isNotDone();
        release.countDown();
        stopped.get(10, TimeUnit.SECONDS);

        assertThat(finished).containsExactlyInAnyOrder("test-sender-0", "test-sender-1");
    }

    /** A stop that waits for a round in flight, called on another thread so that the test can watch it wait. */
    private interface Stop {
        void run() throws InterruptedException;
    }

    private static CompletableFuture<Void> inBackground(Stop stop) {
        return CompletableFuture.runAsync(() -> {
            try {
                stop.run();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
