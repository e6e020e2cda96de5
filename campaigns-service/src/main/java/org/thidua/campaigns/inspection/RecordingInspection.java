package org.thidua.campaigns.inspection;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.thidua.campaigns.campaign.Campaigns;
import org.thidua.web.ProblemException;

/** Use case: record an inspection's findings against a registration of the campaign. */
@Singleton
public class RecordingInspection {

    private final InspectionRepository inspections;
    private final Campaigns campaigns;
    private final JdbcOperations jdbc;
    private final Clock clock = Clock.systemUTC();

    RecordingInspection(InspectionRepository inspections, Campaigns campaigns, JdbcOperations jdbc) {
        this.inspections = inspections;
        this.campaigns = campaigns;
        this.jdbc = jdbc;
    }

    @Transactional
    public Inspection record(String campaignId, InspectionRequest request) {
        campaigns.get(campaignId);
        boolean known = jdbc.prepareStatement("SELECT 1 FROM registration WHERE id = ? AND campaign_id = ?", s -> {
            s.setString(1, request.registrationId());
            s.setString(2, campaignId);
            try (var rs = s.executeQuery()) {
                return rs.next();
            }
        });
        if (!known) {
            throw ProblemException.invalidField("registrationId", "is not a registration of this campaign");
        }
        return inspections.save(new Inspection(
                UUID.randomUUID().toString(),
                campaignId,
                request.registrationId(),
                request.inspectedOn(),
                request.inspector().strip(),
                request.findings().strip(),
                request.rating(),
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
    }
}
