package org.thidua.portal.review;

import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.annotation.Client;
import org.thidua.portal.services.UnitsClient;

/** units-service's group by its id: the reviewer's groups are named, not listed by id. */
@Client(id = "units", path = "/api/v1")
interface ReviewUnits {

    @Get("/groups/{id}")
    UnitsClient.Group group(String id);
}
