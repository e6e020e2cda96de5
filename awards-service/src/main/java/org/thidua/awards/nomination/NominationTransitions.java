package org.thidua.awards.nomination;

import static org.thidua.awards.nomination.NominationState.APPROVED;
import static org.thidua.awards.nomination.NominationState.DECIDED;
import static org.thidua.awards.nomination.NominationState.DISCLOSED;
import static org.thidua.awards.nomination.NominationState.IN_COUNCIL;
import static org.thidua.awards.nomination.NominationState.PROPOSED;
import static org.thidua.awards.nomination.NominationState.REJECTED;
import static org.thidua.awards.nomination.NominationState.WITHDRAWN;

import org.thidua.web.Transition;

/** The nomination's state machine. */
public final class NominationTransitions {

    private NominationTransitions() {}

    public static Transition<NominationState> toCouncil(NominationState current) {
        return current == PROPOSED
                ? Transition.to(current, IN_COUNCIL)
                : Transition.refused(
                        current, "Only a PROPOSED nomination can be put to a council; this one is " + current);
    }

    public static Transition<NominationState> councilVerdict(NominationState current, boolean passed) {
        return current == IN_COUNCIL
                ? Transition.to(current, passed ? APPROVED : REJECTED)
                : Transition.refused(
                        current, "Only a nomination IN_COUNCIL gets the council's verdict; this one is " + current);
    }

    public static Transition<NominationState> disclose(NominationState current) {
        return current == APPROVED
                ? Transition.to(current, DISCLOSED)
                : Transition.refused(current, "Only an APPROVED nomination can be disclosed; this one is " + current);
    }

    public static Transition<NominationState> decide(NominationState current) {
        return current == DISCLOSED
                ? Transition.to(current, DECIDED)
                : Transition.refused(current, "Only a DISCLOSED nomination can be decided; this one is " + current);
    }

    public static Transition<NominationState> withdraw(NominationState current) {
        return current == DECIDED || current == REJECTED || current == WITHDRAWN
                ? Transition.refused(current, "A " + current + " nomination is final and cannot be withdrawn")
                : Transition.to(current, WITHDRAWN);
    }
}
