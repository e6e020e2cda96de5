package org.thidua.notifications.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.thidua.contracts.awards.NominationApproved;
import org.thidua.contracts.campaigns.DeadlineApproaching;

/** An event on its way to notices: its data read once as template variables, the campaign it names if any. */
class RoutedEventTest {

    @Test
    void theDataBecomesTemplateVariablesAndNamesItsCampaign() {
        RoutedEvent event = RoutedEvent.of(
                NotificationRouting.routeOf(DeadlineApproaching.TYPE).orElseThrow(),
                "e-1",
                bytes("{\"campaignId\":\"c-1\",\"unitId\":\"u-1\",\"deadline\":\"2019-02-28\",\"daysLeft\":3}"));

        assertThat(event.eventType()).isEqualTo(DeadlineApproaching.TYPE);
        assertThat(event.campaignId()).isEqualTo("c-1");
        assertThat(event.unitId()).isEqualTo("u-1");
        assertThat(event.fields()).containsEntry("deadline", "2019-02-28").containsEntry("daysLeft", 3);
    }

    @Test
    void anEventWithoutACampaignNamesNone() {
        var route = NotificationRouting.routeOf(NominationApproved.TYPE).orElseThrow();

        assertThat(RoutedEvent.of(route, "e-2", bytes("{\"nominationId\":\"n-1\"}"))
                        .campaignId())
                .isNull();
        assertThat(RoutedEvent.of(route, "e-2", bytes("{\"nominationId\":\"n-1\"}"))
                        .unitId())
                .isNull();
        assertThat(RoutedEvent.of(route, "e-3", bytes("{\"campaignId\":7}")).campaignId())
                .isNull();
        assertThatThrownBy(() -> RoutedEvent.of(route, "e-4", bytes("not json")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
