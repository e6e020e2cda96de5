package org.thidua.portal.office;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import org.thidua.portal.services.Page;
import org.thidua.portal.services.UnitsClient;

/** What the emulation office asks of units-service: units to search, create, edit and deactivate, groups, imports. */
@Client(id = "units", path = "/api/v1")
interface OfficeUnits {

    @Get("/groups{?year,page,size}")
    Page<UnitsClient.Group> groups(@Nullable @QueryValue Integer year, @QueryValue int page, @QueryValue int size);

    @Post(value = "/imports/units", produces = MediaType.TEXT_CSV, consumes = MediaType.APPLICATION_JSON)
    ImportReport importUnits(@Body byte[] csv);

    @Get("/units{?name,groupId,page,size}")
    Page<Unit> search(
            @Nullable @QueryValue String name,
            @Nullable @QueryValue String groupId,
            @QueryValue int page,
            @QueryValue int size);

    @Get("/units/{id}")
    Unit unit(String id);

    @Post("/units")
    Unit create(@Body NewUnit unit);

    @Put("/units/{id}")
    Unit update(String id, @Body UnitChange change);

    @Post("/units/{id}/deactivate")
    Unit deactivate(String id, @Body Deactivation deactivation);

    @Get("/units/{id}/members{?page,size}")
    Page<Member> members(String id, @QueryValue int page, @QueryValue int size);

    @Get("/units/{id}/contacts")
    Contacts contacts(String id);

    @Post("/groups")
    GroupView createGroup(@Body NewGroup group);

    @Get("/groups/{id}")
    GroupView group(String id);

    @Get("/groups/{id}/members{?page,size}")
    Page<GroupMember> groupMembers(String id, @QueryValue int page, @QueryValue int size);

    @Post("/groups/{id}/members")
    void addMembers(String id, @Body Membership membership);

    @Delete("/groups/{id}/members/{unitId}")
    void removeMember(String id, String unitId);

    @Put("/groups/{id}/leadership")
    void leadership(String id, @Body Leadership leadership);

    @Serdeable
    record NewGroup(@Nullable String kind, @Nullable Integer year, String code, String name) {}

    @Serdeable
    record GroupView(
            String id,
            String kind,
            int year,
            String code,
            String name,
            @Nullable String headUnitId,
            @Nullable String deputyUnitId,
            long memberCount) {}

    @Serdeable
    record GroupMember(String unitId, String code, String name, boolean active, String role) {}

    @Serdeable
    record Membership(List<String> unitIds) {}

    @Serdeable
    record Leadership(@Nullable String headUnitId, @Nullable String deputyUnitId) {}

    @Serdeable
    record Unit(
            String id,
            String code,
            String name,
            @Nullable String shortName,
            @Nullable String kind,
            @Nullable String parentUnitId,
            @Nullable String province,
            String language,
            boolean active,
            boolean reachable,
            long version,
            @Nullable Instant deactivatedAt,
            @Nullable String deactivationReason) {}

    @Serdeable
    record NewUnit(
            String code,
            String name,
            @Nullable String shortName,
            @Nullable String language,
            @Nullable String kind,
            @Nullable String province) {}

    @Serdeable
    record UnitChange(
            @Nullable Long version,
            String name,
            @Nullable String shortName,
            String language,
            @Nullable String kind,
            @Nullable String parentUnitId,
            @Nullable String province) {}

    @Serdeable
    record Deactivation(@Nullable String reason) {}

    @Serdeable
    record Member(
            String id,
            String fullName,
            @Nullable String position,
            @Nullable String email) {}

    @Serdeable
    record Contacts(String unitId, List<Contact> contacts) {}

    @Serdeable
    record Contact(
            String id, String email, String role, @Nullable String name) {}

    @Serdeable
    record ImportReport(String file, int rows, int imported, int events) {}
}
