package org.thidua.campaigns.reminder;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thidua.campaigns.campaign.Campaign;
import org.thidua.campaigns.campaign.CampaignRepository;
import org.thidua.campaigns.campaign.CampaignState;

/** Every interval (default hourly), sends the deadline reminders due today in Vietnam, campaign by campaign. */
@Singleton
@Requires(property = "thidua.campaigns.reminders.enabled", notEquals = "false")
public class ReminderJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderJob.class);

    private final CampaignRepository campaigns;
    private final SendingReminders sending;
    private final ZoneId zone;

    ReminderJob(
            CampaignRepository campaigns,
            SendingReminders sending,
            @Value("${thidua.campaigns.zone:Asia/Ho_Chi_Minh}") String zone) {
        this.campaigns = campaigns;
        this.sending = sending;
        this.zone = ZoneId.of(zone);
    }

    @Scheduled(
            fixedDelay = "${thidua.campaigns.reminders.interval:1h}",
            initialDelay = "${thidua.campaigns.reminders.initial-delay:1m}")
    void run() {
        runFor(LocalDate.now(zone));
    }

    /** Sends what is due on {@code today}; returns how many reminders were sent. */
    public int runFor(LocalDate today) {
        int sent = 0;
        List<Campaign> running = campaigns.findByStateIn(List.of(CampaignState.LAUNCHED, CampaignState.IN_PROGRESS));
        for (Campaign campaign : running) {
            try {
                sent += sending.remind(campaign.id(), today);
            } catch (RuntimeException e) {
                LOG.warn("Reminders of campaign {} failed; the next run retries: {}", campaign.id(), e.toString());
            }
        }
        if (sent > 0) {
            LOG.info("Sent {} deadline reminders for {}", sent, today);
        }
        return sent;
    }
}
