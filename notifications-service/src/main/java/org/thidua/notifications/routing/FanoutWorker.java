package org.thidua.notifications.routing;

import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

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
 * left by a crash: a chunk is deleted only in the transaction that stored its notices and deliveries).
 */
@Singleton
class FanoutWorker implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(FanoutWorker.class);

    private final NoticeFanout fanout;
    private final TransactionOperations<Connection> transactions;
    private final Duration poll;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    FanoutWorker(NoticeFanout fanout, TransactionOperations<Connection> transactions,
                 @Value("${thidua.notifications.fanout.poll:1s}") Duration poll) {
        this.fanout = fanout;
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
            try {
                if (!transactions.executeWrite(status -> fanout.notifyNextChunk())) {
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
                LOG.warn("Fan-out chunk failed, trying again in 1 s: {}", e.toString());
                try {
                    wakeUps.tryAcquire(1, TimeUnit.SECONDS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
