package org.thidua.portal.office;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;
import org.thidua.portal.services.Page;
import org.thidua.portal.services.UnitsClient;

/** What the emulation office asks of units-service beyond the shared client: a year's groups, CSV imports. */
@Client(id = "units", path = "/api/v1")
interface OfficeUnits {

    @Get("/groups{?year,page,size}")
    Page<UnitsClient.Group> groups(@Nullable @QueryValue Integer year, @QueryValue int page, @QueryValue int size);

    @Post(value = "/imports/units", processes = MediaType.TEXT_CSV, produces = MediaType.TEXT_CSV,
            consumes = MediaType.APPLICATION_JSON)
    ImportReport importUnits(@Body byte[] csv);

    @Serdeable
    record ImportReport(String file, int rows, int imported, int events) {
    }
}
