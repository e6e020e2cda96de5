package org.thidua.local;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EmbeddedSmtpTest {

    private EmbeddedSmtp smtp;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        smtp = EmbeddedSmtp.start(Ports.freePort()).startHttp(0);
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    @Test
    void receivesMailWithoutAuthenticationAndShowsIt() throws Exception {
        send(false, "Khen thưởng: Bằng khen \"2025\"", "Chúc mừng!");

        assertThat(smtp.awaitMessages(1, Duration.ofSeconds(10))).isTrue();
        List<EmbeddedSmtp.ReceivedMail> mails = smtp.receivedMessages();
        assertThat(mails).hasSize(1);
        EmbeddedSmtp.ReceivedMail mail = mails.get(0);
        assertThat(mail.from()).isEqualTo("noreply@thidua.local");
        assertThat(mail.to()).containsExactly("someone@example.org");
        assertThat(mail.subject()).isEqualTo("Khen thưởng: Bằng khen \"2025\"");
        assertThat(mail.text()).contains("Chúc mừng!");
        assertThat(mail.date()).isBefore(Instant.now().plusSeconds(1));
        assertThat(smtp.receivedMessages().get(0).date()).isEqualTo(mail.date()); // the reception time, stable

        HttpResponse<String> list = get("/messages");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(list.body())
                .contains("\"subject\":\"Khen thưởng: Bằng khen \\\"2025\\\"\"")
                .contains("\"from\":\"noreply@thidua.local\"")
                .contains("\"to\":[\"someone@example.org\"]")
                .contains("\"date\":\"");

        HttpResponse<String> raw = get("/messages/0");
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.body()).contains("Subject:").contains("someone@example.org");
        assertThat(get("/messages/7").statusCode()).isEqualTo(404);
        assertThat(get("/messages?format=text").body()).contains("someone@example.org");
    }

    @Test
    void acceptsAnyLoginAndCanBeCleared() throws Exception {
        send(true, "with login", "body");
        assertThat(smtp.awaitMessages(1, Duration.ofSeconds(10))).isTrue();

        HttpResponse<String> delete = http.send(
                HttpRequest.newBuilder(uri("/messages")).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(delete.statusCode()).isEqualTo(204);
        assertThat(smtp.receivedMessages()).isEmpty();
        assertThat(get("/messages").body().trim()).isEqualTo("[]");
    }

    private void send(boolean login, String subject, String text) throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", smtp.host());
        props.put("mail.smtp.port", Integer.toString(smtp.port()));
        props.put("mail.smtp.auth", Boolean.toString(login));
        Session session = Session.getInstance(props);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("noreply@thidua.local"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("someone@example.org"));
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        if (login) {
            Transport.send(message, "any-user", "any-password");
        } else {
            Transport.send(message);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + smtp.httpPort() + path);
    }
}
