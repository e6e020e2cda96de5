package org.thidua.awards.ruleset;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thidua.awards.rules.RuleSet;
import org.thidua.awards.rules.RuleSets;
import org.thidua.web.ProblemException;

/**
 * The versions of the rule sets (ADR 84): which set is in force for its period, which one a correction superseded,
 * which one ADMIN retired; and what may be superseded or retired, and why not. A set is SUPERSEDED while a set that
 * is not retired names it in {@code supersedes}; retiring a correction that was never used undoes it, and the set it
 * corrected is in force again.
 */
public final class RuleSetVersions {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Where a set stands: the version in force for its period, corrected by another version, or retired. */
    public enum State {
        IN_FORCE,
        SUPERSEDED,
        RETIRED
    }

    /** A stored set and whether it is retired. */
    public record Version(RuleSet set, boolean retired) {}

    /** What refers to a set: a set with any of these was used and can only be superseded, never retired. */
    public record Usage(long evaluations, long nominations, long decisions, long awards) {

        public boolean none() {
            return evaluations == 0 && nominations == 0 && decisions == 0 && awards == 0;
        }

        /** E.g. "2 nominations, 1 decision". */
        public String describe() {
            List<String> parts = new ArrayList<>();
            add(parts, evaluations, "evaluation");
            add(parts, nominations, "nomination");
            add(parts, decisions, "decision");
            add(parts, awards, "award");
            return String.join(", ", parts);
        }

        private static void add(List<String> parts, long count, String what) {
            if (count > 0) {
                parts.add(count + " " + what + (count == 1 ? "" : "s"));
            }
        }
    }

    private final Map<String, Version> byId = new LinkedHashMap<>();
    private final Map<String, String> supersededBy = new HashMap<>();

    public RuleSetVersions(List<Version> versions) {
        for (Version v : versions) {
            byId.put(v.set().id(), v);
        }
        for (Version v : versions) {
            if (!v.retired() && v.set().supersedes() != null) {
                supersededBy.put(v.set().supersedes(), v.set().id());
            }
        }
    }

    public Optional<State> state(String id) {
        Version v = byId.get(id);
        if (v == null) {
            return Optional.empty();
        }
        if (v.retired()) {
            return Optional.of(State.RETIRED);
        }
        return Optional.of(supersededBy.containsKey(id) ? State.SUPERSEDED : State.IN_FORCE);
    }

    /** Any stored set by id, whatever its state. */
    public Optional<RuleSet> set(String id) {
        return Optional.ofNullable(byId.get(id)).map(Version::set);
    }

    /** The set (not retired) that corrects {@code id}, if any. */
    public Optional<String> supersededBy(String id) {
        return Optional.ofNullable(supersededBy.get(id));
    }

    /** The sets that can be in force: every set not retired, superseded ones left out by {@link RuleSets}. */
    public RuleSets ruleSets() {
        return new RuleSets(byId.values().stream()
                .filter(v -> !v.retired())
                .map(Version::set)
                .toList());
    }

    /** The last day of an IN_FORCE set's period: the day before the next IN_FORCE set starts; empty when open. */
    public Optional<LocalDate> effectiveTo(String id) {
        if (state(id).orElse(null) != State.IN_FORCE) {
            return Optional.empty();
        }
        LocalDate from = byId.get(id).set().effectiveFrom();
        return ruleSets().all().stream()
                .map(RuleSet::effectiveFrom)
                .filter(d -> d.isAfter(from))
                .findFirst()
                .map(d -> d.minusDays(1));
    }

    /**
     * Refuses loading {@code set} when its id is taken (409 {@code id}); when it corrects no set but a set in force
     * already takes effect that day (409 {@code effectiveFrom}); when it corrects a set that does not exist (400
     * {@code supersedes}), starts on another day than that set (400 {@code effectiveFrom}), or corrects a set that is
     * already superseded or retired (409 naming that state).
     */
    public void checkLoad(RuleSet set) {
        if (byId.containsKey(set.id())) {
            throw ProblemException.duplicate(
                    "id",
                    "A rule set with id " + set.id() + " exists; rule sets are never "
                            + "changed, load a new one with a new id");
        }
        if (set.supersedes() == null) {
            Optional<Version> sameDay = byId.values().stream()
                    .filter(v -> v.set().effectiveFrom().equals(set.effectiveFrom()))
                    .filter(v -> state(v.set().id()).orElseThrow() == State.IN_FORCE)
                    .findFirst();
            if (sameDay.isPresent()) {
                throw ProblemException.duplicate(
                        "effectiveFrom",
                        "A rule set in force already takes effect on "
                                + DAY.format(set.effectiveFrom()) + " ("
                                + sameDay.get().set().id() + "); to correct it, "
                                + "name it in supersedes and give a reason");
            }
            return;
        }
        Version corrected = byId.get(set.supersedes());
        if (corrected == null) {
            throw ProblemException.invalidField("supersedes", "there is no rule set " + set.supersedes());
        }
        if (!corrected.set().effectiveFrom().equals(set.effectiveFrom())) {
            throw ProblemException.invalidField(
                    "effectiveFrom",
                    "a correction covers the same period as the set it "
                            + "supersedes: it must take effect on "
                            + DAY.format(corrected.set().effectiveFrom())
                            + ", like " + set.supersedes());
        }
        switch (state(set.supersedes()).orElseThrow()) {
            case SUPERSEDED ->
                throw ProblemException.invalidState(
                        State.SUPERSEDED.name(),
                        "Rule set "
                                + set.supersedes() + " is already superseded by " + supersededBy.get(set.supersedes())
                                + "; correct that one instead");
            case RETIRED ->
                throw ProblemException.invalidState(
                        State.RETIRED.name(),
                        "Rule set " + set.supersedes() + " is retired; load a set of its own for that period instead");
            case IN_FORCE -> {
                // the one version in force for the period: it may be corrected
            }
        }
    }

    /**
     * Refuses retiring {@code id} when it is already retired or superseded (409 naming that state) or when anything
     * refers to it (409 {@code IN_USE}, naming what): a used set stays, it can only be superseded.
     */
    public void checkRetire(String id, Usage usage) {
        State state = state(id).orElseThrow(() -> ProblemException.notFound("Rule set", id));
        if (state == State.RETIRED) {
            throw ProblemException.invalidState(state.name(), "Rule set " + id + " is already retired");
        }
        if (state == State.SUPERSEDED) {
            throw ProblemException.invalidState(
                    state.name(),
                    "Rule set " + id + " is superseded by " + supersededBy.get(id)
                            + " and no longer in force; there is nothing to retire");
        }
        if (!usage.none()) {
            throw ProblemException.invalidState(
                    "IN_USE",
                    "Rule set " + id + " was used (" + usage.describe()
                            + "); a set that was used is kept: supersede it with a corrected version instead");
        }
    }
}
