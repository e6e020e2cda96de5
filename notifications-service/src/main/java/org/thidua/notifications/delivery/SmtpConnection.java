package org.thidua.notifications.delivery;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.time.Duration;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * One SMTP connection, opened on first use and reused for every message a sender sends; reopened after it broke.
 * Not thread-safe: each sender thread has its own.
 * <p>
 * {@code Transport.isConnected()} of an SMTP transport asks the server ({@code NOOP}): a round trip and a command for
 * the server to handle. Asked before every message it cost a fifth of the server's and the sender's work, so it is
 * asked only of a connection idle for {@link #IDLE_CHECK} (which the server may have dropped); a connection that
 * breaks while in use is replaced by a new one and the message sent again on it. When no connection can be opened
 * the message was not tried: {@link Result#UNREACHABLE}.
 */
final class SmtpConnection implements AutoCloseable {

    static final Duration IDLE_CHECK = Duration.ofSeconds(5);

    /**
     * How a send ended. UNREACHABLE: no connection to the server could be opened, so the message was not tried at all
     * (an outage, which must not use up the message's attempts); UNAVAILABLE: the message was tried and the server
     * asked to try later (4xx) or the connection broke while it was being sent.
     */
    enum Result {
        ACCEPTED,
        REJECTED,
        UNAVAILABLE,
        UNREACHABLE
    }

    /** The result and, unless accepted, the server's or the client's reason. */
    record Outcome(Result result, String error) {}

    private final Session session;
    private Transport transport;
    private long lastUsed;

    SmtpConnection(Session session) {
        this.session = session;
    }

    Outcome send(Message message) {
        boolean kept =
                transport != null && (System.nanoTime() - lastUsed <= IDLE_CHECK.toNanos() || transport.isConnected());
        if (!kept) {
            Outcome unreachable = open();
            if (unreachable != null) {
                return unreachable;
            }
        }
        Outcome outcome = deliver(message);
        if (kept && transport == null) {
            // the kept connection had been dropped by the server, so the message did not get through: once more on a
            // new connection, and if none can be opened the server is unreachable and the message was not tried
            Outcome unreachable = open();
            return unreachable != null ? unreachable : deliver(message);
        }
        return outcome;
    }

    /** Opens a new connection; the UNREACHABLE outcome if it cannot, null when it is open. */
    private Outcome open() {
        close();
        try {
            transport = session.getTransport("smtp");
            transport.connect();
            return null;
        } catch (MessagingException | IllegalStateException e) {
            close();
            return new Outcome(Result.UNREACHABLE, describe(e));
        }
    }

    /** Sends over the open connection; a broken connection is closed (so {@code transport} is null after it). */
    private Outcome deliver(Message message) {
        try {
            transport.sendMessage(message, message.getAllRecipients());
            lastUsed = System.nanoTime();
            return new Outcome(Result.ACCEPTED, null);
        } catch (SendFailedException e) {
            // the server answered: 5xx is permanent (unknown mailbox, policy), 4xx asks to try later
            lastUsed = System.nanoTime();
            return new Outcome(isPermanent(e) ? Result.REJECTED : Result.UNAVAILABLE, describe(e));
        } catch (MessagingException | IllegalStateException e) {
            close(); // the connection is gone or unusable; the next send opens a new one
            return new Outcome(Result.UNAVAILABLE, describe(e));
        }
    }

    private static boolean isPermanent(Exception e) {
        for (Throwable t = e; t != null; t = t instanceof MessagingException m ? m.getNextException() : t.getCause()) {
            if (t instanceof SMTPAddressFailedException address) {
                return address.getReturnCode() >= 500;
            }
            if (t instanceof SMTPSendFailedException send) {
                return send.getReturnCode() >= 500;
            }
        }
        return e instanceof SendFailedException failed
                && failed.getInvalidAddresses() != null
                && failed.getInvalidAddresses().length > 0;
    }

    private static String describe(Exception e) {
        StringBuilder text =
                new StringBuilder(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
        if (e instanceof MessagingException m && m.getNextException() != null && m.getNextException() != e.getCause()) {
            text.append("; ").append(m.getNextException().getMessage());
        } else if (e.getCause() != null) {
            text.append("; ").append(e.getCause().getMessage());
        }
        return text.toString().strip();
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException | RuntimeException ignored) {
                // closing a broken connection
            }
            transport = null;
        }
    }
}
