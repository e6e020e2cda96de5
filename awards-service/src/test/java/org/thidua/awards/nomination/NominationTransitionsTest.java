package org.thidua.awards.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.thidua.web.Transition;

class NominationTransitionsTest {

    @Test
    void theHappyPathFromProposedToDecided() {
        assertThat(NominationTransitions.toCouncil(NominationState.PROPOSED).next())
                .hasValue(NominationState.IN_COUNCIL);
        assertThat(NominationTransitions.councilVerdict(NominationState.IN_COUNCIL, true)
                        .next())
                .hasValue(NominationState.APPROVED);
        assertThat(NominationTransitions.councilVerdict(NominationState.IN_COUNCIL, false)
                        .next())
                .hasValue(NominationState.REJECTED);
        assertThat(NominationTransitions.disclose(NominationState.APPROVED).next())
                .hasValue(NominationState.DISCLOSED);
        assertThat(NominationTransitions.decide(NominationState.DISCLOSED).next())
                .hasValue(NominationState.DECIDED);
    }

    @Test
    void anOverCapNominationCannotGoToCouncilButCanBeWithdrawn() {
        Transition<NominationState> refused = NominationTransitions.toCouncil(NominationState.OVER_CAP);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.from()).isEqualTo(NominationState.OVER_CAP);
        assertThat(NominationTransitions.withdraw(NominationState.OVER_CAP).next())
                .hasValue(NominationState.WITHDRAWN);
    }

    @Test
    void onlyADisclosedNominationCanBeDecided() {
        for (NominationState state : EnumSet.complementOf(EnumSet.of(NominationState.DISCLOSED))) {
            Transition<NominationState> decide = NominationTransitions.decide(state);
            assertThat(decide.allowed()).as(state.name()).isFalse();
            assertThat(decide.refusal()).contains(state.name());
        }
    }

    @Test
    void finalStatesCannotBeWithdrawnAndDoNotHoldTheTitleOnceReleased() {
        for (NominationState state :
                EnumSet.of(NominationState.DECIDED, NominationState.REJECTED, NominationState.WITHDRAWN)) {
            assertThat(NominationTransitions.withdraw(state).allowed())
                    .as(state.name())
                    .isFalse();
        }
        assertThat(NominationState.REJECTED.holdsTheTitle()).isFalse();
        assertThat(NominationState.WITHDRAWN.holdsTheTitle()).isFalse();
        assertThat(NominationState.OVER_CAP.holdsTheTitle()).isTrue();
        assertThat(NominationState.DECIDED.holdsTheTitle()).isTrue();
    }
}
