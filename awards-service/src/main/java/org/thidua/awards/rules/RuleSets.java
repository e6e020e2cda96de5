package org.thidua.awards.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rule sets known, each in force from its effective date until the next one starts. A set another set
 * supersedes (corrects, for the same period) is kept, since what was decided under it names it, but is never in force.
 */
public final class RuleSets {

    static final String DIRECTORY = "rulesets/";

    private final List<RuleSet> known;
    private final List<RuleSet> sets;

    public RuleSets(List<RuleSet> sets) {
        sets.forEach(RuleSet::requireValid);
        this.known = List.copyOf(sets);
        Set<String> superseded = new HashSet<>();
        sets.forEach(s -> {
            if (s.supersedes() != null) {
                superseded.add(s.supersedes());
            }
        });
        List<RuleSet> sorted = new ArrayList<>(
                sets.stream().filter(s -> !superseded.contains(s.id())).toList());
        sorted.sort(Comparator.comparing(RuleSet::effectiveFrom));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).effectiveFrom().equals(sorted.get(i - 1).effectiveFrom())) {
                throw new IllegalArgumentException(
                        "two rule sets take effect on " + sorted.get(i).effectiveFrom() + ": "
                                + sorted.get(i - 1).id() + ", " + sorted.get(i).id());
            }
        }
        this.sets = List.copyOf(sorted);
    }

    /** The default sets shipped as data in {@code rulesets/index.json}. */
    public static RuleSets defaults() {
        List<RuleSet> sets = new ArrayList<>();
        for (JsonNode file : RuleSetReader.tree(resource("index.json")).path("ruleSets")) {
            sets.add(RuleSetReader.read(resource(file.asText())));
        }
        return new RuleSets(sets);
    }

    /** The JSON text of each default set, in the order of {@code rulesets/index.json}. */
    public static List<String> defaultDefinitions() {
        List<String> definitions = new ArrayList<>();
        for (JsonNode file : RuleSetReader.tree(resource("index.json")).path("ruleSets")) {
            try (InputStream in = resource(file.asText())) {
                definitions.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return definitions;
    }

    /** The JSON text of the default base salary schedule. */
    public static String defaultBaseSalaryDefinition() {
        try (InputStream in = resource("base-salary.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The default base salary schedule, {@code rulesets/base-salary.json}. */
    public static BaseSalarySchedule defaultBaseSalary() {
        return RuleSetReader.readBaseSalary(resource("base-salary.json"));
    }

    /** The sets that can be in force (none superseded), by effective date. */
    public List<RuleSet> all() {
        return sets;
    }

    /** Any known set by its id, superseded ones included (a decision names the set it was issued under). */
    public Optional<RuleSet> byId(String id) {
        return known.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The set in force on {@code date}: the latest one effective on or before it. */
    public Optional<RuleSet> inForce(LocalDate date) {
        return sets.stream().filter(s -> !s.effectiveFrom().isAfter(date)).reduce((a, b) -> b);
    }

    private static InputStream resource(String name) {
        InputStream in = RuleSets.class.getClassLoader().getResourceAsStream(DIRECTORY + name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + DIRECTORY + name);
        }
        return in;
    }
}
