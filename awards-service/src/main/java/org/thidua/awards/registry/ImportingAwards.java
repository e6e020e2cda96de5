package org.thidua.awards.registry;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.thidua.awards.Dates;
import org.thidua.awards.nomination.Nomination;
import org.thidua.awards.rules.RuleSet;
import org.thidua.awards.rules.RuleSets;
import org.thidua.awards.rules.Title;
import org.thidua.awards.rules.TitleKind;
import org.thidua.awards.ruleset.RuleCatalogue;
import org.thidua.contracts.RecipientKind;
import org.thidua.web.Problem;
import org.thidua.web.ProblemException;

/**
 * Imports past years' awards from CSV, so consecutive-year rules work from the first year: columns year, titleCode,
 * recipientKind (UNIT or MEMBER), unitId, memberId (for MEMBER), decisionNumber, decisionDate (yyyy-mm-dd),
 * bonusAmount (optional, VND). The title must exist in the rule set in force at the end of that year. One file, one
 * transaction: a single bad row (named rows[n].column, the header being row 1) imports nothing. Publishes nothing:
 * these awards were decided and paid outside this service.
 */
@Singleton
public class ImportingAwards {

    static final List<String> COLUMNS = List.of(
            "year",
            "titleCode",
            "recipientKind",
            "unitId",
            "memberId",
            "decisionNumber",
            "decisionDate",
            "bonusAmount");
    private static final Pattern UUID_PATTERN =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final int MAX_ROWS = 100_000;

    private final AwardRepository awards;
    private final RuleCatalogue catalogue;

    ImportingAwards(AwardRepository awards, RuleCatalogue catalogue) {
        this.awards = awards;
        this.catalogue = catalogue;
    }

    /** What an import did. */
    @Serdeable
    public record Report(int imported) {}

    @Transactional
    public Report importCsv(byte[] body) {
        List<CSVRecord> records = parse(body);
        RuleSets sets = catalogue.ruleSets();
        List<Problem.Violation> violations = new ArrayList<>();
        List<Award> rows = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        var now = Dates.now();
        for (CSVRecord record : records) {
            String row = "rows[" + (record.getRecordNumber() + 1) + "].";
            Map<String, String> v = record.toMap();
            int before = violations.size();
            Integer year = integer(v.get("year"));
            if (year == null || year < 1945 || year > Dates.today().getYear()) {
                violations.add(new Problem.Violation(row + "year", "must be a past year, was '" + v.get("year") + "'"));
            }
            RecipientKind kind = kind(v.get("recipientKind"));
            if (kind == null) {
                violations.add(new Problem.Violation(row + "recipientKind", "must be UNIT or MEMBER"));
            }
            String unitId = blankToNull(v.get("unitId"));
            if (unitId == null || !UUID_PATTERN.matcher(unitId).matches()) {
                violations.add(new Problem.Violation(row + "unitId", "must be a UUID"));
            }
            String memberId = blankToNull(v.get("memberId"));
            if (kind == RecipientKind.MEMBER
                    && (memberId == null || !UUID_PATTERN.matcher(memberId).matches())) {
                violations.add(new Problem.Violation(row + "memberId", "must be a UUID for a MEMBER award"));
            } else if (kind == RecipientKind.UNIT && memberId != null) {
                violations.add(new Problem.Violation(row + "memberId", "must be empty for a UNIT award"));
            }
            Title title = null;
            if (year != null) {
                Optional<RuleSet> set = sets.inForce(LocalDate.of(year, 12, 31));
                title = set.flatMap(s -> s.title(v.get("titleCode"))).orElse(null);
                if (title == null) {
                    violations.add(new Problem.Violation(
                            row + "titleCode",
                            "unknown title '" + v.get("titleCode") + "' in the rule set in force at the end of "
                                    + year));
                } else if (kind != null && (title.kind() == TitleKind.INDIVIDUAL) != (kind == RecipientKind.MEMBER)) {
                    violations.add(new Problem.Violation(
                            row + "recipientKind", title.code() + " is a " + title.kind() + " title"));
                }
            }
            LocalDate decidedOn = null;
            if (blankToNull(v.get("decisionDate")) != null) {
                try {
                    decidedOn = LocalDate.parse(v.get("decisionDate"));
                } catch (DateTimeParseException e) {
                    violations.add(new Problem.Violation(row + "decisionDate", "must be a date (yyyy-mm-dd)"));
                }
            }
            BigDecimal bonus = BigDecimal.ZERO;
            if (blankToNull(v.get("bonusAmount")) != null) {
                try {
                    bonus = new BigDecimal(v.get("bonusAmount")).setScale(0, RoundingMode.HALF_UP);
                } catch (NumberFormatException e) {
                    violations.add(new Problem.Violation(row + "bonusAmount", "must be a number of VND"));
                }
            }
            if (violations.size() > before) {
                continue;
            }
            String recipient = kind == RecipientKind.MEMBER ? memberId : unitId;
            String key = Nomination.activeKey(title.code(), kind, recipient, year);
            if (!keys.add(key)) {
                violations.add(new Problem.Violation(
                        row + "titleCode", title.code() + " of " + year + " for " + recipient + " is listed twice"));
                continue;
            }
            rows.add(new Award(
                    UUID.randomUUID().toString(),
                    null,
                    blankToNull(v.get("decisionNumber")),
                    null,
                    kind,
                    unitId,
                    kind == RecipientKind.MEMBER ? memberId : null,
                    title.code(),
                    title.nameVi(),
                    year,
                    bonus,
                    decidedOn,
                    Award.Source.IMPORT,
                    AwardState.ACTIVE,
                    null,
                    key,
                    now,
                    null,
                    null,
                    null));
        }
        if (!keys.isEmpty()) {
            for (String taken : awards.findActiveKeys(keys)) {
                violations.add(new Problem.Violation("rows", "already in the registry: " + taken));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid("Nothing was imported: " + violations.size() + " problem(s)", violations);
        }
        awards.saveAll(rows);
        return new Report(rows.size());
    }

    private static List<CSVRecord> parse(byte[] body) {
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw ProblemException.invalidField(
                    "header", "the file is empty; the first line must name the columns: " + String.join(",", COLUMNS));
        }
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> missing = COLUMNS.stream()
                    .filter(c -> !c.equals("memberId")
                            && !c.equals("bonusAmount")
                            && !c.equals("decisionNumber")
                            && !c.equals("decisionDate"))
                    .filter(c -> !parser.getHeaderNames().contains(c))
                    .toList();
            if (!missing.isEmpty()) {
                throw ProblemException.invalidField(
                        "header", "missing column(s) " + missing + "; columns: " + String.join(",", COLUMNS));
            }
            List<CSVRecord> records = parser.getRecords();
            if (records.size() > MAX_ROWS) {
                throw ProblemException.invalidField("rows", "more than " + MAX_ROWS + " rows");
            }
            return records;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw ProblemException.invalidField("body", "is not a CSV file with a header line: " + e.getMessage());
        }
    }

    private static Integer integer(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static RecipientKind kind(String value) {
        try {
            return value == null ? null : RecipientKind.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
