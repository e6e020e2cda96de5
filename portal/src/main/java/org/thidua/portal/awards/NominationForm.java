package org.thidua.portal.awards;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What the office's "new nomination" form sends, as awards-service's request: the nominee is a member of the unit, or
 * the unit itself (a collective title) when no member is chosen; one ground per line, blank lines dropped. A year
 * that is not a number is sent as 0, so the service refuses it naming {@code year}.
 */
record NominationForm(
        int year, String titleCode, String recipientKind, String unitId, String memberId, List<String> grounds) {

    static NominationForm of(Map<String, String> form) {
        String member = text(form.get("memberId"));
        String grounds = form.get("grounds");
        return new NominationForm(
                year(form.get("year")),
                text(form.get("titleCode")),
                member == null ? "UNIT" : "MEMBER",
                text(form.get("unitId")),
                member,
                grounds == null
                        ? List.of()
                        : Arrays.stream(grounds.split("\\R"))
                                .map(String::strip)
                                .filter(line -> !line.isEmpty())
                                .toList());
    }

    AwardsClient.NominationRequest request() {
        return new AwardsClient.NominationRequest(year, titleCode, recipientKind, unitId, memberId, grounds);
    }

    private static int year(String text) {
        try {
            return text == null ? 0 : Integer.parseInt(text.strip());
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
