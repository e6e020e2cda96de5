package org.thidua.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.thidua.contracts.campaigns.CampaignLaunched;
import org.thidua.notifications.routing.NotificationRouting;
import org.thidua.testing.JsonApi;
import org.thidua.testing.RealInfrastructure;

/** Operators can see which template each event uses and read every template in both languages. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TemplateApiTest implements RealInfrastructure {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void everyRoutedEventHasItsTemplateInVietnameseAndEnglish() throws Exception {
        JsonNode templates = JsonApi.read(http.toBlocking().retrieve("/api/v1/templates"));
        assertThat(templates.size()).isEqualTo(NotificationRouting.routes().size());
        JsonNode launch = null;
        for (JsonNode template : templates) {
            if (CampaignLaunched.TYPE.equals(template.get("eventType").asText())) {
                launch = template;
            }
            for (String language : new String[] {"vi", "en"}) {
                JsonNode source = JsonApi.read(http.toBlocking()
                        .retrieve(
                                "/api/v1/templates/" + template.get("template").asText() + "/" + language));
                assertThat(source.get("subject").asText()).isNotBlank();
                assertThat(source.get("text").asText()).isNotBlank();
                assertThat(source.get("html").asText()).contains("<");
            }
        }
        assertThat(launch).isNotNull();
        assertThat(launch.get("necessity").asText()).isEqualTo("MANDATORY");
        assertThat(launch.get("audience").asText()).isEqualTo("UNITS_IN_CAMPAIGN_SCOPE");
    }

    @Test
    void anUnknownTemplateOrLanguageIsA404Problem() {
        for (String path : new String[] {"/api/v1/templates/no-such/vi", "/api/v1/templates/campaign-launched/fr"}) {
            assertThat(new JsonApi(http.toBlocking())
                            .problem(HttpRequest.GET(path), 404)
                            .path("type")
                            .asText())
                    .isEqualTo("https://thidua.org/problems/not-found");
        }
    }
}
