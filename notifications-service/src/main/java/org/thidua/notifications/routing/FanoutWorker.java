package org.thidua.notifications.routing;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thidua.messaging.BackgroundLoop;

/**
 * Notifies the chunks of large fan-outs, one chunk per transaction, oldest first. It wakes when this instance wrote
 * chunks and otherwise looks every {@code thidua.notifications.fanout.poll} (chunks written by other instances, or
 * left by a crash: a chunk is deleted only in the transaction that stored its notices and deliveries). A chunk that
 * fails is postponed with its error (backing off) instead of holding up the chunks after it. The rounds run on a
 * {@link BackgroundLoop}.
 */
@Singleton
class FanoutWorker implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(FanoutWorker.class);

    private final NoticeFanout fanout;
    private final FanoutChunks chunks;
    private final TransactionOperations<Connection> transactions;
    private final BackgroundLoop loop;

    FanoutWorker(
            NoticeFanout fanout,
            FanoutChunks chunks,
            TransactionOperations<Connection> transactions,
            @Value("${thidua.notifications.fanout.poll:1s}") Duration poll) {
        this.fanout = fanout;
        this.chunks = chunks;
        this.transactions = transactions;
        this.loop = BackgroundLoop.named("fanout-worker").idlePoll(poll).build(this::notifyNextChunk);
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        loop.start();
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onChunksWritten(FanoutChunks.Written written) {
        loop.wake();
    }

    @PreDestroy
    void stop() throws InterruptedException {
        loop.stop();
    }

    /**
     * One round of the loop: notifies the oldest due chunk; true when there was one. A chunk that failed is postponed
     * and the next round runs at once; a round that failed otherwise (or could not postpone) backs off.
     */
    private boolean notifyNextChunk() {
        AtomicReference<FanoutChunks.Chunk> claimed = new AtomicReference<>();
        try {
            return transactions.executeWrite(status -> fanout.notifyNextChunk(claimed::set));
        } catch (RuntimeException e) {
            if (claimed.get() == null) {
                throw e;
            }
            postpone(claimed.get(), e);
            return true;
        }
    }

    /** After a failed round: postpones the chunk it had claimed. */
    private void postpone(FanoutChunks.Chunk failed, RuntimeException error) {
        LOG.warn(
                "Fan-out chunk {} of {} ({}) failed, postponed: {}",
                failed.chunk(),
                failed.eventId(),
                failed.eventType(),
                error.toString());
        transactions.executeWrite(status -> {
            chunks.postpone(failed, error.toString());
            return null;
        });
    }
}
