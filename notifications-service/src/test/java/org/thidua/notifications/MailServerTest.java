package org.thidua.notifications;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.thidua.local.EmbeddedSmtp;
import org.thidua.local.Ports;
import org.thidua.testing.DatabaseState;
import org.thidua.testing.JsonApi;
import org.thidua.testing.RealInfrastructure;
import org.thidua.testing.SmtpGate;

/**
 * The set-up of the tests that read notices as e-mails from a real SMTP server (GreenMail): the server, optionally
 * behind an {@link SmtpGate} for outages and rejections, the service's senders pointed at it and polling every 100 ms,
 * events sent through the real broker, and the helpers that find mails and count rows. A test class adds its own
 * settings in {@link #configure(Map)}; it is {@code @MicronautTest(transactional = false)} itself.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MailServerTest implements RealInfrastructure {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    final TestEvents events = new TestEvents();
    EmbeddedSmtp smtp;
    /** The gate in front of the server, or null when the senders talk to it directly. */
    SmtpGate gate;

    /** A gate refuses the recipients whose address ends with this (for example "@rejected.example.com"); null: none. */
    String rejectedDomain() {
        return null;
    }

    /** The test's own settings, beside the mail server's. */
    void configure(Map<String, String> properties) {}

    @Override
    public final Map<String, String> getProperties() {
        smtp = EmbeddedSmtp.start(Ports.freePort());
        int port = smtp.port();
        if (rejectedDomain() != null) {
            gate = new SmtpGate(Ports.freePort(), smtp.port(), rejectedDomain());
            port = gate.port();
        }
        Map<String, String> p = new HashMap<>(RealInfrastructure.super.getProperties());
        p.put("javamail.properties.mail.smtp.host", "127.0.0.1");
        p.put("javamail.properties.mail.smtp.port", Integer.toString(port));
        p.put("thidua.notifications.delivery.idle-poll", "100ms");
        configure(p);
        return p;
    }

    @AfterAll
    void closeMailServer() {
        events.close();
        if (gate != null) {
            gate.close();
        }
        smtp.stop();
    }

    /** The mails received for addresses that contain {@code part} (a test's tag), in the order they came. */
    List<EmbeddedSmtp.ReceivedMail> mailsTo(String part) {
        return smtp.receivedMessages().stream()
                .filter(m -> m.to().stream().anyMatch(t -> t.contains(part)))
                .toList();
    }

    /** The one mail of {@code mails} to {@code address}. */
    static EmbeddedSmtp.ReceivedMail mailTo(List<EmbeddedSmtp.ReceivedMail> mails, String address) {
        return mails.stream()
                .filter(m -> m.to().stream().anyMatch(to -> to.contains(address)))
                .findFirst()
                .orElseThrow();
    }

    /** The plain text of the mail, with the line ends as the template wrote them. */
    static String text(EmbeddedSmtp.ReceivedMail mail) {
        return mail.text().replace("\r\n", "\n");
    }

    /** The campaign's launch is known here (its title), whichever topic the next event comes on. */
    void awaitLaunched(String campaignId) {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> count("SELECT COUNT(*) FROM notice_campaign WHERE campaign_id = ?", campaignId) == 1);
    }

    JsonApi api() {
        return new JsonApi(http.toBlocking());
    }

    JsonNode get(String path) {
        return api().get(path);
    }

    long count(String sql, Object... parameters) {
        return new DatabaseState(jdbc, transactions).count(sql, parameters);
    }
}
