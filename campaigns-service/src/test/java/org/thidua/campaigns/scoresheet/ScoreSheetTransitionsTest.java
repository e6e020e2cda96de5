package org.thidua.campaigns.scoresheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thidua.campaigns.scoresheet.ScoreSheetState.APPROVED;
import static org.thidua.campaigns.scoresheet.ScoreSheetState.DRAFT;
import static org.thidua.campaigns.scoresheet.ScoreSheetState.REVIEWED;
import static org.thidua.campaigns.scoresheet.ScoreSheetState.SUBMITTED;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScoreSheetTransitionsTest {

    @Test
    void draftSubmittedReviewedApproved() {
        assertThat(ScoreSheetTransitions.submit(DRAFT).to()).isEqualTo(SUBMITTED);
        assertThat(ScoreSheetTransitions.review(SUBMITTED).to()).isEqualTo(REVIEWED);
        assertThat(ScoreSheetTransitions.approve(REVIEWED).to()).isEqualTo(APPROVED);
    }

    @Test
    void aReturnGoesExactlyOneStepBack() {
        assertThat(ScoreSheetTransitions.giveBack(SUBMITTED).to()).isEqualTo(DRAFT);
        assertThat(ScoreSheetTransitions.giveBack(REVIEWED).to()).isEqualTo(SUBMITTED);
        assertThat(ScoreSheetTransitions.giveBack(DRAFT).allowed()).isFalse();
    }

    @Test
    void anApprovedSheetIsFinal() {
        assertThat(ScoreSheetTransitions.edit(APPROVED).allowed()).isFalse();
        assertThat(ScoreSheetTransitions.submit(APPROVED).allowed()).isFalse();
        assertThat(ScoreSheetTransitions.review(APPROVED).allowed()).isFalse();
        assertThat(ScoreSheetTransitions.approve(APPROVED).allowed()).isFalse();
        assertThat(ScoreSheetTransitions.giveBack(APPROVED).allowed()).isFalse();
        assertThat(ScoreSheetTransitions.giveBack(APPROVED).from()).isEqualTo(APPROVED);
    }

    @Test
    void onlyADraftIsEditedAndSkippingAStepIsRefused() {
        assertThat(ScoreSheetTransitions.edit(DRAFT).allowed()).isTrue();
        assertThat(ScoreSheetTransitions.edit(SUBMITTED).allowed()).isFalse();
        assertThat(ScoreSheetTransitions.approve(SUBMITTED).allowed()).isFalse();
        assertThat(ScoreSheetTransitions.review(DRAFT).allowed()).isFalse();
        assertThat(ScoreSheetTransitions.submit(REVIEWED).refusal()).contains("REVIEWED");
    }

    @Test
    void aSheetLacksTheCriteriaWithoutAnEntry() {
        assertThat(ScoreSheetTransitions.missingCriteria(List.of("A1", "A2", "B1"), Set.of("A1", "B1")))
                .containsExactly("A2");
        assertThat(ScoreSheetTransitions.missingCriteria(List.of("A1"), Set.of("A1")))
                .isEmpty();
    }
}
