package org.thidua.notifications.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.email.Contact;
import io.micronaut.email.Email;
import io.micronaut.email.MultipartBody;
import io.micronaut.email.javamail.sender.JavaxEmailComposer;
import io.micronaut.email.javamail.sender.SessionProvider;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.mail.Message;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.angus.mail.util.MailStreamProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thidua.contracts.Event;
import org.thidua.contracts.notifications.Channel;
import org.thidua.contracts.notifications.DeliveryFailed;
import org.thidua.contracts.notifications.DeliverySent;
import org.thidua.messaging.BackgroundLoop;
import org.thidua.messaging.Outbox;
import org.thidua.notifications.delivery.Deliveries.Outgoing;

/**
 * Sends due deliveries. Each sender thread repeatedly claims a batch with {@code FOR UPDATE SKIP LOCKED} (so the
 * senders of every instance share a fan-out without sending anything twice), sends it over its own reused SMTP
 * connection, and records each outcome together with its {@code delivery.sent}/{@code delivery.failed} event in the
 * same transaction (the outbox). A transient failure is retried on {@link RetrySchedule}; a 5xx rejection is FAILED.
 * Only a message that was tried counts an attempt: while the server cannot be reached at all, the batch is put off
 * with the schedule's backoff (growing with the outage, up to its longest delay) and its attempts are left as they
 * were, so an outage of any length delays mail and fails none.
 */
