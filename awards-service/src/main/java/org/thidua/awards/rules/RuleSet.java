package org.thidua.awards.rules;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A versioned set of titles and their conditions, in force from {@code effectiveFrom} until the next set.
 * {@code citations} gives, per title code, the articles of the law and decrees the title's rules come from;
 * {@code source} the law, decree and circular the whole set encodes. {@code disclosure}: how long a public disclosure
 * lasts under this set. {@code supersedes}: the id of the set this one corrects, for the same period, with the
 * {@code reason} (both null for a set that corrects none). {@code highestBonusRule}: the article saying that one
 * achievement reaching several titles of different bonuses is paid the highest only (see {@link Title#line()}).
 * {@code unverified}: what of the set could not be checked against the official texts, in words a person reads
 * (null: nothing known to be unverified).
 */
public record RuleSet(
        String id,
        LocalDate effectiveFrom,
        List<Title> titles,
        Map<String, List<String>> citations,
        String source,
        Disclosure disclosure,
        String supersedes,
        String reason,
        String highestBonusRule,
        String unverified) {

    /** A public disclosure (công khai) lasts {@code workingDays} working days, as {@code source} says. */
    public record Disclosure(int workingDays, String source) {

        /** What sets without their own disclosure rule get: the 5 working days the service used before (ADR 40). */
        public static final Disclosure DEFAULT =
                new Disclosure(5, "the emulation office's practice before rule sets carried it (ADR 40)");
    }

    public RuleSet {
        titles = List.copyOf(titles);
        citations = citations == null ? Map.of() : Map.copyOf(citations);
        disclosure = disclosure == null ? Disclosure.DEFAULT : disclosure;
    }

    public RuleSet(String id, LocalDate effectiveFrom, List<Title> titles, Map<String, List<String>> citations) {
        this(id, effectiveFrom, titles, citations, null, null, null, null, null, null);
    }

    public Optional<Title> title(String code) {
        return titles.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** Everything wrong with this rule set; empty when it can be used. */
    public List<String> validate() {
        List<String> errors = new ArrayList<>();
        if (id == null || id.isBlank()) {
            errors.add("rule set has no id");
        }
        if (effectiveFrom == null) {
            errors.add("rule set " + id + " has no effectiveFrom date");
        }
        if (disclosure.workingDays() < 1 || disclosure.workingDays() > 60) {
            errors.add(
                    "rule set " + id + ": disclosure.workingDays is " + disclosure.workingDays() + ", must be 1..60");
        }
        if (supersedes != null && (reason == null || reason.isBlank())) {
            errors.add("rule set " + id + " supersedes " + supersedes + " without a reason");
        }
        if (supersedes != null && supersedes.equals(id)) {
            errors.add("rule set " + id + " cannot supersede itself");
        }
        Set<String> codes = new HashSet<>();
        for (Title title : titles) {
            if (!codes.add(title.code())) {
                errors.add("duplicate title code " + title.code());
            }
        }
        for (Title title : titles) {
            if (title.bonusMultiple().signum() < 0) {
                errors.add("title " + title.code() + " has a negative bonus multiple");
            }
            if (title.councilThresholdPercent() < 1 || title.councilThresholdPercent() > 100) {
                errors.add("title " + title.code() + " has council threshold " + title.councilThresholdPercent()
                        + "%, must be 1..100");
            }
            if (title.line() != null && !title.line().matches("[A-Z][A-Z0-9_]{0,63}")) {
                errors.add("title " + title.code() + ": line '" + title.line() + "' must be capitals, digits or _");
            }
            for (Condition condition : title.conditions()) {
                for (String ref : new TreeSet<>(condition.referencedTitles())) {
                    if (!codes.contains(ref)) {
                        errors.add("title " + title.code() + ": condition '" + condition.describe()
                                + "' refers to unknown title " + ref);
                    }
                }
                if (!condition.appliesTo(title.kind())) {
                    errors.add("title " + title.code() + ": condition '" + condition.describe() + "' cannot apply to a "
                            + title.kind() + " title");
                }
            }
        }
        for (String code : citations.keySet()) {
            if (!codes.contains(code)) {
                errors.add("citation for unknown title " + code);
            }
        }
        findCycle().ifPresent(cycle -> errors.add("cycle of prerequisite titles: " + String.join(" -> ", cycle)));
        return errors;
    }

    /**
     * The titles in an order where every title comes after the titles its conditions refer to (prerequisites first).
     *
     * @throws InvalidRuleSetException when the prerequisites form a cycle
     */
    public List<Title> inPrerequisiteOrder() {
        Map<String, Title> byCode = byCode();
        List<Title> ordered = new ArrayList<>();
        Set<String> done = new HashSet<>();
        Set<String> visiting = new HashSet<>();
        for (Title title : titles) {
            visit(title.code(), byCode, done, visiting, ordered);
        }
        return ordered;
    }

    private void visit(
            String code, Map<String, Title> byCode, Set<String> done, Set<String> visiting, List<Title> ordered) {
        Title title = byCode.get(code);
        if (title == null || done.contains(code)) {
            return;
        }
        if (!visiting.add(code)) {
            throw new InvalidRuleSetException(id, List.of("cycle of prerequisite titles through " + code));
        }
        for (String ref : new TreeSet<>(prerequisites(title))) {
            visit(ref, byCode, done, visiting, ordered);
        }
        visiting.remove(code);
        done.add(code);
        ordered.add(title);
    }

    private Optional<List<String>> findCycle() {
        Map<String, Title> byCode = byCode();
        Set<String> done = new HashSet<>();
        for (Title title : titles) {
            Deque<String> path = new ArrayDeque<>();
            Optional<List<String>> cycle = cycleFrom(title.code(), byCode, done, path);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        return Optional.empty();
    }

    private static Optional<List<String>> cycleFrom(
            String code, Map<String, Title> byCode, Set<String> done, Deque<String> path) {
        if (path.contains(code)) {
            List<String> cycle = new ArrayList<>();
            boolean in = false;
            for (Iterator<String> it = path.descendingIterator(); it.hasNext(); ) {
                String step = it.next();
                in = in || step.equals(code);
                if (in) {
                    cycle.add(step);
                }
            }
            cycle.add(code);
            return Optional.of(cycle);
        }
        Title title = byCode.get(code);
        if (title == null || done.contains(code)) {
            return Optional.empty();
        }
        path.push(code);
        for (String ref : new TreeSet<>(prerequisites(title))) {
            Optional<List<String>> cycle = cycleFrom(ref, byCode, done, path);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        path.pop();
        done.add(code);
        return Optional.empty();
    }

    /** Titles this title's conditions refer to, whether the same year or earlier years. */
    private static Set<String> prerequisites(Title title) {
        Set<String> refs = new HashSet<>();
        title.conditions().forEach(c -> refs.addAll(c.referencedTitles()));
        return refs;
    }

    private Map<String, Title> byCode() {
        Map<String, Title> byCode = new LinkedHashMap<>();
        titles.forEach(t -> byCode.putIfAbsent(t.code(), t));
        return byCode;
    }

    /** @throws InvalidRuleSetException with every error when the set is invalid */
    public RuleSet requireValid() {
        List<String> errors = validate();
        if (!errors.isEmpty()) {
            throw new InvalidRuleSetException(id, errors);
        }
        return this;
    }
}
