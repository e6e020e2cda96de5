package org.thidua.awards.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thidua.awards.rules.MinimumTaskRating;
import org.thidua.awards.rules.RuleSet;
import org.thidua.awards.rules.TaskRating;
import org.thidua.awards.rules.Title;
import org.thidua.awards.rules.TitleKind;
import org.thidua.web.ProblemException;
import org.thidua.web.ProblemType;

/** What may be superseded or retired, and what is in force afterwards (ADR 84): plain rules, no database. */
class RuleSetVersionsTest {

    private static final LocalDate Y2018 = LocalDate.of(2018, 1, 1);
    private static final LocalDate Y2024 = LocalDate.of(2024, 6, 1);
    private static final RuleSetVersions.Usage UNUSED = new RuleSetVersions.Usage(0, 0, 0, 0);

    @Test
    void aCorrectionSupersedesTheSetOfItsPeriodWhichStaysFindable() {
        RuleSetVersions versions = versions(plain("a", Y2018), correction("a2", Y2018, "a"), plain("b", Y2024));
        assertThat(versions.state("a")).contains(RuleSetVersions.State.SUPERSEDED);
        assertThat(versions.supersededBy("a")).contains("a2");
        assertThat(versions.state("a2")).contains(RuleSetVersions.State.IN_FORCE);
        assertThat(versions.ruleSets()
                        .inForce(LocalDate.of(2020, 3, 1))
                        .orElseThrow()
                        .id())
                .isEqualTo("a2");
        assertThat(versions.ruleSets().byId("a")).isPresent();
        // a2's period ends the day before b starts; b is open-ended; a superseded set has no period of its own
        assertThat(versions.effectiveTo("a2")).contains(LocalDate.of(2024, 5, 31));
        assertThat(versions.effectiveTo("b")).isEmpty();
        assertThat(versions.effectiveTo("a")).isEmpty();
    }

    @Test
    void aCorrectionMustCoverTheSamePeriodAndCorrectTheVersionInForce() {
        RuleSetVersions versions = versions(
                plain("a", Y2018), correction("a2", Y2018, "a"), retired(plain("c", LocalDate.of(2030, 1, 1))));
        assertThat(refusal(
                        () -> versions.checkLoad(correction("a3", Y2024, "a2").set())))
                .extracting(ProblemException::type, RuleSetVersionsTest::field)
                .containsExactly(ProblemType.VALIDATION, "effectiveFrom");
        assertThat(refusal(
                        () -> versions.checkLoad(correction("x", Y2018, "nope").set())))
                .extracting(RuleSetVersionsTest::field)
                .isEqualTo("supersedes");
        // correcting the old version again would put two versions in force for one period
        assertThat(state(refusal(
                        () -> versions.checkLoad(correction("a3", Y2018, "a").set()))))
                .isEqualTo("Rule set a is already superseded by a2; correct that one instead");
        assertThat(state(refusal(() -> versions.checkLoad(
                        correction("c2", LocalDate.of(2030, 1, 1), "c").set()))))
                .contains("c is retired");
        assertThat(refusal(() -> versions.checkLoad(correction("a2", Y2018, "a").set())))
                .extracting(ProblemException::type, RuleSetVersionsTest::field)
                .containsExactly(ProblemType.DUPLICATE, "id");
        // one set in force per date: a new set on a2's date must say it corrects a2
        assertThat(refusal(() -> versions.checkLoad(plain("d", Y2018).set())))
                .extracting(ProblemException::type, RuleSetVersionsTest::field)
                .containsExactly(ProblemType.DUPLICATE, "effectiveFrom");
        // a retired set's date is free again, and the version in force may be corrected
        versions.checkLoad(plain("c-again", LocalDate.of(2030, 1, 1)).set());
        versions.checkLoad(correction("a3", Y2018, "a2").set());
    }

    @Test
    void onlyASetInForceThatNothingUsedIsRetired() {
        RuleSetVersions versions = versions(
                plain("a", Y2018),
                correction("a2", Y2018, "a"),
                plain("b", Y2024),
                retired(plain("c", LocalDate.of(2030, 1, 1))));
        assertThat(refusal(() -> versions.checkRetire("b", new RuleSetVersions.Usage(1, 2, 1, 0)))
                        .getMessage())
                .contains("1 evaluation, 2 nominations, 1 decision")
                .contains("supersede");
        assertThat(state(refusal(() -> versions.checkRetire("b", new RuleSetVersions.Usage(0, 0, 0, 3)))))
                .contains("was used (3 awards)");
        assertThat(state(refusal(() -> versions.checkRetire("a", UNUSED)))).contains("superseded by a2");
        assertThat(state(refusal(() -> versions.checkRetire("c", UNUSED)))).contains("already retired");
        assertThat(refusal(() -> versions.checkRetire("zz", UNUSED)).type()).isEqualTo(ProblemType.NOT_FOUND);
        versions.checkRetire("b", UNUSED);
        assertThat(versions.state("c")).contains(RuleSetVersions.State.RETIRED);
        assertThat(versions.ruleSets()
                        .inForce(LocalDate.of(2031, 1, 1))
                        .orElseThrow()
                        .id())
                .isEqualTo("b");
    }

    @Test
    void retiringACorrectionPutsTheSetItCorrectedBackInForce() {
        RuleSetVersions versions = versions(plain("a", Y2018), retired(correction("a2", Y2018, "a")));
        assertThat(versions.state("a")).contains(RuleSetVersions.State.IN_FORCE);
        assertThat(versions.supersededBy("a")).isEmpty();
        assertThat(versions.ruleSets()
                        .inForce(LocalDate.of(2019, 1, 1))
                        .orElseThrow()
                        .id())
                .isEqualTo("a");
        versions.checkLoad(correction("a3", Y2018, "a").set());
    }

    private static RuleSetVersions versions(RuleSetVersions.Version... versions) {
        return new RuleSetVersions(List.of(versions));
    }

    private static RuleSetVersions.Version plain(String id, LocalDate from) {
        return new RuleSetVersions.Version(set(id, from, null, null), false);
    }

    private static RuleSetVersions.Version correction(String id, LocalDate from, String supersedes) {
        return new RuleSetVersions.Version(set(id, from, supersedes, "Sửa hệ số thưởng"), false);
    }

    private static RuleSetVersions.Version retired(RuleSetVersions.Version version) {
        return new RuleSetVersions.Version(version.set(), true);
    }

    private static RuleSet set(String id, LocalDate from, String supersedes, String reason) {
        Title title = new Title(
                "LDTT",
                "Lao động tiên tiến",
                "Advanced Worker",
                TitleKind.INDIVIDUAL,
                "BASE",
                new BigDecimal("0.3"),
                List.of(new MinimumTaskRating(TaskRating.GOOD)));
        return new RuleSet(id, from, List.of(title), Map.of(), null, null, supersedes, reason, null, null);
    }

    private static ProblemException refusal(Runnable check) {
        try {
            check.run();
        } catch (ProblemException e) {
            return e;
        }
        throw new AssertionError("expected a refusal");
    }

    /** The detail of a 409 invalid-state refusal (the API test checks its currentState). */
    private static String state(ProblemException e) {
        assertThat(e.type()).isEqualTo(ProblemType.INVALID_STATE);
        return e.getMessage();
    }

    private static String field(ProblemException e) {
        return e.violations().isEmpty() ? null : e.violations().get(0).field();
    }
}
