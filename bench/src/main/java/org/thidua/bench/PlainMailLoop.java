package org.thidua.bench;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.thidua.local.EmbeddedSmtp;

/**
 * The baseline {@link NotificationsBenchmark} measures the fan-out against: the same emails the service sent, read back
 * from its database, sent one after another with Jakarta Mail over one reused connection.
 */
final class PlainMailLoop {

    private PlainMailLoop() {}

    /** One email as the fan-out sent it. */
    record PlainMessage(String recipient, String recipientName, String subject, String text, String html) {}

    /** The emails the service sent for {@code eventId}, with the content it rendered, in sending order. */
    static List<PlainMessage> messages(Connection jdbc, String eventId) throws SQLException {
        List<PlainMessage> messages = new ArrayList<>();
        try (var statement = jdbc.prepareStatement("SELECT d.recipient, d.recipient_name, n.subject, n.body_text,"
                + " n.body_html FROM delivery d JOIN notice n ON n.id = d.notice_id WHERE d.event_id = ?"
                + " AND d.state = 'SENT' ORDER BY d.id")) {
            statement.setString(1, eventId);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    messages.add(new PlainMessage(
                            rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
        }
        return messages;
    }

    /** Sends {@code messages} one after another over one connection; seconds until the server received them all. */
    static double send(EmbeddedSmtp smtp, List<PlainMessage> messages) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", smtp.host());
        properties.put("mail.smtp.port", Integer.toString(smtp.port()));
        Session session = Session.getInstance(properties);
        long start = System.nanoTime();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            for (PlainMessage plain : messages) {
                MimeMessage message = new MimeMessage(session);
                message.setFrom(new InternetAddress("thidua@thidua.local", "Thi đua – Khen thưởng", "UTF-8"));
                message.setRecipient(
                        Message.RecipientType.TO,
                        new InternetAddress(plain.recipient(), plain.recipientName(), "UTF-8"));
                message.setSubject(plain.subject(), "UTF-8");
                MimeMultipart body = new MimeMultipart("alternative");
                MimeBodyPart text = new MimeBodyPart();
                text.setText(plain.text(), "UTF-8");
                MimeBodyPart html = new MimeBodyPart();
                html.setContent(plain.html(), "text/html; charset=UTF-8");
                body.addBodyPart(text);
                body.addBodyPart(html);
                message.setContent(body);
                message.saveChanges();
                transport.sendMessage(message, message.getAllRecipients());
            }
        }
        if (!smtp.awaitMessages(messages.size(), Duration.ofMinutes(5))) {
            throw new IllegalStateException("Not every plain email arrived");
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
