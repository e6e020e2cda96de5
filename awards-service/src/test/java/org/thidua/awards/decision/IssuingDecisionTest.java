package org.thidua.awards.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thidua.awards.rules.RuleSet;
import org.thidua.awards.rules.Title;
import org.thidua.awards.rules.TitleKind;
import org.thidua.web.Problem;
import org.thidua.web.ProblemException;
import org.thidua.web.ProblemType;

/** The rules of a decision's signing day, without Micronaut. */
class IssuingDecisionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @Test
    void aTitleTheSetOfTheSigningDayDoesNotKnowIsRefusedNamingTheTitleAndTheSet() {
        RuleSet set = new RuleSet(
                "vn-x",
                LocalDate.of(2018, 1, 1),
                List.of(new Title(
                        "LDTT",
                        "Lao động tiên tiến",
                        "Advanced worker",
                        TitleKind.INDIVIDUAL,
                        "BASE",
                        new BigDecimal("0.3"),
                        List.of())),
                Map.of());
        assertThat(IssuingDecision.titleOf(set, "LDTT", "Lao động tiên tiến", LocalDate.of(2020, 2, 15))
                        .code())
                .isEqualTo("LDTT");
        assertThatThrownBy(() -> IssuingDecision.titleOf(
                        set, "BK_TTG", "Bằng khen của Thủ tướng Chính phủ", LocalDate.of(2020, 2, 15)))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.type()).isEqualTo(ProblemType.UNPROCESSABLE);
                    assertThat(problem.violations())
                            .extracting(Problem.Violation::field)
                            .containsExactly("nominationIds");
                    assertThat(problem.getMessage())
                            .contains("Bằng khen của Thủ tướng Chính phủ", "vn-x", "15/02/2020");
                });
    }

    @Test
    void theSigningDayIsTodayByDefaultNeverInTheFutureNorBefore2000() {
        assertThat(IssuingDecision.signedOn(request(null), TODAY)).isEqualTo(TODAY);
        assertThat(IssuingDecision.signedOn(request(LocalDate.of(2020, 2, 15)), TODAY))
                .isEqualTo(LocalDate.of(2020, 2, 15));
        assertThat(IssuingDecision.signedOn(request(LocalDate.of(2000, 1, 1)), TODAY))
                .isEqualTo(LocalDate.of(2000, 1, 1));
        for (LocalDate wrong : List.of(TODAY.plusDays(1), LocalDate.of(1999, 12, 31))) {
            assertThatThrownBy(() -> IssuingDecision.signedOn(request(wrong), TODAY))
                    .isInstanceOfSatisfying(
                            ProblemException.class,
                            problem -> assertThat(problem.violations())
                                    .extracting(Problem.Violation::field)
                                    .containsExactly("signedOn"));
        }
    }

    private static DecisionRequest request(LocalDate signedOn) {
        return new DecisionRequest(
                "VPQH", new DecisionRequest.Signer("Nguyễn Văn A", "Chủ nhiệm"), List.of("n"), signedOn);
    }
}
