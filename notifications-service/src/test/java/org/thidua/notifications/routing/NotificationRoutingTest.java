package org.thidua.notifications.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.thidua.contracts.EventTypes;
import org.thidua.contracts.awards.AwardDecided;
import org.thidua.contracts.awards.DisclosurePublished;
import org.thidua.contracts.awards.NominationApproved;
import org.thidua.contracts.awards.NominationDisclosed;
import org.thidua.contracts.awards.NominationRejected;
import org.thidua.contracts.awards.NominationWithdrawn;
import org.thidua.contracts.campaigns.CampaignCancelled;
import org.thidua.contracts.campaigns.CampaignClosed;
import org.thidua.contracts.campaigns.CampaignLaunched;
import org.thidua.contracts.campaigns.DeadlineApproaching;
import org.thidua.contracts.registrations.RegistrationSubmitted;
import org.thidua.contracts.units.UnitRegistered;
import org.thidua.notifications.routing.NotificationRouting.Audience;
import org.thidua.notifications.routing.NotificationRouting.Route;

class NotificationRoutingTest {

    @Test
    void aLaunchReachesTheUnitsInScopeAndCannotBeMuted() {
        Route route = NotificationRouting.routeOf(CampaignLaunched.TYPE).orElseThrow();
        assertThat(route.audience()).isEqualTo(Audience.UNITS_IN_CAMPAIGN_SCOPE);
        assertThat(NotificationRouting.reaches(route, true)).isTrue();
    }

    @Test
    void aReminderReachesOnlyUnitsThatDidNotMuteReminders() {
        Route route = NotificationRouting.routeOf(DeadlineApproaching.TYPE).orElseThrow();
        assertThat(route.audience()).isEqualTo(Audience.NAMED_UNIT);
        assertThat(NotificationRouting.reaches(route, false)).isTrue();
        assertThat(NotificationRouting.reaches(route, true)).isFalse();
    }

    @Test
    void aCancelledOrClosedCampaignReachesTheUnitsItWasLaunchedToAndCannotBeMuted() {
        for (String type : new String[] {CampaignCancelled.TYPE, CampaignClosed.TYPE}) {
            Route route = NotificationRouting.routeOf(type).orElseThrow();
            assertThat(route.audience()).as(type).isEqualTo(Audience.UNITS_IN_LAUNCHED_SCOPE);
            assertThat(route.page()).as(type).isEqualTo("/campaigns/{campaignId}");
            assertThat(NotificationRouting.reaches(route, true)).as(type).isTrue();
        }
    }

    @Test
    void awardsReachRecipientUnitsAndMembers() {
        assertThat(NotificationRouting.routeOf(AwardDecided.TYPE).orElseThrow().audience())
                .isEqualTo(Audience.AWARD_RECIPIENTS);
    }

    @Test
    void aDisclosureIsToldAsAWholeAndANominationsVerdictOrWithdrawalToItsUnit() {
        assertThat(NotificationRouting.routeOf(DisclosurePublished.TYPE)
                        .orElseThrow()
                        .audience())
                .isEqualTo(Audience.DISCLOSURE);
        assertThat(NotificationRouting.routeOf(NominationDisclosed.TYPE))
                .as("one notice per disclosure, not per " + "nomination")
                .isEmpty();
        for (String type : new String[] {NominationApproved.TYPE, NominationRejected.TYPE, NominationWithdrawn.TYPE}) {
            Route route = NotificationRouting.routeOf(type).orElseThrow();
            assertThat(route.audience()).as(type).isEqualTo(Audience.NAMED_UNIT);
            assertThat(route.page()).as(type).isEqualTo("/nominations/{nominationId}");
            assertThat(NotificationRouting.reaches(route, true)).as(type).isTrue();
        }
    }

    @Test
    void eventsOutsideTheTableNotifyNobody() {
        assertThat(NotificationRouting.routeOf(RegistrationSubmitted.TYPE)).isEmpty();
        assertThat(NotificationRouting.routeOf(UnitRegistered.TYPE)).isEmpty();
    }

    @Test
    void everyRoutedTypeIsAKnownEventTypeWithTemplatesInBothLanguages() {
        assertThat(NotificationRouting.routes()).hasSize(15);
        for (Route route : NotificationRouting.routes().values()) {
            assertThat(EventTypes.isKnown(route.eventType()))
                    .as(route.eventType())
                    .isTrue();
            for (String language : new String[] {"vi", "en"}) {
                for (String suffix : new String[] {".subject.txt", ".txt", ".html"}) {
                    String path = "views/notices/" + language + "/" + route.template() + suffix;
                    assertThat(getClass().getClassLoader().getResource(path))
                            .as(path)
                            .isNotNull();
                }
            }
        }
    }
}
