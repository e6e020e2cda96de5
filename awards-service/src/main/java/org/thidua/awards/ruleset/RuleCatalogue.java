package org.thidua.awards.ruleset;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.thidua.awards.Dates;
import org.thidua.awards.rules.BaseSalarySchedule;
import org.thidua.awards.rules.InvalidRuleSetException;
import org.thidua.awards.rules.RuleSet;
import org.thidua.awards.rules.RuleSetReader;
import org.thidua.awards.rules.RuleSets;
import org.thidua.awards.rules.Title;
import org.thidua.web.Problem;
import org.thidua.web.ProblemException;

/**
 * The rule sets and base salaries this service knows, stored in its database. The defaults shipped as data
 * ({@code rulesets/}) are inserted at start-up when missing; a set loaded later is a new row, never a change, so what
 * was evaluated or decided under an earlier set stays as it was.
 */
@Singleton
public class RuleCatalogue {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** What the event schemas accept as a title code. */
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

    private final RuleSetRowRepository sets;
    private final BaseSalaryRowRepository salaries;
    private final JdbcOperations jdbc;

    RuleCatalogue(RuleSetRowRepository sets, BaseSalaryRowRepository salaries, JdbcOperations jdbc) {
        this.sets = sets;
        this.salaries = salaries;
        this.jdbc = jdbc;
    }

    /** Inserts the default sets and base salaries that are not there yet (INSERT IGNORE: instances may race). */
    @EventListener
    @Transactional
    void seedDefaults(StartupEvent started) {
        for (String definition : RuleSets.defaultDefinitions()) {
            RuleSet set = RuleSetReader.read(definition);
            jdbc.prepareStatement("INSERT IGNORE INTO rule_set (id, effective_from, definition, built_in, created_at) "
                    + "VALUES (?, ?, ?, TRUE, ?)", s -> {
                s.setString(1, set.id());
                s.setDate(2, Date.valueOf(set.effectiveFrom()));
                s.setString(3, definition);
                s.setTimestamp(4, Timestamp.from(Dates.now()));
                return s.executeUpdate();
            });
        }
        JsonNode salary = tree(RuleSets.defaultBaseSalaryDefinition());
        for (JsonNode entry : salary.path("entries")) {
            jdbc.prepareStatement("INSERT IGNORE INTO base_salary (effective_from, amount, source) VALUES (?, ?, ?)",
                    s -> {
                        s.setDate(1, Date.valueOf(LocalDate.parse(entry.path("effectiveFrom").asText())));
                        s.setBigDecimal(2, new BigDecimal(entry.path("amount").asText()));
                        s.setString(3, entry.path("source").asText(null));
                        return s.executeUpdate();
                    });
        }
    }

    @Transactional(readOnly = true)
    public RuleSets ruleSets() {
        return new RuleSets(sets.findAllOrderByEffectiveFrom().stream()
                .map(row -> RuleSetReader.read(row.definition())).toList());
    }

    /** The set in force on {@code date}; 422 when none is. */
    public RuleSet inForce(LocalDate date) {
        return ruleSets().inForce(date).orElseThrow(() -> ProblemException.unprocessable(
                "No rule set is in force on " + date));
    }

    @Transactional(readOnly = true)
    public BaseSalarySchedule baseSalary() {
        return new BaseSalarySchedule(salaries.findAllOrderByEffectiveFrom().stream()
                .map(r -> new BaseSalarySchedule.Entry(r.effectiveFrom(), r.amount())).toList());
    }

    @Transactional(readOnly = true)
    public List<RuleSetRow> rows() {
        return sets.findAllOrderByEffectiveFrom();
    }

    @Transactional(readOnly = true)
    public RuleSetRow row(String id) {
        return sets.findById(id).orElseThrow(() -> ProblemException.notFound("Rule set", id));
    }

    /**
     * Loads a new rule set: 400 listing every error (unknown condition, unknown title, cycle of prerequisites...),
     * 409 when its id or its effective date is taken.
     */
    @Transactional
    public RuleSetRow load(String definition) {
        RuleSet set;
        try {
            set = RuleSetReader.read(definition);
        } catch (InvalidRuleSetException e) {
            throw invalid(e.errors());
        }
        List<String> errors = new ArrayList<>();
        for (Title title : set.titles()) {
            if (!CODE.matcher(title.code()).matches()) {
                errors.add("title " + title.code() + ": a code is 2 to 64 capital letters, digits or _, "
                        + "starting with a letter");
            }
            if (title.nameVi() == null || title.nameVi().isBlank() || title.nameVi().length() > 255) {
                errors.add("title " + title.code() + ": nameVi (the name decisions print) must have 1 to 255 "
                        + "characters");
            }
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        if (sets.existsById(set.id())) {
            throw ProblemException.duplicate("id", "A rule set with id " + set.id() + " exists; rule sets are never "
                    + "changed, load a new one with a new id");
        }
        if (sets.existsByEffectiveFrom(set.effectiveFrom())) {
            throw ProblemException.duplicate("effectiveFrom", "A rule set already takes effect on "
                    + set.effectiveFrom());
        }
        return sets.save(new RuleSetRow(set.id(), set.effectiveFrom(), definition, false, Dates.now()));
    }

    /** Adds a base salary from a date on; 409 when one starts that day already. */
    @Transactional
    public BaseSalaryRow addBaseSalary(LocalDate effectiveFrom, BigDecimal amount, String source) {
        if (salaries.existsById(effectiveFrom)) {
            throw ProblemException.duplicate("effectiveFrom", "A base salary already takes effect on " + effectiveFrom);
        }
        return salaries.save(new BaseSalaryRow(effectiveFrom, amount, source));
    }

    /**
     * The id events carry for a rule set: the contracts want a UUID, so a name-based (version 3) UUID of the set's
     * id, the same on every instance and every day.
     */
    public static String eventId(String ruleSetId) {
        return UUID.nameUUIDFromBytes(("thidua.rule-set:" + ruleSetId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static ProblemException invalid(List<String> errors) {
        return ProblemException.invalid("The rule set is not valid: " + String.join("; ", errors),
                errors.stream().map(error -> new Problem.Violation(field(error), error)).toList());
    }

    /** The request field an error of {@link RuleSetReader} is about. */
    private static String field(String error) {
        if (error.contains("effectiveFrom")) {
            return "effectiveFrom";
        }
        if (error.startsWith("rule set has no id") || error.startsWith("not valid JSON")) {
            return error.startsWith("not valid JSON") ? "body" : "id";
        }
        return "titles";
    }

    static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw ProblemException.invalidField("body", "is not JSON");
        }
    }
}
