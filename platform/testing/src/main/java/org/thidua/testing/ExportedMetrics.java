package org.thidua.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * deploy/observability/exported-metrics.txt: one line a metric as Prometheus shows it ({@code name services labels},
 * services and labels comma-separated, {@code #} comments), and whether a scrape has a sample of each.
 */
public final class ExportedMetrics {

    /** A metric the dashboards or alerts use, the services that export it, and labels its samples carry. */
    public record Line(String name, Set<String> services, Set<String> labels) {}

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+\\S+.*$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"(?:[^\"\\\\]|\\\\.)*\"");

    private ExportedMetrics() {}

    /** The file, found from the working directory upwards (a module's directory when Maven runs its tests). */
    public static Path file() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("deploy/observability/exported-metrics.txt");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("deploy/observability/exported-metrics.txt not found above "
                + Path.of("").toAbsolutePath());
    }

    public static List<Line> read() throws IOException {
        List<Line> lines = new ArrayList<>();
        for (String text : Files.readAllLines(file(), StandardCharsets.UTF_8)) {
            String trimmed = text.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] parts = trimmed.split("\\s+");
            if (parts.length < 2 || parts.length > 3) {
                throw new IllegalStateException("Not `name services [labels]`: " + text);
            }
            lines.add(new Line(
                    parts[0], Set.of(parts[1].split(",")), parts.length == 3 ? Set.of(parts[2].split(",")) : Set.of()));
        }
        return lines;
    }

    /** The lines of which {@code scrape} (Prometheus text format) has no sample carrying all their labels. */
    public static List<Line> missing(List<Line> expected, String scrape) {
        List<Line> missing = new ArrayList<>(expected);
        scrape.lines().filter(l -> !l.startsWith("#")).forEach(sample -> {
            Matcher m = SAMPLE.matcher(sample);
            if (!m.matches()) {
                return;
            }
            Set<String> labels = new HashSet<>();
            if (m.group(2) != null) {
                Matcher label = LABEL.matcher(m.group(2));
                while (label.find()) {
                    labels.add(label.group(1));
                }
            }
            missing.removeIf(line -> line.name().equals(m.group(1)) && labels.containsAll(line.labels()));
        });
        return missing;
    }

    /** The names of every line, for checks that need no labels. */
    public static Set<String> names(List<Line> lines) {
        Set<String> names = new HashSet<>();
        lines.forEach(line -> names.add(line.name()));
        return names;
    }
}
