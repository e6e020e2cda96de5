package org.thidua.units.importing;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.thidua.units.unit.Unit;
import org.thidua.units.unit.UnitRepository;

/** Existing units by code, for the rows of an import (codes compare case-insensitively, as the database does). */
@Singleton
class UnitLookup {

    private static final int CHUNK = 1_000;

    private final UnitRepository units;

    UnitLookup(UnitRepository units) {
        this.units = units;
    }

    static String key(String code) {
        return code.toUpperCase(Locale.ROOT);
    }

    /** The units with these codes, keyed by {@link #key}. */
    Map<String, Unit> byCode(Collection<String> codes) {
        List<String> distinct = codes.stream().map(UnitLookup::key).distinct().toList();
        Map<String, Unit> found = new HashMap<>();
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            List<String> chunk = new ArrayList<>(distinct.subList(from, Math.min(from + CHUNK, distinct.size())));
            units.findByCodeIn(chunk).forEach(u -> found.put(key(u.code()), u));
        }
        return found;
    }
}
