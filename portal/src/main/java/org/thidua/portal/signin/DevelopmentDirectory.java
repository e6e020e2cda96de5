package org.thidua.portal.signin;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import org.thidua.portal.services.Page;
import org.thidua.portal.services.UnitsClient;

/** Development only: units-service read with the office's token, before anyone is signed in. */
@Client(id = "units", path = "/api/v1")
@Requires(property = "thidua.portal.dev-sign-in", value = "true")
interface DevelopmentDirectory {

    @Get("/units{?name,page,size}")
    Page<UnitsClient.Unit> units(
            @Header(HttpHeaders.AUTHORIZATION) String authorization,
            @Nullable @QueryValue String name,
            @QueryValue int page,
            @QueryValue int size);

    @Get("/units/{id}")
    UnitsClient.Unit unit(@Header(HttpHeaders.AUTHORIZATION) String authorization, String id);

    @Get("/groups")
    Page<UnitsClient.Group> groups(@Header(HttpHeaders.AUTHORIZATION) String authorization);
}
