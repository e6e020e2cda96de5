package org.thidua.campaigns.scoresheet;

import static org.thidua.campaigns.scoresheet.ScoreSheetState.APPROVED;
import static org.thidua.campaigns.scoresheet.ScoreSheetState.DRAFT;
import static org.thidua.campaigns.scoresheet.ScoreSheetState.REVIEWED;
import static org.thidua.campaigns.scoresheet.ScoreSheetState.SUBMITTED;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.thidua.web.Transition;

/** The score sheet's state machine. APPROVED is final: nothing changes an approved sheet. */
public final class ScoreSheetTransitions {

    private ScoreSheetTransitions() {}

    public static Transition<ScoreSheetState> edit(ScoreSheetState current) {
        return current == DRAFT
                ? Transition.to(current, DRAFT)
                : Transition.refused(current, "Only a DRAFT score sheet can be edited; this one is " + current);
    }

    public static Transition<ScoreSheetState> submit(ScoreSheetState current) {
        return current == DRAFT
                ? Transition.to(current, SUBMITTED)
                : Transition.refused(current, "Only a DRAFT score sheet can be submitted; this one is " + current);
    }

    public static Transition<ScoreSheetState> review(ScoreSheetState current) {
        return current == SUBMITTED
                ? Transition.to(current, REVIEWED)
                : Transition.refused(current, "Only a SUBMITTED score sheet can be reviewed; this one is " + current);
    }

    public static Transition<ScoreSheetState> approve(ScoreSheetState current) {
        return current == REVIEWED
                ? Transition.to(current, APPROVED)
                : Transition.refused(current, "Only a REVIEWED score sheet can be approved; this one is " + current);
    }

    /** One step back: SUBMITTED → DRAFT, REVIEWED → SUBMITTED. */
    public static Transition<ScoreSheetState> giveBack(ScoreSheetState current) {
        return switch (current) {
            case SUBMITTED -> Transition.to(current, DRAFT);
            case REVIEWED -> Transition.to(current, SUBMITTED);
            case DRAFT -> Transition.refused(current, "A DRAFT score sheet has no step to go back to");
            case APPROVED -> Transition.refused(current, "An APPROVED score sheet is final");
        };
    }

    /** The criteria a sheet lacks an entry for; a sheet is submitted only when this is empty. */
    public static List<String> missingCriteria(Collection<String> criteria, Set<String> entered) {
        return criteria.stream().filter(code -> !entered.contains(code)).toList();
    }
}
