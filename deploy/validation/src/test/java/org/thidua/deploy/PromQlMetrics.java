package org.thidua.deploy;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a PromQL expression (or a Grafana query with its {@code $variables}) reads: every identifier that
 * is not a function or aggregation (followed by {@code (}), a keyword, a label (inside {@code {...}} or a
 * {@code by (...)} list) or a duration. Enough of PromQL for the dashboards and rules of deploy/observability.
 */
final class PromQlMetrics {

    private static final Set<String> KEYWORDS = Set.of(
            "and",
            "or",
            "unless",
            "offset",
            "bool",
            "by",
            "without",
            "on",
            "ignoring",
            "group_left",
            "group_right",
            "inf",
            "nan");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.:$])[a-zA-Z_:][a-zA-Z0-9_:]*");

    private PromQlMetrics() {}

    static Set<String> in(String expression) {
        String rest = expression
                .replaceAll("label_values\\(\\s*([a-zA-Z_:][\\w:]*)\\s*,[^)]*\\)", " $1 ") // Grafana: the metric
                .replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"") // strings
                .replaceAll("\\$\\{?\\w+}?", " ") // Grafana variables
                .replaceAll("\\{[^}]*}", " ") // label matchers
                .replaceAll("\\[[^]]*]", " ") // ranges
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " "); // label lists
        Set<String> names = new LinkedHashSet<>();
        Matcher identifier = IDENTIFIER.matcher(rest);
        while (identifier.find()) {
            String name = identifier.group();
            String after = rest.substring(identifier.end()).stripLeading();
            if (!after.startsWith("(") && !KEYWORDS.contains(name.toLowerCase(Locale.ROOT))) {
                names.add(name);
            }
        }
        return names;
    }
}
