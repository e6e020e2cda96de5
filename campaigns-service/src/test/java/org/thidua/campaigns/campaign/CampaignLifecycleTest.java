package org.thidua.campaigns.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thidua.campaigns.campaign.CampaignState.CANCELLED;
import static org.thidua.campaigns.campaign.CampaignState.CLOSED;
import static org.thidua.campaigns.campaign.CampaignState.DRAFT;
import static org.thidua.campaigns.campaign.CampaignState.IN_PROGRESS;
import static org.thidua.campaigns.campaign.CampaignState.LAUNCHED;

import java.util.EnumSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.thidua.web.Transition;

class CampaignLifecycleTest {

    @Test
    void theHappyPathIsDraftLaunchedInProgressClosed() {
        assertThat(CampaignLifecycle.launch(DRAFT).to()).isEqualTo(LAUNCHED);
        assertThat(CampaignLifecycle.start(LAUNCHED).to()).isEqualTo(IN_PROGRESS);
        assertThat(CampaignLifecycle.close(IN_PROGRESS).to()).isEqualTo(CLOSED);
    }

    @Test
    void onlyDraftAndLaunchedCanBeCancelled() {
        assertThat(CampaignLifecycle.cancel(DRAFT).to()).isEqualTo(CANCELLED);
        assertThat(CampaignLifecycle.cancel(LAUNCHED).to()).isEqualTo(CANCELLED);
        assertRefusedExcept(CampaignLifecycle::cancel, DRAFT, LAUNCHED);
    }

    @Test
    void everyOtherTransitionIsRefusedNamingTheCurrentState() {
        assertRefusedExcept(CampaignLifecycle::launch, DRAFT);
        assertRefusedExcept(CampaignLifecycle::start, LAUNCHED);
        assertRefusedExcept(CampaignLifecycle::close, IN_PROGRESS);
        Transition<CampaignState> refused = CampaignLifecycle.launch(CLOSED);
        assertThat(refused.from()).isEqualTo(CLOSED);
        assertThat(refused.refusal()).contains("CLOSED");
    }

    @Test
    void scopeAndCriteriaAreFrozenOnceLaunched() {
        assertThat(CampaignLifecycle.edit(DRAFT).allowed()).isTrue();
        assertRefusedExcept(CampaignLifecycle::edit, DRAFT);
    }

    @Test
    void unitsTakePartOnlyWhileTheCampaignRuns() {
        assertThat(CampaignLifecycle.takePart(LAUNCHED).allowed()).isTrue();
        assertThat(CampaignLifecycle.takePart(IN_PROGRESS).allowed()).isTrue();
        assertRefusedExcept(CampaignLifecycle::takePart, LAUNCHED, IN_PROGRESS);
    }

    @Test
    void aCovenantIsSignedOnlyWhileTheCampaignRunsAndARefusalSaysTheStateInWords() {
        assertThat(CampaignLifecycle.signCovenant(LAUNCHED).allowed()).isTrue();
        assertThat(CampaignLifecycle.signCovenant(IN_PROGRESS).allowed()).isTrue();
        assertRefusedExcept(CampaignLifecycle::signCovenant, LAUNCHED, IN_PROGRESS);
        assertThat(CampaignLifecycle.signCovenant(CANCELLED).refusal())
                .isEqualTo("The campaign has been cancelled: its covenants can no longer be signed");
        assertThat(CampaignLifecycle.signCovenant(CLOSED).refusal())
                .isEqualTo("The campaign has been closed: its covenants can no longer be signed");
    }

    @Test
    void unitsAreRemindedByHandOnlyWhileTheCampaignRunsAndARefusalSaysWhyInWords() {
        assertThat(CampaignLifecycle.remind(LAUNCHED).allowed()).isTrue();
        assertThat(CampaignLifecycle.remind(IN_PROGRESS).allowed()).isTrue();
        assertRefusedExcept(CampaignLifecycle::remind, LAUNCHED, IN_PROGRESS);
        assertThat(CampaignLifecycle.remind(DRAFT).refusal())
                .isEqualTo("The campaign is still a draft: it has no deadline to remind units of");
        assertThat(CampaignLifecycle.remind(CANCELLED).refusal())
                .isEqualTo("The campaign has been cancelled: it has no deadline to remind units of");
    }

    private static void assertRefusedExcept(
            Function<CampaignState, Transition<CampaignState>> action, CampaignState first, CampaignState... allowed) {
        EnumSet<CampaignState> ok = EnumSet.of(first, allowed);
        for (CampaignState state : CampaignState.values()) {
            assertThat(action.apply(state).allowed()).as("from %s", state).isEqualTo(ok.contains(state));
        }
    }
}
