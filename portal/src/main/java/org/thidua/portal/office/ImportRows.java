package org.thidua.portal.office;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thidua.portal.services.ServiceProblem;

/**
 * units-service's refusal of a CSV file (ADR 11) as the row report a page shows: violations name
 * {@code rows[N].column} (N counted as a spreadsheet does, the header is row 1), {@code rows[N]}, {@code header} or
 * {@code body}; each becomes a row number (null for the file as a whole), a column and the message, by row.
 */
record ImportRows(Integer row, String column, String message) {

    private static final Pattern ROW = Pattern.compile("rows\\[(\\d+)\\](?:\\.(.+))?");

    static List<ImportRows> of(List<ServiceProblem.Violation> violations) {
        if (violations == null) {
            return List.of();
        }
        return violations.stream()
                .map(v -> {
                    Matcher m = ROW.matcher(v.field());
                    return m.matches()
                            ? new ImportRows(Integer.valueOf(m.group(1)), m.group(2), v.message())
                            : new ImportRows(null, v.field(), v.message());
                })
                .sorted(Comparator.comparing(ImportRows::row, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }
}
