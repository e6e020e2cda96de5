package org.thidua.portal.services;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;

/** units-service's API, as the pages use it. */
@Client(id = "units", path = "/api/v1")
public interface UnitsClient {

    @Get("/units{?name,groupId,page,size}")
    Page<Unit> search(
            @Nullable @QueryValue String name,
            @Nullable @QueryValue String groupId,
            @QueryValue int page,
            @QueryValue int size);

    @Get("/units/{id}")
    Unit unit(String id);

    @Get("/groups")
    Page<Group> groups();

    @Serdeable
    record Unit(
            String id,
            String code,
            String name,
            @Nullable String shortName,
            @Nullable String province,
            @Nullable String language,
            boolean active) {}

    @Serdeable
    record Group(String id, String kind, int year, String code, String name) {}
}
