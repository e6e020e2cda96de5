package org.thidua.local;

import java.nio.file.Path;
import java.util.List;

/**
 * GreenMail SMTP inside the launcher JVM (no process of its own: pid -1 in the state file) and its mail read
 * endpoint ({@code GET /messages}, what {@code ./thidua mail} reads).
 */
final class SmtpPart implements StackPart {

    private final Config config;
    private volatile EmbeddedSmtp smtp;

    SmtpPart(Config config) {
        this.config = config;
    }

    @Override
    public String name() {
        return "smtp";
    }

    @Override
    public Path log() {
        return config.logs().resolve("launcher.log");
    }

    @Override
    public void start() {
        smtp = EmbeddedSmtp.start(config.smtpPort).startHttp(config.mailHttpPort);
    }

    @Override
    public String readyLine() {
        return "smtp on " + config.smtpPort + ", mail read endpoint " + mailEndpoint();
    }

    private String mailEndpoint() {
        return "http://127.0.0.1:" + config.mailHttpPort + "/messages";
    }

    @Override
    public List<StackState.Part> status() {
        if (smtp == null) {
            return List.of();
        }
        return List.of(
                new StackState.Part(
                        "smtp",
                        "smtp",
                        -1,
                        config.smtpPort,
                        "smtp://127.0.0.1:" + config.smtpPort,
                        "tcp",
                        log(),
                        "GreenMail, in the launcher JVM",
                        ""),
                new StackState.Part(
                        "mail-http",
                        "http",
                        -1,
                        config.mailHttpPort,
                        mailEndpoint(),
                        mailEndpoint(),
                        log(),
                        "./thidua mail",
                        ""));
    }

    @Override
    public boolean running() {
        return smtp != null;
    }

    @Override
    public synchronized boolean stop() {
        EmbeddedSmtp toStop = smtp;
        smtp = null;
        if (toStop != null) {
            toStop.stop();
        }
        return true;
    }
}
