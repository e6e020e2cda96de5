package org.thidua.portal.awards;

import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.thidua.portal.services.NotFoundAtService;
import org.thidua.portal.services.Page;
import org.thidua.portal.services.UnitsClient;

/**
 * The names of the units and members an award speaks of (awards-service answers their ids): asked of units-service
 * once per distinct id of a page. A name the person may not read (another unit's member) or that no longer exists is
 * absent, and the page says the award's title without it rather than failing.
 */
@Singleton
final class Names {

    private final UnitsClient units;
    private final MembersClient members;

    Names(UnitsClient units, MembersClient members) {
        this.units = units;
        this.members = members;
    }

    /** Unit id → name, for the ids given. */
    Map<String, String> units(Collection<String> ids) {
        Map<String, String> names = new HashMap<>();
        for (String id : ids) {
            if (id != null && !names.containsKey(id)) {
                String name = lookup(() -> units.unit(id).name());
                if (name != null) {
                    names.put(id, name);
                }
            }
        }
        return names;
    }

    /** Member id → full name, for the ids given. */
    Map<String, String> members(Collection<String> ids) {
        Map<String, String> names = new HashMap<>();
        for (String id : ids) {
            if (id != null && !names.containsKey(id)) {
                String name = lookup(() -> members.member(id).fullName());
                if (name != null) {
                    names.put(id, name);
                }
            }
        }
        return names;
    }

    private static String lookup(Supplier<String> name) {
        try {
            return name.get();
        } catch (NotFoundAtService gone) {
            return null;
        } catch (HttpClientResponseException refused) {
            if (refused.getStatus().getCode() == 403) {
                return null;
            }
            throw refused;
        }
    }

    /** units-service's member lookup, for a member's name. */
    @Client(id = "units", path = "/api/v1")
    interface MembersClient {

        @Get("/members/{id}")
        Member member(String id);

        /** The unit's members, by name. */
        @Get("/units/{unitId}/members{?active,size}")
        Page<Member> ofUnit(String unitId, @QueryValue boolean active, @QueryValue int size);
    }

    @Serdeable
    record Member(String id, String unitId, String fullName) {}
}
