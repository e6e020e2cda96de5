package org.thidua.notifications.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thidua.contracts.EventSchemas;
import org.thidua.notifications.routing.NotificationRouting.Route;

class PortalLinksTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aLinkIsThePortalsAddressAndThePageFilledFromTheEvent() {
        PortalLinks links = new PortalLinks("http://127.0.0.1:8080");
        assertThat(links.link("/campaigns/{campaignId}", Map.of("campaignId", "c-1")))
                .isEqualTo("http://127.0.0.1:8080/campaigns/c-1");
        assertThat(new PortalLinks("https://thidua.example.org/")
                        .link(
                                "/campaigns/{campaignId}/rankings/{period}",
                                Map.of("campaignId", "c-1", "period", "MID_YEAR")))
                .isEqualTo("https://thidua.example.org/campaigns/c-1/rankings/MID_YEAR");
    }

    @Test
    void aValueIsEncodedAsOnePathSegment() {
        assertThat(new PortalLinks("http://127.0.0.1:8080")
                        .link("/registrations/{registrationId}", Map.of("registrationId", "a/b c?d")))
                .isEqualTo("http://127.0.0.1:8080/registrations/a%2Fb%20c%3Fd");
    }

    @Test
    void anEventWithoutTheFieldLinksToThePortalsHomePage() {
        assertThat(new PortalLinks("http://127.0.0.1:8080").link("/decisions/{decisionId}", Map.of()))
                .isEqualTo("http://127.0.0.1:8080/");
    }

    @Test
    void thePortalsAddressMustBeAnHttpAddress() {
        // what the old setting's unquoted default became: Micronaut cut it at its colons
        assertThatThrownBy(() -> new PortalLinks("8082")).hasMessageContaining("thidua.portal.url");
    }

    @Test
    void everyRoutedEventNamesEveryFieldOfItsPage() throws Exception {
        PortalLinks links = new PortalLinks("http://127.0.0.1:8080");
        for (Route route : NotificationRouting.routes().values()) {
            Map<String, Object> example = JSON.readValue(
                    JSON.writeValueAsBytes(
                            EventSchemas.examples(route.eventType()).get(0)),
                    new TypeReference<>() {});
            String link = links.link(route.page(), example);
            assertThat(link)
                    .as(route.eventType())
                    .doesNotContain("{")
                    .isNotEqualTo("http://127.0.0.1:8080/")
                    .startsWith("http://127.0.0.1:8080/");
        }
    }
}
