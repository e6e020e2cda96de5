package org.thidua.campaigns.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.thidua.contracts.RecipientKind;
import org.thidua.contracts.TitleCatalogue;
import org.thidua.web.Problem;

/**
 * A registration aims only for titles of the legal regime in force for its campaign's year (ADR 22): the unit for a
 * collective title (tập thể), each member for an individual one (cá nhân). Each refused title names its field and
 * lists the valid codes with their Vietnamese names.
 */
public final class RegistrationTitlesPolicy {

    private RegistrationTitlesPolicy() {}

    public static List<Problem.Violation> violations(
            TitleCatalogue catalogue,
            int year,
            String collectiveTitle,
            List<RegistrationRequest.MemberTitle> memberTitles) {
        List<Problem.Violation> violations = new ArrayList<>();
        Optional<TitleCatalogue.Regime> regime = catalogue.forYear(year);
        check(regime, year, RecipientKind.UNIT, "collectiveTitle", collectiveTitle, violations);
        if (memberTitles != null) {
            for (int i = 0; i < memberTitles.size(); i++) {
                check(
                        regime,
                        year,
                        RecipientKind.MEMBER,
                        "memberTitles[" + i + "].titleCode",
                        memberTitles.get(i).titleCode(),
                        violations);
            }
        }
        return violations;
    }

    private static void check(
            Optional<TitleCatalogue.Regime> regime,
            int year,
            RecipientKind kind,
            String field,
            String code,
            List<Problem.Violation> violations) {
        if (code == null) {
            return;
        }
        if (regime.isEmpty()) {
            violations.add(
                    new Problem.Violation(field, "no emulation titles are known for the campaign's year " + year));
            return;
        }
        boolean valid =
                regime.get().title(code).filter(t -> t.recipientKind() == kind).isPresent();
        if (!valid) {
            violations.add(new Problem.Violation(
                    field,
                    "must be one of the " + (kind == RecipientKind.UNIT ? "collective" : "individual")
                            + " titles in force for " + year + ": "
                            + regime.get().titlesFor(kind).stream()
                                    .map(t -> t.code() + " (" + t.nameVi() + ")")
                                    .collect(Collectors.joining(", "))));
        }
    }
}
