package org.thidua.portal.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reviewer's form as the service's review request: one {@code points.<code>} and {@code note.<code>} per criterion;
 * a blank points field keeps the unit's own points (the service's rule), {@code 12,5} is read as 12.5. The service
 * names a refused entry by its place in the request ({@code entries[1].points}); {@link #fieldOf} turns that back
 * into the form's field ({@code points.A2}) so the message stands next to the right input.
 */
record ReviewForm(ReviewClient.Review review, List<String> codes, Map<String, String> unreadable) {

    private static final Pattern ENTRY = Pattern.compile("entries\\[(\\d+)]\\.(\\w+)");

    static ReviewForm of(Map<String, String> form, List<ReviewClient.Criterion> criteria) {
        List<ReviewClient.ReviewedEntry> entries = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        Map<String, String> unreadable = new LinkedHashMap<>();
        for (ReviewClient.Criterion criterion : criteria) {
            String typed = form.getOrDefault("points." + criterion.code(), "").strip();
            if (typed.isEmpty()) {
                continue;
            }
            BigDecimal points;
            try {
                points = new BigDecimal(typed.replace(',', '.'));
            } catch (NumberFormatException notANumber) {
                unreadable.put("points." + criterion.code(), typed);
                continue;
            }
            String note = form.getOrDefault("note." + criterion.code(), "").strip();
            entries.add(new ReviewClient.ReviewedEntry(criterion.code(), points, note.isEmpty() ? null : note));
            codes.add(criterion.code());
        }
        return new ReviewForm(
                new ReviewClient.Review(List.copyOf(entries)), List.copyOf(codes), Map.copyOf(unreadable));
    }

    /** The form's field a service's violation names, or the name itself when it is not an entry's. */
    String fieldOf(String violationField) {
        Matcher entry = ENTRY.matcher(violationField);
        if (entry.matches()) {
            int index = Integer.parseInt(entry.group(1));
            if (index < codes.size()) {
                return (entry.group(2).equals("note") ? "note." : "points.") + codes.get(index);
            }
        }
        return violationField;
    }
}
