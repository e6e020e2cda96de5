package org.thidua.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.thidua.testing.JsonApi;
import org.thidua.testing.RealInfrastructure;

/**
 * An operator's portal address ({@code THIDUA_PORTAL_URL}) starts the links, whole. Checked on the notice that is the
 * e-mail's body (its text and HTML), with the senders off ({@link NotificationDeliveryTest} checks the received e-mails
 * on the default address).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalLinkConfiguredTest implements RealInfrastructure {

    @Inject
    @Client("/")
    HttpClient http;

    private final TestEvents events = new TestEvents();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(RealInfrastructure.super.getProperties());
        p.put("thidua.portal.url", "https://thidua.example.org:8443/");
        // no senders: the notice is checked, not an e-mail
        p.put("thidua.notifications.delivery.enabled", "false");
        // events of campaigns never launched here go out a second after (ADR 0035), not after ten minutes
        p.put("thidua.notifications.campaign-wait", "1s");
        return p;
    }

    @AfterAll
    void close() {
        events.close();
    }

    @Test
    void aConfiguredPortalAddressStartsTheLinkWithItsPortAndNoDoubleSlash() {
        String tag = "c" + TestEvents.id().substring(0, 8);
        String unit = events.unit(TestEvents.id(), tag, "Vụ Tổ chức – Cán bộ", "vi", "ok@" + tag + ".vn");
        String campaignId = TestEvents.id();
        events.deadline(campaignId, unit); // kept until the unit is projected, if it is not yet
        JsonApi api = new JsonApi(http.toBlocking());
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get("/api/v1/inbox?unitId=" + unit).size() == 1);
        JsonNode notice = api.get("/api/v1/inbox?unitId=" + unit).get(0);
        String link = "https://thidua.example.org:8443/campaigns/" + campaignId;
        assertThat(notice.get("text").asText()).containsPattern(Pattern.quote(": " + link) + "\\s");
        assertThat(notice.get("html").asText()).contains("<a href=\"" + link + "\">" + link + "</a>");
    }
}
