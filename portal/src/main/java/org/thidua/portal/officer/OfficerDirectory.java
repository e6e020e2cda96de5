package org.thidua.portal.officer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.thidua.portal.services.Page;

/** The officer's reads of units-service: the unit's members, to choose each one's title. */
@Client(id = "units", path = "/api/v1")
public interface OfficerDirectory {

    /** One page of the unit's active members, by name; {@code size} at most 200. */
    @Get("/units/{unitId}/members{?active,page,size}")
    Page<Member> members(String unitId, @QueryValue boolean active, @QueryValue int page, @QueryValue int size);

    /** Every active member of the unit, by name. */
    default List<Member> members(String unitId) {
        List<Member> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<Member> one = members(unitId, true, page, 200);
            all.addAll(one.items());
            if (one.items().isEmpty() || all.size() >= one.total()) {
                return all;
            }
        }
    }

    @Serdeable
    record Member(String id, String fullName, @Nullable String position) {}

    @Serdeable
    record Catalogue(String ruleSetId, LocalDate effectiveFrom, List<Title> titles) {}

    /** {@code kind}: COLLECTIVE (a unit's) or INDIVIDUAL (a member's). */
    @Serdeable
    record Title(String code, String nameVi, String nameEn, String kind) {}
}
