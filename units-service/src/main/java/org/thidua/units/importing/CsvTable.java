package org.thidua.units.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.thidua.units.text.VietnameseText;
import org.thidua.web.Problem;
import org.thidua.web.ProblemException;
import org.thidua.web.RequestText;

/**
 * A CSV file as an import reads it: UTF-8 (a leading byte-order mark is skipped), RFC 4180 (comma-separated, double
 * quotes around values that hold commas, quotes or line breaks), a header line naming the columns
 * (case-insensitively, in any order), empty values meaning "none", every value stripped and normalised to NFC.
 * Rows are numbered as a spreadsheet shows them: the header is row 1, the first data row is row 2. A file that cannot
 * be read as such is a 400 problem naming the header or the row where reading failed.
 */
public final class CsvTable {

    /** More rows than this is a mistake (or an attack), not an import. */
    public static final int MAX_ROWS = 100_000;

    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get();

    /** One data row; {@code problem} says why it cannot be read (then it has no values). */
    public record Row(int number, Map<String, String> values, String problem) {

        /** The value of {@code column}, or null when empty or when the file has no such column. */
        public String get(String column) {
            return values.get(column);
        }
    }

    private final List<Row> rows;

    private CsvTable(List<Row> rows) {
        this.rows = rows;
    }

    public List<Row> rows() {
        return rows;
    }

    /**
     * Reads {@code body} whose header may name any of {@code columns} and must name every one of {@code required}.
     *
     * @throws ProblemException 400 when the bytes are not UTF-8, the header is wrong, the CSV is malformed or too long
     */
    public static CsvTable parse(byte[] body, List<String> columns, Set<String> required) {
        String text = decode(body);
        if (text.isBlank()) {
            throw invalid(
                    "The file is empty",
                    "header",
                    "the first line must name the columns: " + String.join(",", columns));
        }
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            Map<Integer, String> columnAt = header(parser.getHeaderNames(), columns, required);
            Iterator<CSVRecord> records = parser.iterator();
            int next = 2;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    Throwable cause = e.getCause() == null ? e : e.getCause();
                    throw invalid(
                            "The file is not valid CSV; nothing was imported",
                            "rows[" + next + "]",
                            "cannot be read as CSV: " + cause.getMessage());
                }
                int number = (int) record.getRecordNumber() + 1;
                next = number + 1;
                if (rows.size() == MAX_ROWS) {
                    throw invalid(
                            "The file has more than " + MAX_ROWS + " rows; split it",
                            "rows[" + number + "]",
                            "one row too many: at most " + MAX_ROWS + " rows an import");
                }
                if (record.size() != columnAt.size()) {
                    rows.add(new Row(
                            number,
                            Map.of(),
                            "has " + record.size() + " values; the header names " + columnAt.size() + " columns"));
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                String refused = null;
                for (int i = 0; i < record.size(); i++) {
                    String value = VietnameseText.nfcOrNull(record.get(i));
                    String refusal = RequestText.refusal(value);
                    if (refusal != null && refused == null) {
                        refused = columnAt.get(i) + " " + refusal;
                    }
                    if (value != null) {
                        values.put(columnAt.get(i), value);
                    }
                }
                rows.add(refused == null ? new Row(number, values, null) : new Row(number, Map.of(), refused));
            }
        } catch (IOException | UncheckedIOException e) {
            // the header line itself could not be read
            Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
            throw invalid("The file is not valid CSV; nothing was imported", "header", cause.getMessage());
        } catch (IllegalArgumentException e) {
            // Commons CSV: a header name is missing (its own message repeats the whole header line)
            throw invalid(
                    "The header line is not valid; nothing was imported",
                    "header",
                    "a column has no name; the first line must name every column");
        }
        return new CsvTable(Collections.unmodifiableList(rows));
    }

    /**
     * Which known column each position holds; a 400 naming {@code header} for unknown, repeated or missing ones,
     * listing at most {@link RowProblems#MAX_LISTED} of them like the row problems of an import.
     */
    private static Map<Integer, String> header(List<String> names, List<String> columns, Set<String> required) {
        Map<String, String> known = new HashMap<>();
        columns.forEach(c -> known.put(c.toLowerCase(Locale.ROOT), c));
        Map<Integer, String> columnAt = new HashMap<>();
        List<String> problems = new ArrayList<>();
        int count = 0;
        for (int i = 0; i < names.size(); i++) {
            String name = VietnameseText.nfc(names.get(i));
            String column = known.get(name.toLowerCase(Locale.ROOT));
            if (column == null) {
                count = listed(
                        problems,
                        count,
                        "unknown column \"" + shortened(name) + "\"; the columns are " + String.join(", ", columns));
            } else if (columnAt.containsValue(column)) {
                count = listed(problems, count, "column " + column + " appears twice");
            } else {
                columnAt.put(i, column);
            }
        }
        for (String column : columns) {
            if (required.contains(column) && !columnAt.containsValue(column)) {
                count = listed(problems, count, "missing column " + column);
            }
        }
        if (count > 0) {
            throw ProblemException.invalid(
                    "The header line is not valid: " + count + " problem" + (count == 1 ? "" : "s")
                            + RowProblems.listedNote(count) + "; nothing was imported",
                    problems.stream()
                            .map(p -> new Problem.Violation("header", p))
                            .toList());
        }
        return columnAt;
    }

    private static int listed(List<String> problems, int count, String problem) {
        if (problems.size() < RowProblems.MAX_LISTED) {
            problems.add(problem);
        }
        return count + 1;
    }

    /** A header name as a problem repeats it: at most 100 characters. */
    private static String shortened(String name) {
        return name.length() <= 100 ? name : name.substring(0, 100) + "…";
    }

    private static String decode(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (MalformedInputException e) {
            throw invalid(
                    "The file is not UTF-8; nothing was imported",
                    "body",
                    "not UTF-8: save the file as \"CSV UTF-8\"; an invalid byte sequence was found");
        } catch (CharacterCodingException e) {
            throw invalid("The file is not UTF-8; nothing was imported", "body", "not UTF-8: " + e.getMessage());
        }
    }

    private static ProblemException invalid(String detail, String field, String message) {
        return ProblemException.invalid(detail, List.of(new Problem.Violation(field, message)));
    }
}
