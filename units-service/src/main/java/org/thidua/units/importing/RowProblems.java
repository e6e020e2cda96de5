package org.thidua.units.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.thidua.web.Problem;
import org.thidua.web.ProblemException;

/**
 * The report of an import that failed: every bad row and why, as problem violations named {@code rows[N].column}
 * (N as a spreadsheet numbers rows: the header is row 1). The first {@link #MAX_LISTED} are listed; the detail
 * counts them all.
 */
public final class RowProblems {

    public static final int MAX_LISTED = 1_000;

    private record Entry(int row, Problem.Violation violation) {}

    private final List<Entry> entries = new ArrayList<>();
    private int count;

    public void add(CsvTable.Row row, String column, String message) {
        add(row.number(), column, message);
    }

    public void add(int row, String column, String message) {
        count++;
        if (entries.size() < MAX_LISTED) {
            String field = column == null ? "rows[" + row + "]" : "rows[" + row + "]." + column;
            entries.add(new Entry(row, new Problem.Violation(field, message)));
        }
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** What a report of {@code count} problems says when it lists only the first {@link #MAX_LISTED}. */
    public static String listedNote(int count) {
        return count > MAX_LISTED ? " (the first " + MAX_LISTED + " are listed)" : "";
    }

    /** @throws ProblemException 400 listing the bad rows, when there are any: then nothing is imported */
    public void throwIfAny(List<CsvTable.Row> rows) {
        if (count == 0) {
            return;
        }
        List<Problem.Violation> violations = entries.stream()
                .sorted(Comparator.comparingInt(Entry::row))
                .map(Entry::violation)
                .toList();
        long badRows = entries.stream().mapToInt(Entry::row).distinct().count();
        String detail = count + " problem" + (count == 1 ? "" : "s") + " in " + badRows + " of " + rows.size() + " rows"
                + listedNote(count) + "; nothing was imported";
        throw ProblemException.invalid(detail, new ArrayList<>(violations));
    }
}
