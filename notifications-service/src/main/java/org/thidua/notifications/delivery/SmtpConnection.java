package org.thidua.notifications.delivery;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * One SMTP connection, opened on first use and reused for every message a sender sends; reopened after it broke.
 * Not thread-safe: each sender thread has its own.
 * <p>
 * {@code Transport.isConnected()} of an SMTP transport asks the server ({@code NOOP}): a round trip and a command for
 * the server to handle. Asked before every message it cost a fifth of the server's and the sender's work, so it is
 * asked only of a connection idle for {@link #IDLE_CHECK} (which the server may have dropped); a connection that
 * breaks while in use fails its send, which is retried like any unavailable server.
 */
final class SmtpConnection implements AutoCloseable {

    static final java.time.Duration IDLE_CHECK = java.time.Duration.ofSeconds(5);

    /** How a send ended. */
    enum Result { ACCEPTED, REJECTED, UNAVAILABLE }

    /** The result and, unless accepted, the server's or the client's reason. */
    record Outcome(Result result, String error) {
    }

    private final Session session;
    private Transport transport;
    private long lastUsed;

    SmtpConnection(Session session) {
        this.session = session;
    }

    Outcome send(Message message) {
        try {
            if (transport == null || System.nanoTime() - lastUsed > IDLE_CHECK.toNanos() && !transport.isConnected()) {
                close();
                transport = session.getTransport("smtp");
                transport.connect();
            }
            transport.sendMessage(message, message.getAllRecipients());
            lastUsed = System.nanoTime();
            return new Outcome(Result.ACCEPTED, null);
        } catch (SendFailedException e) {
            // the server answered: 5xx is permanent (unknown mailbox, policy), 4xx asks to try later
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
        return e instanceof SendFailedException failed && failed.getInvalidAddresses() != null
                && failed.getInvalidAddresses().length > 0;
    }

    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
        if (e instanceof MessagingException m && m.getNextException() != null
                && m.getNextException() != e.getCause()) {
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
