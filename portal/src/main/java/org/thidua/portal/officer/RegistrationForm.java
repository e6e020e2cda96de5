package org.thidua.portal.officer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thidua.portal.web.FormErrors;

/**
 * The registration form as typed and as campaigns-service wants it: commitments one per line, the unit's title, and a
 * title per member in fields {@code member-<memberId>} (left empty for a member who seeks none).
 */
final class RegistrationForm {

    static final String MEMBER = "member-";
    private static final Pattern MEMBER_TITLE = Pattern.compile("memberTitles\\[(\\d+)]\\.(titleCode|memberId)");

    private RegistrationForm() {}

    /** The form filled with a registration, to correct it after a return. */
    static Map<String, String> of(OfficerCampaigns.Registration registration) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("commitments", String.join("\n", registration.commitments()));
        form.put("collectiveTitle", registration.collectiveTitle() == null ? "" : registration.collectiveTitle());
        registration.memberTitles().forEach(t -> form.put(MEMBER + t.memberId(), t.titleCode()));
        return form;
    }

    /**
     * The body of a registration (or of its change when {@code unitId} is null): commitments are the non-blank lines,
     * member titles follow {@code memberIds}' order and leave out members without one.
     */
    static Map<String, Object> request(String unitId, Map<String, String> form, List<String> memberIds) {
        Map<String, Object> request = new LinkedHashMap<>();
        if (unitId != null) {
            request.put("unitId", unitId);
        }
        request.put(
                "commitments",
                Arrays.stream(form.getOrDefault("commitments", "").split("\\R"))
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList());
        String collective = form.getOrDefault("collectiveTitle", "").strip();
        request.put("collectiveTitle", collective.isEmpty() ? null : collective);
        List<Map<String, String>> memberTitles = new ArrayList<>();
        for (String memberId : memberIds) {
            String title = form.getOrDefault(MEMBER + memberId, "").strip();
            if (!title.isEmpty()) {
                memberTitles.add(Map.of("memberId", memberId, "titleCode", title));
            }
        }
        request.put("memberTitles", memberTitles);
        return request;
    }

    /** The refusal's messages about member titles, by the form field they belong to ({@code member-<memberId>}). */
    @SuppressWarnings("unchecked")
    static Map<String, String> memberErrors(FormErrors errors, Map<String, Object> request) {
        List<Map<String, String>> sent = (List<Map<String, String>>) request.get("memberTitles");
        Map<String, String> byField = new LinkedHashMap<>();
        errors.fields().forEach((field, message) -> {
            Matcher m = MEMBER_TITLE.matcher(field);
            if (m.matches() && Integer.parseInt(m.group(1)) < sent.size()) {
                byField.merge(
                        MEMBER + sent.get(Integer.parseInt(m.group(1))).get("memberId"),
                        message,
                        (a, b) -> a + "; " + b);
            }
        });
        return byField;
    }
}
