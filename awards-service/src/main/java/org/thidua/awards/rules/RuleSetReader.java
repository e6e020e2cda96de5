package org.thidua.awards.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads rule sets and the base salary schedule from JSON. A condition is an object with a {@code type} naming one of
 * the {@link Condition} records and that record's fields. Every problem found is reported, not only the first, and the
 * result is validated.
 */
public final class RuleSetReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RuleSetReader() {}

    public static RuleSet read(InputStream json) {
        return read(tree(json));
    }

    public static RuleSet read(String json) {
        try {
            return read(JSON.readTree(json));
        } catch (IOException e) {
            throw new InvalidRuleSetException("?", List.of("not valid JSON: " + e.getMessage()));
        }
    }

    private static RuleSet read(JsonNode root) {
        List<String> errors = new ArrayList<>();
        String id = root.path("id").asText(null);
        LocalDate effectiveFrom = date(root.path("effectiveFrom"), "effectiveFrom", errors);
        List<Title> titles = new ArrayList<>();
        Map<String, List<String>> citations = new LinkedHashMap<>();
        for (JsonNode node : root.path("titles")) {
            String code = node.path("code").asText(null);
            if (code == null) {
                errors.add("a title has no code");
                continue;
            }
            List<Condition> conditions = new ArrayList<>();
            for (JsonNode c : node.path("conditions")) {
                Condition condition = condition(c, code, errors);
                if (condition != null) {
                    conditions.add(condition);
                }
            }
            TitleKind kind = enumValue(TitleKind.class, node.path("kind"), "title " + code + " kind", errors);
            BigDecimal multiple;
            try {
                multiple = new BigDecimal(node.path("bonusMultiple").asText("0"));
            } catch (NumberFormatException e) {
                errors.add("title " + code + ": bonusMultiple is not a number");
                multiple = BigDecimal.ZERO;
            }
            if (kind != null) {
                titles.add(new Title(
                        code,
                        node.path("nameVi").asText(null),
                        node.path("nameEn").asText(null),
                        kind,
                        node.path("level").asText(null),
                        multiple,
                        conditions,
                        node.path("councilThresholdPercent").asInt(Title.DEFAULT_COUNCIL_THRESHOLD_PERCENT),
                        text(node, "line"),
                        node.path("automatic").asBoolean(true),
                        text(node, "unverified")));
            }
            List<String> cites = new ArrayList<>();
            node.path("citations").forEach(n -> cites.add(n.asText()));
            if (!cites.isEmpty()) {
                citations.put(code, cites);
            }
        }
        RuleSet.Disclosure disclosure = null;
        JsonNode disclosureNode = root.path("disclosure");
        if (disclosureNode.isObject()) {
            if (!disclosureNode.path("workingDays").canConvertToInt()) {
                errors.add("disclosure.workingDays must be a whole number of working days");
            } else {
                disclosure = new RuleSet.Disclosure(
                        disclosureNode.path("workingDays").asInt(), text(disclosureNode, "source"));
            }
        } else if (!disclosureNode.isMissingNode() && !disclosureNode.isNull()) {
            errors.add("disclosure must be an object with workingDays and source");
        }
        if (!errors.isEmpty()) {
            throw new InvalidRuleSetException(id, errors);
        }
        return new RuleSet(
                        id,
                        effectiveFrom,
                        titles,
                        citations,
                        text(root, "source"),
                        disclosure,
                        text(root, "supersedes"),
                        text(root, "reason"),
                        text(root, "highestBonusRule"),
                        text(root, "unverified"))
                .requireValid();
    }

    /** A text field, or null when it is missing, null or blank. */
    private static String text(JsonNode node, String field) {
        String value = node.path(field).asText(null);
        return value == null || value.isBlank() ? null : value;
    }

    private static Condition condition(JsonNode node, String titleCode, List<String> errors) {
        String type = node.path("type").asText("");
        String where = "title " + titleCode + ", condition " + type;
        try {
            return switch (type) {
                case "MinimumTaskRating" ->
                    new MinimumTaskRating(TaskRating.valueOf(node.path("rating").asText()));
                case "SameYearTitle" -> new SameYearTitle(required(node, "titleCode"));
                case "ConsecutiveYears" ->
                    new ConsecutiveYears(
                            required(node, "titleCode"), node.path("years").asInt(0));
                case "ShareOfMembersHolding" ->
                    new ShareOfMembersHolding(
                            required(node, "titleCode"),
                            node.path("percent").asInt(-1),
                            node.path("strictlyMore").asBoolean(false));
                case "AllMembersCompletedTasks" -> new AllMembersCompletedTasks();
                case "NoDisciplineAtOrAbove" ->
                    new NoDisciplineAtOrAbove(
                            Discipline.valueOf(node.path("level").asText()));
                case "RankInGroupAtMost" -> new RankInGroupAtMost(node.path("k").asInt(0));
                case "RecognisedInitiative" ->
                    new RecognisedInitiative(
                            node.hasNonNull("level")
                                    ? InitiativeLevel.valueOf(node.path("level").asText())
                                    : null);
                case "CapShareOfTitleHolders" ->
                    new CapShareOfTitleHolders(
                            required(node, "titleCode"), node.path("percent").asInt(-1));
                case "AnyOf" -> {
                    List<Condition> alternatives = new ArrayList<>();
                    for (JsonNode alternative : node.path("alternatives")) {
                        Condition c = condition(alternative, titleCode, errors);
                        if (c != null) {
                            alternatives.add(c);
                        }
                    }
                    yield new AnyOf(alternatives);
                }
                default -> {
                    errors.add("title " + titleCode + ": unknown condition type '" + type + "'");
                    yield null;
                }
            };
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.add(where + ": " + e.getMessage());
            return null;
        }
    }

    private static String required(JsonNode node, String field) {
        if (!node.hasNonNull(field)) {
            throw new IllegalArgumentException(field + " is required");
        }
        return node.get(field).asText();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode node, String what, List<String> errors) {
        try {
            return Enum.valueOf(type, node.asText());
        } catch (IllegalArgumentException e) {
            errors.add(what + " '" + node.asText() + "' is not one of " + List.of(type.getEnumConstants()));
            return null;
        }
    }

    private static LocalDate date(JsonNode node, String what, List<String> errors) {
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            errors.add(what + " '" + node.asText() + "' is not a date (yyyy-mm-dd)");
            return null;
        }
    }

    public static BaseSalarySchedule readBaseSalary(InputStream json) {
        List<BaseSalarySchedule.Entry> entries = new ArrayList<>();
        for (JsonNode node : tree(json).path("entries")) {
            entries.add(new BaseSalarySchedule.Entry(
                    LocalDate.parse(node.path("effectiveFrom").asText()),
                    new BigDecimal(node.path("amount").asText())));
        }
        return new BaseSalarySchedule(entries);
    }

    static JsonNode tree(InputStream json) {
        try (json) {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
