package org.thidua.portal.operations;

import io.micronaut.http.client.exceptions.HttpClientException;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.thidua.portal.services.NotFoundAtService;
import org.thidua.portal.services.UnitsClient;

/**
 * Units' names for the console's rows, from units-service, once per unit on a page. A unit the person may not read
 * or that is gone has no name: the page shows the recipient instead.
 */
@Singleton
final class UnitNames {

    private final UnitsClient units;

    UnitNames(UnitsClient units) {
        this.units = units;
    }

    Map<String, String> of(Collection<String> unitIds) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String id : unitIds) {
            if (!names.containsKey(id)) {
                try {
                    names.put(id, units.unit(id).name());
                } catch (HttpClientException | NotFoundAtService unknown) {
                    names.put(id, null);
                }
            }
        }
        return names;
    }
}
