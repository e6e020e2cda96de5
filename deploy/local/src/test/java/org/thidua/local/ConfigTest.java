package org.thidua.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command line of {@code ./thidua}: flags, options in both spellings, positional arguments, refusals. */
class ConfigTest {

    @Test
    void flagsOptionsInBothSpellingsAndPositionalArguments() {
        Config config = Config.parse(
                List.of("--build", "-d", "--db-port", "3399", "--smtp-port=4025", "3", "--no-portal"), Map.of());

        assertThat(config.build).isTrue();
        assertThat(config.detach).isTrue();
        assertThat(config.noPortal).isTrue();
        assertThat(config.dbPort).isEqualTo(3399);
        assertThat(config.smtpPort).isEqualTo(4025);
        assertThat(config.positional).containsExactly("3"); // ./thidua mail 3
        // what a detached child is started with: every argument as given, values included
        assertThat(config.rawArgs)
                .containsExactly("--build", "-d", "--db-port", "3399", "--smtp-port=4025", "3", "--no-portal");
        assertThat(Config.parse(List.of(), Map.of()).build).isFalse();
    }

    @Test
    void anOptionWinsOverItsEnvironmentVariableWhichWinsOverTheDefault() {
        Map<String, String> env = Map.of("THIDUA_KAFKA_PORT", "19092", "THIDUA_DB_PORT", "13307");

        Config config = Config.parse(List.of("--db-port=23307"), env);

        assertThat(config.dbPort).isEqualTo(23307);
        assertThat(config.kafkaPort).isEqualTo(19092);
        assertThat(config.mailHttpPort).isEqualTo(8025);
        assertThat(config.readyTimeout).hasSeconds(180);
    }

    @Test
    void servicesWithoutAPortTakeTheNextOne() {
        assertThat(Config.parseServices("units-service:9001, campaigns-service,,awards-service:9100,x"))
                .containsExactly(
                        new ServiceSpec("units-service", 9001),
                        new ServiceSpec("campaigns-service", 9002),
                        new ServiceSpec("awards-service", 9100),
                        new ServiceSpec("x", 9101));
    }

    @Test
    void anUnknownOptionAMissingValueOrANonNumberIsRefusedByName() {
        assertThatThrownBy(() -> Config.parse(List.of("-x"), Map.of()))
                .isInstanceOf(UsageException.class)
                .hasMessage("unknown option -x");
        assertThatThrownBy(() -> Config.parse(List.of("--db-port"), Map.of()))
                .isInstanceOf(UsageException.class)
                .hasMessage("missing value for --db-port");
        assertThatThrownBy(() -> Config.parse(List.of("--colour=red"), Map.of()))
                .isInstanceOf(UsageException.class)
                .hasMessage("unknown option --colour");
        assertThatThrownBy(() -> Config.parse(List.of(), Map.of("THIDUA_READY_TIMEOUT", "soon")))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("--ready-timeout / THIDUA_READY_TIMEOUT");
    }

    @Test
    void anUnknownCommandOrOptionPrintsTheUsageAndExits2() {
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            assertThat(Launcher.run("start", List.of(), Map.of())).isEqualTo(2);
            assertThat(Launcher.run("status", List.of("--colour=red"), Map.of()))
                    .isEqualTo(2);
        } finally {
            System.setErr(err);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains(
                        "thidua: unknown command start",
                        "thidua: unknown option --colour",
                        "usage: thidua <command> [options]");
    }
}