@Singleton
public class DeliveryDispatcher implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryDispatcher.class);

    private final Deliveries deliveries;
    private final TransactionOperations<Connection> transactions;
    private final Outbox outbox;
    private final JavaxEmailComposer composer;
    private final SessionProvider sessions;
    private final DeliveryConfiguration config;
    private final RetrySchedule retries;
    private final SendRateLimit rateLimit;
    private final Map<SmtpConnection.Result, Counter> emails = new EnumMap<>(SmtpConnection.Result.class);
    private final Map<SmtpConnection.Result, Timer> sends = new EnumMap<>(SmtpConnection.Result.class);
    /** One loop a sender, each with its own SMTP connection. */
    private final List<BackgroundLoop> senders = new CopyOnWriteArrayList<>();
    /** Rounds in a row that found the SMTP server unreachable: the outage's backoff, reset by any answer. */
    private final AtomicInteger outages = new AtomicInteger();

    @Inject
    DeliverySpans spans;

    /**
     * Jakarta Mail 2.1 looks its {@code StreamProvider} up through the ServiceLoader, scanning the class path, for every
     * multipart and encoded header it builds (jakartaee/mail-api#699, #861): half the CPU of composing a notice here.
     * Naming the provider makes the lookup a class load; an operator's own setting wins.
     */
    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    DeliveryDispatcher(
            Deliveries deliveries,
            TransactionOperations<Connection> transactions,
            Outbox outbox,
            JavaxEmailComposer composer,
            SessionProvider sessions,
            DeliveryConfiguration config,
            MeterRegistry meters) {
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, MailStreamProvider.class.getName());
        }
        this.deliveries = deliveries;
        this.transactions = transactions;
        this.outbox = outbox;
        this.composer = composer;
        this.sessions = sessions;
        this.config = config;
        this.retries =
                new RetrySchedule(config.getMaxAttempts(), config.getFirstRetryDelay(), config.getMaxRetryDelay());
        this.rateLimit = new SendRateLimit(config.getRatePerSecond());
        for (SmtpConnection.Result result : SmtpConnection.Result.values()) {
            emails.put(
                    result,
                    Counter.builder("thidua.notifications.emails")
                            .tag("result", result.name().toLowerCase())
                            .description("Emails this instance tried to send, by the outcome"
                                    + " (unreachable: no connection to the server, not an attempt)")
                            .register(meters));
            sends.put(
                    result,
                    Timer.builder("thidua.smtp.send")
                            .tag("result", result.name().toLowerCase())
                            .description(
                                    "How long one message took the SMTP server to answer, by the outcome (ADR 0090)")
                            .publishPercentiles(0.5, 0.99)
                            .register(meters));
        }
    }

    @Override
    public synchronized void onApplicationEvent(ServerStartupEvent event) {
        if (!config.isEnabled() || !senders.isEmpty()) {
            return;
        }
        for (int i = 0; i < config.getSenders(); i++) {
            SmtpConnection smtp = new SmtpConnection(sessions.session()); // opened by its sender on first use
            BackgroundLoop sender = BackgroundLoop.named("delivery-sender-" + i)
                    .idlePoll(config.getIdlePoll())
                    .closing(smtp)
                    .build(() -> transactions.executeWrite(status -> dispatchBatch(smtp)) > 0);
            senders.add(sender);
            sender.start();
        }
        LOG.info("{} delivery senders started", config.getSenders());
    }

    /** New deliveries committed: idle senders look at once instead of at their next poll. */
    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onCreated(Deliveries.Created created) {
        senders.forEach(BackgroundLoop::wake); // a busy sender needs no more than one look
    }

    @PreDestroy
    synchronized void stop() throws InterruptedException {
        BackgroundLoop.stopAll(senders); // each lets its batch finish and record what it sent
        senders.clear();
    }

    /** Claims, sends and records one batch; returns how many deliveries it handled. */
    private int dispatchBatch(SmtpConnection smtp) {
        List<Long> ids = deliveries.claimDue(config.getBatchSize(), Instant.now());
        if (ids.isEmpty()) {
            return 0;
        }
        List<Long> sent = new ArrayList<>();
        List<Event> outcomes = new ArrayList<>(); // published together: one multi-row outbox insert a batch
        List<Outgoing> batch = deliveries.outgoing(ids);
        for (int i = 0; i < batch.size(); i++) {
            Outgoing delivery = batch.get(i);
            acquireRate();
            Message message = compose(delivery);
            long started = System.nanoTime();
            SmtpConnection.Outcome outcome = spans.send(delivery, () -> smtp.send(message)); // its span, ADR 0094
            sends.get(outcome.result()).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            emails.get(outcome.result()).increment();
            if (outcome.result() == SmtpConnection.Result.UNREACHABLE) {
                // nothing of the rest was tried: it waits for the server, its attempts untouched
                Duration wait = retries.delayAfter(outages.incrementAndGet());
                deliveries.postpone(
                        batch.subList(i, batch.size()).stream()
                                .map(Outgoing::id)
                                .toList(),
                        Instant.now().plus(wait),
                        outcome.error());
                LOG.warn(
                        "SMTP server unreachable; {} deliveries wait {} ms without using an attempt: {}",
                        batch.size() - i,
                        wait.toMillis(),
                        outcome.error());
                break;
            }
            outages.set(0);
            int attempts = delivery.attempts() + 1;
            Instant now = Instant.now();
            if (outcome.result() == SmtpConnection.Result.ACCEPTED) {
                sent.add(delivery.id());
                outcomes.add(new DeliverySent(
                        Long.toString(delivery.id()),
                        delivery.eventId(),
                        delivery.eventType(),
                        delivery.unitId(),
                        delivery.recipient(),
                        Channel.EMAIL,
                        attempts,
                        now));
                continue;
            }
            RetrySchedule.Decision next =
                    retries.afterFailure(attempts, outcome.result() == SmtpConnection.Result.REJECTED, now);
            if (next.giveUp()) {
                deliveries.markFailed(delivery.id(), attempts, outcome.error());
                outcomes.add(new DeliveryFailed(
                        Long.toString(delivery.id()),
                        delivery.eventId(),
                        delivery.eventType(),
                        delivery.unitId(),
                        delivery.recipient(),
                        Channel.EMAIL,
                        attempts,
                        outcome.error(),
                        now));
                LOG.warn(
                        "Delivery {} to {} failed after {} attempt(s): {}",
                        delivery.id(),
                        delivery.recipient(),
                        attempts,
                        outcome.error());
            } else {
                deliveries.markRetrying(delivery.id(), attempts, next.retryAt(), outcome.error());
            }
        }
        deliveries.markSent(sent, Instant.now());
        outbox.publishAll(outcomes);
        return ids.size();
    }

    private Message compose(Outgoing delivery) {
        Email email = Email.builder()
                .from(new Contact(config.getFrom(), config.getFromName()))
                .to(
                        delivery.recipientName() == null
                                ? new Contact(delivery.recipient())
                                : new Contact(delivery.recipient(), delivery.recipientName()))
                .subject(delivery.subject())
                .body(new MultipartBody(delivery.html(), delivery.text()))
                .build();
        return composer.compose(email);
    }

    private void acquireRate() {
        try {
            rateLimit.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the send rate", e);
        }
    }
}
