package org.thidua.portal.web;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.View;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.thidua.portal.services.CampaignsClient;
import org.thidua.portal.services.NotificationsClient;
import org.thidua.portal.signin.Person;

/** The home page: what the signed-in person has to do now, by role. */
@Produces(MediaType.TEXT_HTML)
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
final class HomeController {

    static final Set<String> OPEN = Set.of("LAUNCHED", "IN_PROGRESS");

    private final CampaignsClient campaigns;
    private final NotificationsClient notifications;

    HomeController(CampaignsClient campaigns, NotificationsClient notifications) {
        this.campaigns = campaigns;
        this.notifications = notifications;
    }

    @Get
    @View("home")
    Map<String, Object> home(Authentication authentication) {
        Person me = Person.of(authentication);
        Map<String, Object> model = new LinkedHashMap<>();
        List<CampaignsClient.CampaignSummary> open = campaigns.campaigns(null, null, 0, 100).items().stream()
                .filter(campaign -> OPEN.contains(campaign.state()))
                .toList();
        model.put("campaigns", open);
        model.put("deadlines", deadlines(open));
        if (me.isOfficer()) {
            model.put("unread", notifications.unread(me.unitId()).unread());
            model.put("notices", notifications.inbox(me.unitId(), 0, 5));
        }
        return model;
    }

    /** The next dates a unit must meet, soonest first: registration deadlines and the periods' submission deadlines. */
    private List<Deadline> deadlines(List<CampaignsClient.CampaignSummary> open) {
        LocalDate today = LocalDate.now(Formats.ZONE);
        List<Deadline> deadlines = new ArrayList<>();
        for (CampaignsClient.CampaignSummary summary : open) {
            if (summary.registrationDeadline() != null
                    && !summary.registrationDeadline().isBefore(today)) {
                deadlines.add(new Deadline(
                        summary.id(), summary.title(), "registration", null, summary.registrationDeadline()));
            }
            for (CampaignsClient.Period period :
                    campaigns.campaign(summary.id()).periods()) {
                if (!period.submissionDeadline().isBefore(today)) {
                    deadlines.add(new Deadline(
                            summary.id(), summary.title(), "sheet", period.period(), period.submissionDeadline()));
                }
            }
        }
        deadlines.sort(Comparator.comparing(Deadline::date));
        return deadlines;
    }

    /** A date a unit must meet: {@code what} is registration or sheet (of {@code period}). */
    public record Deadline(String campaignId, String campaignTitle, String what, String period, LocalDate date) {}
}
