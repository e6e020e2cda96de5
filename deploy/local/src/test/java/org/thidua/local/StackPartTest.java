package org.thidua.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A {@link StackPart}'s life as {@code ./thidua status} sees it: nothing, then running and answering, then gone. */
class StackPartTest {

    @TempDir
    Path home;

    @Test
    void smtpRecordsTheServerAndItsMailEndpointAnswersWhileRunningAndNotOnceStopped() {
        int smtpPort = Ports.freePort();
        int mailPort = Ports.freePort();
        Config config = Config.parse(
                List.of("--home=" + home, "--smtp-port=" + smtpPort, "--mail-http-port=" + mailPort), Map.of());
        SmtpPart smtp = new SmtpPart(config);
        assertThat(smtp.running()).isFalse();
        assertThat(smtp.status()).isEmpty();
        assertThat(smtp.health()).isEqualTo("-");

        smtp.start();
        List<StackState.Part> status;
        try {
            assertThat(smtp.running()).isTrue();
            status = smtp.status();
            assertThat(status)
                    .extracting(
                            StackState.Part::name,
                            StackState.Part::kind,
                            StackState.Part::pid,
                            StackState.Part::port,
                            StackState.Part::endpoint)
                    .containsExactly(
                            tuple("smtp", "smtp", -1L, smtpPort, "smtp://127.0.0.1:" + smtpPort),
                            tuple("mail-http", "http", -1L, mailPort, "http://127.0.0.1:" + mailPort + "/messages"));
            assertThat(status).allMatch(p -> p.log().equals(home.resolve("logs").resolve("launcher.log")));
            assertThat(smtp.health()).isEqualTo("yes"); // the SMTP port listens
            assertThat(StackPart.health(status.get(1))).isEqualTo("yes"); // GET /messages answers 200
            assertThat(smtp.readyLine())
                    .isEqualTo(
                            "smtp on " + smtpPort + ", mail read endpoint http://127.0.0.1:" + mailPort + "/messages");
        } finally {
            assertThat(smtp.stop()).isTrue();
        }

        assertThat(smtp.running()).isFalse();
        assertThat(smtp.status()).isEmpty();
        assertThat(StackPart.health(status.get(0))).isEqualTo("no (port closed)");
        assertThat(StackPart.health(status.get(1))).startsWith("no (");
        assertThat(smtp.stop()).isTrue(); // again: nothing to do
    }
}
