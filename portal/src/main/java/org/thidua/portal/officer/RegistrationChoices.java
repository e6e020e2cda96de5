package org.thidua.portal.officer;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the registration form offers: the titles of the rule set in force on 31 December of the campaign's year (the
 * regime campaigns-service checks them against, ADR 22) and the unit's active members.
 */
@Singleton
final class RegistrationChoices {

    private final OfficerTitles titles;
    private final OfficerDirectory directory;

    RegistrationChoices(OfficerTitles titles, OfficerDirectory directory) {
        this.titles = titles;
        this.directory = directory;
    }

    /** The titles of the year's regime, by kind (COLLECTIVE, INDIVIDUAL). */
    List<OfficerDirectory.Title> titles(int year) {
        return titles.titles(LocalDate.of(year, 12, 31)).titles();
    }

    /** The model of the form: {@code collectiveTitles}, {@code memberTitles}, {@code members}. */
    Map<String, Object> of(int year, String unitId) {
        List<OfficerDirectory.Title> all = titles(year);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put(
                "collectiveTitles",
                all.stream().filter(t -> "COLLECTIVE".equals(t.kind())).toList());
        model.put(
                "memberTitles",
                all.stream().filter(t -> "INDIVIDUAL".equals(t.kind())).toList());
        model.put("members", directory.members(unitId));
        return model;
    }

    List<String> memberIds(String unitId) {
        return directory.members(unitId).stream()
                .map(OfficerDirectory.Member::id)
                .toList();
    }
}
