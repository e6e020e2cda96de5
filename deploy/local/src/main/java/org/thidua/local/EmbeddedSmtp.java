package org.thidua.local;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * GreenMail SMTP server on 127.0.0.1 (no authentication required; any login accepted) with a read API, and an
 * optional small HTTP endpoint (JDK HttpServer) to look at what was received:
 *
 * <ul>
 *   <li>{@code GET /messages} - JSON array of {@code {index, from, to, subject, date}}</li>
 *   <li>{@code GET /messages/{index}} - the raw message (RFC 822 text)</li>
 *   <li>{@code DELETE /messages} - forget all received mail</li>
 * </ul>
 *
 * <p>Mail is kept in memory only. A message sent to several recipients is listed once per recipient mailbox.
 */
public final class EmbeddedSmtp implements AutoCloseable {

    /** A received message. {@code date} is when the server received it. */
    public record ReceivedMail(
            int index, String from, List<String> to, String subject, Instant date, String text, String raw) {}

    private final GreenMail greenMail;
    private final int port;
    private HttpServer http;
    private ExecutorService httpExecutor;

    private EmbeddedSmtp(GreenMail greenMail, int port) {
        this.greenMail = greenMail;
        this.port = port;
    }

    /** Starts SMTP on 127.0.0.1:{@code smtpPort}. */
    public static EmbeddedSmtp start(int smtpPort) {
        Ports.requireFree(smtpPort, "SMTP");
        // GreenMail parses every message it receives with Jakarta Mail, which otherwise looks its StreamProvider up
        // through the ServiceLoader for each part and header (jakartaee/mail-api#699, #861): twice the messages per
        // second when the provider is named
        if (System.getProperty("jakarta.mail.util.StreamProvider") == null) {
            System.setProperty("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
        }
        ServerSetup setup = new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        setup.setServerStartupTimeout(15_000);
        GreenMail greenMail = new GreenMail(setup);
        greenMail.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        return new EmbeddedSmtp(greenMail, smtpPort);
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return port;
    }

    /** Port of the HTTP endpoint, or -1 if not started. */
    public synchronized int httpPort() {
        return http == null ? -1 : http.getAddress().getPort();
    }

    /** All messages received so far, oldest first; {@code index} is the position in this list. */
    public List<ReceivedMail> receivedMessages() {
        List<MimeMessage> messages = new ArrayList<>(List.of(greenMail.getReceivedMessages()));
        messages.sort(Comparator.comparing(EmbeddedSmtp::receivedAt)); // stable: keeps mailbox order on ties
        List<ReceivedMail> result = new ArrayList<>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            result.add(toMail(i, messages.get(i)));
        }
        return result;
    }

    private static Instant receivedAt(MimeMessage message) {
        try {
            Date received = message.getReceivedDate();
            if (received == null) {
                received = message.getSentDate();
            }
            return received == null ? Instant.EPOCH : received.toInstant();
        } catch (MessagingException e) {
            return Instant.EPOCH;
        }
    }

    /** Waits until at least {@code count} messages were received in total. */
    public boolean awaitMessages(int count, Duration timeout) {
        return greenMail.waitForIncomingEmail(timeout.toMillis(), count);
    }

