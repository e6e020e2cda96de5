package org.thidua.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thidua.local.EmbeddedSmtp;
import org.thidua.local.Ports;
import org.thidua.testing.SmtpGate;

/**
 * The whole suite as real processes, once per test JVM, for the portal's browser tests: the four services from their
 * jars on the test infrastructure's broker and databases, GreenMail as their SMTP server, and the portal with its
 * development sign-in, calling the services. E-mails link to this portal ({@code THIDUA_PORTAL_URL}). Every part
 * listens on a free port. Stopped when the JVM ends.
 */
final class PortalStack {

    /** The accounts file the development sign-in lists besides units and groups (council members, for one). */
    private static final Path ACCOUNTS = Path.of("target", "portal-accounts.json");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A mailbox domain the SMTP server refuses (a permanent failure) while {@code smtpGate} is rejecting. */
    static final String REFUSED_DOMAIN = "@refused.example.com";

    private static PortalStack instance;
    private final List<Map<String, Object>> accounts = new ArrayList<>();

    final EmbeddedSmtp smtp;
    /** In front of GreenMail: answers 550 to addresses at {@link #REFUSED_DOMAIN} until told otherwise. */
    final SmtpGate smtpGate;

    final RunningService units;
    final RunningService campaigns;
    final RunningService awards;
    final RunningService notifications;
    final RunningService portal;

    private PortalStack() {
        smtp = EmbeddedSmtp.start(Ports.freePort());
        smtpGate = new SmtpGate(Ports.freePort(), smtp.port(), REFUSED_DOMAIN);
        int portalPort = Ports.freePort();
        String portalUrl = "http://127.0.0.1:" + portalPort;
        units = RunningService.launch("units-service", Ports.freePort(), Map.of());
        campaigns = RunningService.launch("campaigns-service", Ports.freePort(), Map.of());
        awards = RunningService.launch("awards-service", Ports.freePort(), Map.of());
        notifications = RunningService.launch(
                "notifications-service",
                Ports.freePort(),
                Map.of(
                        "SMTP_HOST",
                        smtp.host(),
                        "SMTP_PORT",
                        Integer.toString(smtpGate.port()),
                        "THIDUA_PORTAL_URL",
                        portalUrl));
        for (RunningService service : List.of(units, campaigns, awards, notifications)) {
            service.awaitReady();
        }
        Map<String, String> environment = new HashMap<>();
        environment.put("MICRONAUT_HTTP_SERVICES_UNITS_URL", units.baseUrl());
        environment.put("MICRONAUT_HTTP_SERVICES_CAMPAIGNS_URL", campaigns.baseUrl());
        environment.put("MICRONAUT_HTTP_SERVICES_AWARDS_URL", awards.baseUrl());
        environment.put("MICRONAUT_HTTP_SERVICES_NOTIFICATIONS_URL", notifications.baseUrl());
        environment.put("THIDUA_PORTAL_DEV_SIGN_IN", "true");
        environment.put("THIDUA_PORTAL_DEMO_ACCOUNTS", ACCOUNTS.toAbsolutePath().toString());
        portal = RunningService.launchPortal(portalPort, environment).awaitReady();
    }

    static synchronized PortalStack get() {
        if (instance == null) {
            instance = new PortalStack();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "portal-stack-stop"));
        }
        return instance;
    }

    /**
     * Lists an account on the development sign-in page, as the demo loader's file does: e.g. a council member
     * ({@code "COUNCIL_MEMBER", Map.of("member_id", id)}); the label is the button's text.
     */
    synchronized void addAccount(String label, String role, Map<String, Object> claims) {
        Map<String, Object> account = new LinkedHashMap<>(claims);
        account.put("label", label);
        account.put("roles", List.of(role));
        accounts.add(account);
        try {
            Files.createDirectories(ACCOUNTS.toAbsolutePath().getParent());
            JSON.writeValue(ACCOUNTS.toFile(), accounts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The portal's address of {@code path}, e.g. {@code /campaigns}. */
    String page(String path) {
        return portal.baseUrl() + path;
    }

    private void stop() {
        for (RunningService service : List.of(portal, notifications, awards, campaigns, units)) {
            service.close();
        }
        smtpGate.close();
        smtp.stop();
    }
}
