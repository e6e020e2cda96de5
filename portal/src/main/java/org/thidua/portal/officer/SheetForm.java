package org.thidua.portal.officer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thidua.portal.web.FormErrors;

/**
 * A score sheet's form: for the campaign's i-th criterion the fields {@code points-i}, {@code evidence-i} (one link a
 * line) and {@code note-i}. The request lists every criterion in the campaign's order, so the service's
 * {@code entries[i]...} names the form's fields of criterion i.
 */
final class SheetForm {

    private static final Pattern ENTRY =
            Pattern.compile("entries\\[(\\d+)]\\.(points|evidence|note|criterionCode)" + "(\\[\\d+])?");

    private SheetForm() {}

    /** The form filled with the sheet's own points, links and notes. */
    static Map<String, String> of(List<OfficerCampaigns.Criterion> criteria, OfficerCampaigns.Sheet sheet) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < criteria.size(); i++) {
            String code = criteria.get(i).code();
            OfficerCampaigns.Entry entry = sheet.entries() == null
                    ? null
                    : sheet.entries().stream()
                            .filter(e -> e.criterionCode().equals(code))
                            .findFirst()
                            .orElse(null);
            form.put(
                    "points-" + i,
                    entry == null ? "" : entry.selfPoints().stripTrailingZeros().toPlainString());
            form.put("evidence-" + i, entry == null ? "" : String.join("\n", entry.evidence()));
            form.put("note-" + i, entry == null || entry.note() == null ? "" : entry.note());
        }
        return form;
    }

    /**
     * The entries to send: one per criterion, in order. Points written with a decimal comma are read as Vietnamese
     * write them (12,5); empty or unreadable points are sent as missing, for the service to name the field.
     */
    static List<Map<String, Object>> entries(List<OfficerCampaigns.Criterion> criteria, Map<String, String> form) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("criterionCode", criteria.get(i).code());
            entry.put("points", points(form.getOrDefault("points-" + i, "")));
            entry.put(
                    "evidence",
                    Arrays.stream(form.getOrDefault("evidence-" + i, "").split("\\R"))
                            .map(String::strip)
                            .filter(line -> !line.isEmpty())
                            .toList());
            String note = form.getOrDefault("note-" + i, "").strip();
            entry.put("note", note.isEmpty() ? null : note);
            entries.add(entry);
        }
        return entries;
    }

    /** The refusal's messages by the form field they belong to ({@code entries[2].evidence[0]} → {@code evidence-2}). */
    static Map<String, String> errorsByField(FormErrors errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.fields().forEach((field, message) -> {
            Matcher m = ENTRY.matcher(field);
            if (m.matches()) {
                String input = m.group(2).equals("criterionCode") ? "points" : m.group(2);
                byField.merge(input + "-" + m.group(1), message, (a, b) -> a + "; " + b);
            }
        });
        return byField;
    }

    private static BigDecimal points(String typed) {
        String text = typed.strip().replace(',', '.');
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }
}