    /**
     * Deletes all received mail and the mailboxes GreenMail made for each new address (it finds a mailbox by walking
     * a list of them, so thousands of stale ones slow every later delivery down).
     */
    public void clear() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException("cannot purge mailboxes", e);
        }
        UserManager users = greenMail.getUserManager();
        List.copyOf(users.listUser()).forEach(users::deleteUser);
    }

    /** Starts the HTTP read endpoint on 127.0.0.1:{@code httpPort} (0 = any free port). */
    public synchronized EmbeddedSmtp startHttp(int httpPort) {
        if (http != null) {
            throw new IllegalStateException("HTTP endpoint already started on port " + httpPort());
        }
        if (httpPort != 0) {
            Ports.requireFree(httpPort, "mail HTTP endpoint");
        }
        try {
            HttpServer server =
                    HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), httpPort), 16);
            server.createContext("/messages", this::handle);
            server.createContext(
                    "/",
                    exchange -> respond(exchange, 404, "text/plain", "try GET /messages or GET /messages/{index}\n"));
            httpExecutor = Executors.newFixedThreadPool(2, r -> {
                Thread t = new Thread(r, "mail-http");
                t.setDaemon(true);
                return t;
            });
            server.setExecutor(httpExecutor);
            server.start();
            http = server;
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the mail HTTP endpoint on port " + httpPort, e);
        }
    }

    public synchronized void stop() {
        if (http != null) {
            http.stop(0);
            httpExecutor.shutdownNow();
            http = null;
        }
        if (greenMail.isRunning()) {
            greenMail.stop();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (path.equals("/messages") || path.equals("/messages/")) {
                if ("DELETE".equals(method)) {
                    clear();
                    respond(exchange, 204, "text/plain", "");
                } else if ("GET".equals(method)) {
                    String query = exchange.getRequestURI().getQuery();
                    if (query != null && query.contains("format=text")) {
                        respond(exchange, 200, "text/plain; charset=utf-8", toText(receivedMessages()));
                    } else {
                        respond(exchange, 200, "application/json", toJson(receivedMessages()));
                    }
                } else {
                    respond(exchange, 405, "text/plain", "method not allowed\n");
                }
                return;
            }
            String rest = path.substring("/messages/".length());
            int index;
            try {
                index = Integer.parseInt(rest);
            } catch (NumberFormatException e) {
                respond(exchange, 404, "text/plain", "no such message: " + rest + "\n");
                return;
            }
            List<ReceivedMail> mails = receivedMessages();
            if (index < 0 || index >= mails.size()) {
                respond(exchange, 404, "text/plain", "no such message: " + index + "\n");
                return;
            }
            respond(exchange, 200, "text/plain; charset=utf-8", mails.get(index).raw());
        } catch (RuntimeException e) {
            respond(exchange, 500, "text/plain", e + "\n");
        }
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, status == 204 ? -1 : bytes.length);
        if (status != 204) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }

    static String toJson(List<ReceivedMail> mails) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < mails.size(); i++) {
            ReceivedMail mail = mails.get(i);
            if (i > 0) {
                json.append(',');
            }
            json.append("\n  {\"index\":")
                    .append(mail.index())
                    .append(",\"from\":")
                    .append(quote(mail.from()))
                    .append(",\"to\":[");
            for (int j = 0; j < mail.to().size(); j++) {
                if (j > 0) {
                    json.append(',');
                }
                json.append(quote(mail.to().get(j)));
            }
            json.append("],\"subject\":")
                    .append(quote(mail.subject()))
                    .append(",\"date\":")
                    .append(quote(mail.date() == null ? null : mail.date().toString()))
                    .append('}');
        }
        return json.append(mails.isEmpty() ? "]\n" : "\n]\n").toString();
    }

    /** A plain-text table of the messages (for {@code ./thidua mail}). */
    static String toText(List<ReceivedMail> mails) {
        if (mails.isEmpty()) {
            return "no mail received\n";
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("#", "DATE", "FROM", "TO", "SUBJECT"));
        for (ReceivedMail mail : mails) {
            rows.add(List.of(
                    Integer.toString(mail.index()),
                    mail.date() == null ? "" : mail.date().toString(),
                    mail.from() == null ? "" : mail.from(),
                    String.join(", ", mail.to()),
                    mail.subject() == null ? "" : mail.subject()));
        }
        return Table.render(rows);
    }

    static String quote(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static ReceivedMail toMail(int index, MimeMessage message) {
        try {
            Address[] from = message.getFrom();
            List<String> to = new ArrayList<>();
            for (Message.RecipientType type :
                    new Message.RecipientType[] {Message.RecipientType.TO, Message.RecipientType.CC}) {
                Address[] recipients = message.getRecipients(type);
                if (recipients != null) {
                    for (Address address : recipients) {
                        to.add(address.toString());
                    }
                }
            }
            Instant date = receivedAt(message);
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            message.writeTo(raw);
            return new ReceivedMail(
                    index,
                    from == null || from.length == 0 ? null : from[0].toString(),
                    List.copyOf(to),
                    message.getSubject(),
                    date,
                    textOf(message),
                    raw.toString(StandardCharsets.UTF_8));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot read received message " + index, e);
        }
    }

    /** The first text/* part of the message, or "" (best effort). */
    private static String textOf(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/*")) {
            Object content = part.getContent();
            return content instanceof String s ? s : "";
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String text = textOf(body);
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }
}
