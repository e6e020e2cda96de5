package org.thidua.portal.officer;

import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import java.time.LocalDate;

/** awards-service's titles of the rule set in force on a date, for the registration form. */
@Client(id = "awards", path = "/api/v1")
public interface OfficerTitles {

    @Get("/titles{?date}")
    OfficerDirectory.Catalogue titles(@QueryValue LocalDate date);
}
