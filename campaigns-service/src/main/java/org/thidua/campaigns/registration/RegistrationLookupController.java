package org.thidua.campaigns.registration;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.thidua.web.ProblemAnswers;
import org.thidua.web.ProblemException;

/**
 * A registration by its id alone: an e-mail links the portal's {@code /registrations/{id}} (ADR 31), which does not
 * know the campaign. Read like {@code /campaigns/{campaignId}/registrations/{id}} (ADR 65: 403 outside the caller's
 * units, 404 for an unknown id).
 */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller("/api/v1/registrations")
@Tag(name = "registrations")
@ProblemAnswers
public class RegistrationLookupController {

    private final RegistrationRepository registrations;
    private final ReadingRegistration reading;

    RegistrationLookupController(RegistrationRepository registrations, ReadingRegistration reading) {
        this.registrations = registrations;
        this.reading = reading;
    }

    /** The registration with the inspections recorded against it; its {@code campaignId} names its campaign. */
    @Get("/{id}")
    RegistrationResponse get(String id) {
        return reading.readable(
                registrations.findById(id).orElseThrow(() -> ProblemException.notFound("Registration", id)));
    }
}
