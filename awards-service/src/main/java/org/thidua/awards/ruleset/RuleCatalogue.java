package org.thidua.awards.ruleset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thidua.awards.Dates;
import org.thidua.awards.audit.Audit;
import org.thidua.awards.rules.BaseSalarySchedule;
import org.thidua.awards.rules.InvalidRuleSetException;
import org.thidua.awards.rules.RuleSet;
import org.thidua.awards.rules.RuleSetReader;
import org.thidua.awards.rules.RuleSets;
import org.thidua.awards.rules.Title;
import org.thidua.persistence.Sql;
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

    private static final Logger LOG = LoggerFactory.getLogger(RuleCatalogue.class);
    /** The actor of what the service does by itself (seeding shipped sets). */
    static final String SYSTEM = "system";

    static final String SUPERSEDED = "RULE_SET_SUPERSEDED";
    static final String RETIRED = "RULE_SET_RETIRED";

    private final RuleSetRowRepository sets;
    private final BaseSalaryRowRepository salaries;
    private final JdbcOperations jdbc;
    private final Audit audit;

    RuleCatalogue(RuleSetRowRepository sets, BaseSalaryRowRepository salaries, JdbcOperations jdbc, Audit audit) {
        this.sets = sets;
        this.salaries = salaries;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * Inserts the default sets and base salaries that are not there yet (INSERT IGNORE: instances may race). A shipped
     * set that supersedes another is audited (actor {@code system}) when it is inserted, so once; a shipped set is
     * never inserted again once it is there, retired or not (ADR 84), nor when it would clash with what ADMIN did.
     */
    @EventListener
    @Transactional
    void seedDefaults(StartupEvent started) {
        lockRuleSets();
        for (String definition : RuleSets.defaultDefinitions()) {
            RuleSet set = RuleSetReader.read(definition);
            if (sets.existsById(set.id())) {
                continue;
            }
            try {
                versions().checkLoad(set);
            } catch (ProblemException e) {
                LOG.warn("Shipped rule set {} is not loaded: {}", set.id(), e.getMessage());
                continue;
            }
            int inserted = jdbc.prepareStatement(
                    "INSERT IGNORE INTO rule_set (id, effective_from, definition, "
                            + "built_in, created_at) VALUES (?, ?, ?, TRUE, ?)",
                    s -> {
                        s.setString(1, set.id());
                        s.setDate(2, Date.valueOf(set.effectiveFrom()));
                        s.setString(3, definition);
                        s.setTimestamp(4, Timestamp.from(Dates.now()));
                        return s.executeUpdate();
                    });
            if (inserted == 1 && set.supersedes() != null) {
                auditSupersede(SYSTEM, set);
            }
        }
        JsonNode salary = tree(RuleSets.defaultBaseSalaryDefinition());
        for (JsonNode entry : salary.path("entries")) {
            jdbc.prepareStatement(
                    "INSERT IGNORE INTO base_salary (effective_from, amount, source) VALUES (?, ?, ?)", s -> {
                        s.setDate(
                                1,
                                Date.valueOf(LocalDate.parse(
                                        entry.path("effectiveFrom").asText())));
                        s.setBigDecimal(2, new BigDecimal(entry.path("amount").asText()));
                        s.setString(3, entry.path("source").asText(null));
                        return s.executeUpdate();
                    });
        }
    }

    /** The sets that can be in force: retired ones left out, superseded ones kept findable by id (ADR 84). */
    @Transactional(readOnly = true)
    public RuleSets ruleSets() {
        return versions().ruleSets();
    }

    /** Every stored set with its state: in force for its period, superseded or retired. */
    @Transactional(readOnly = true)
    public RuleSetVersions versions() {
        return new RuleSetVersions(sets.findAllOrderByEffectiveFrom().stream()
                .map(row -> new RuleSetVersions.Version(RuleSetReader.read(row.definition()), row.retiredAt() != null))
                .toList());
    }

    /** The set in force on {@code date}; 422 when none is. */
    public RuleSet inForce(LocalDate date) {
        return ruleSets()
                .inForce(date)
                .orElseThrow(() -> ProblemException.unprocessable("No rule set is in force on " + date));
    }

    @Transactional(readOnly = true)
    public BaseSalarySchedule baseSalary() {
        return new BaseSalarySchedule(salaries.findAllOrderByEffectiveFrom().stream()
                .map(r -> new BaseSalarySchedule.Entry(r.effectiveFrom(), r.amount()))
                .toList());
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
     * 409 when its id is taken or a set in force takes effect that day. A set naming the one it corrects in
     * {@code supersedes} (with a {@code reason}) is checked by {@link RuleSetVersions#checkLoad} and audited as
     * {@code RULE_SET_SUPERSEDED} by {@code actor}, in this transaction.
     */
    @Transactional
    public RuleSetRow load(String definition, String actor) {
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
            if (title.nameVi() == null
                    || title.nameVi().isBlank()
                    || title.nameVi().length() > 255) {
                errors.add("title " + title.code() + ": nameVi (the name decisions print) must have 1 to 255 "
                        + "characters");
            }
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        lockRuleSets();
        versions().checkLoad(set);
        RuleSetRow row = sets.save(new RuleSetRow(set.id(), set.effectiveFrom(), definition, false, Dates.now(), null));
        if (set.supersedes() != null) {
            auditSupersede(actor, set);
        }
        return row;
    }

    /**
     * Retires a set that was never used (ADR 84): no evaluation, nomination, decision or award refers to it; 409
     * naming what does otherwise, or the set's state when it is already retired or superseded. Audited as
     * {@code RULE_SET_RETIRED} by {@code actor}.
     */
    @Transactional
    public RuleSetRow retire(String id, String reason, String actor) {
        RuleSetRow row = row(id);
        lockRuleSets();
        versions().checkRetire(id, usage(id));
        RuleSetRow retired = sets.update(row.retired(Dates.now()));
        audit.record(actor, RETIRED, subject(id), Map.of("reason", reason, "ruleSetId", id));
        return retired;
    }

    /** What refers to set {@code id}; an award through its nomination or its decision. */
    RuleSetVersions.Usage usage(String id) {
        return new RuleSetVersions.Usage(
                count("SELECT COUNT(*) FROM evaluation WHERE rule_set_id = ?", id),
                count("SELECT COUNT(*) FROM nomination WHERE rule_set_id = ?", id),
                count("SELECT COUNT(*) FROM decision WHERE rule_set_id = ?", id),
                count(
                        "SELECT COUNT(*) FROM award a LEFT JOIN nomination n ON n.id = a.nomination_id "
                                + "LEFT JOIN decision d ON d.id = a.decision_id WHERE n.rule_set_id = ? OR d.rule_set_id = ?",
                        id,
                        id));
    }

    /** The audit subject of a rule set. */
    public static String subject(String ruleSetId) {
        return "rule-set:" + ruleSetId;
    }

    private void auditSupersede(String actor, RuleSet set) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("reason", set.reason());
        detail.put("supersededId", set.supersedes());
        detail.put("supersedingId", set.id());
        audit.record(actor, SUPERSEDED, subject(set.supersedes()), detail);
    }

    private long count(String sql, String... parameters) {
        return Sql.count(jdbc, sql, (Object[]) parameters);
    }

    /** Rule set changes one at a time: what is in force is checked and changed under this lock. */
    private void lockRuleSets() {
        jdbc.prepareStatement("SELECT id FROM rule_set FOR UPDATE", s -> {
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rs.getString("id");
                }
            }
            return null;
        });
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
        return UUID.nameUUIDFromBytes(("thidua.rule-set:" + ruleSetId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private static ProblemException invalid(List<String> errors) {
        return ProblemException.invalid(
                "The rule set is not valid: " + String.join("; ", errors),
                errors.stream()
                        .map(error -> new Problem.Violation(field(error), error))
                        .toList());
    }

    /** The request field an error of {@link RuleSetReader} is about. */
    private static String field(String error) {
        if (error.contains("without a reason")) {
            return "reason";
        }
        if (error.contains("cannot supersede itself")) {
            return "supersedes";
        }
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
