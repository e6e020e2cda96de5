package org.thidua.notifications.routing;

import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notifies the chunks of large fan-outs, one chunk per transaction, oldest first. It wakes when this instance wrote
 * chunks and otherwise looks every {@code thidua.notifications.fanout.poll} (chunks written by other instances, or
 * left by a crash: a chunk is deleted only in the transaction that stored its notices and deliveries). A chunk that
 * fails is postponed with its error (backing off) instead of holding up the chunks after it.
 */
@Singleton
class FanoutWorker implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(FanoutWorker.class);

    private final NoticeFanout fanout;
    private final FanoutChunks chunks;
    private final TransactionOperations<Connection> transactions;
    private final Duration poll;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    FanoutWorker(NoticeFanout fanout, FanoutChunks chunks, TransactionOperations<Connection> transactions,
                 @Value("${thidua.notifications.fanout.poll:1s}") Duration poll) {
        this.fanout = fanout;
        this.chunks = chunks;
        this.transactions = transactions;
        this.poll = poll;
    }

    @Override
    public synchronized void onApplicationEvent(ServerStartupEvent event) {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "fanout-worker");
        thread.setDaemon(true);
        thread.start();
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onChunksWritten(FanoutChunks.Written written) {
        wakeUps.release();
    }

    @PreDestroy
    synchronized void stop() throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(5_000);
            thread = null;
        }
    }

    private void run() {
        while (running) {
            AtomicReference<FanoutChunks.Chunk> claimed = new AtomicReference<>();
            try {
                if (!transactions.executeWrite(status -> fanout.notifyNextChunk(claimed::set))) {
                    wakeUps.tryAcquire(poll.toMillis(), TimeUnit.MILLISECONDS);
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                if (!postpone(claimed.get(), e)) {
                    return;
                }
            }
        }
    }

    /** After a failed round: postpones the chunk it had claimed, if any; false when interrupted. */
    private boolean postpone(FanoutChunks.Chunk failed, RuntimeException error) {
        try {
            if (failed != null) {
                LOG.warn("Fan-out chunk {} of {} ({}) failed, postponed: {}", failed.chunk(), failed.eventId(),
                        failed.eventType(), error.toString());
                transactions.executeWrite(status -> {
                    chunks.postpone(failed, error.toString());
                    return null;
                });
                return true;
            }
            LOG.warn("Fan-out round failed, trying again in 1 s: {}", error.toString());
        } catch (RuntimeException stillFailing) {
            LOG.warn("Fan-out chunk {} could not be postponed, trying again in 1 s: {}", failed.chunk(),
                    stillFailing.toString());
        }
        try {
            wakeUps.tryAcquire(1, TimeUnit.SECONDS);
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
