package org.thidua.campaigns.registration;

import static org.thidua.campaigns.registration.RegistrationState.ACCEPTED;
import static org.thidua.campaigns.registration.RegistrationState.RETURNED;
import static org.thidua.campaigns.registration.RegistrationState.SUBMITTED;
import static org.thidua.campaigns.registration.RegistrationState.WITHDRAWN;

import org.thidua.web.Transition;

/** The registration's state machine. */
public final class RegistrationTransitions {

    private RegistrationTransitions() {}

    public static Transition<RegistrationState> accept(RegistrationState current) {
        return current == SUBMITTED
                ? Transition.to(current, ACCEPTED)
                : Transition.refused(current, "Only a SUBMITTED registration can be accepted; this one is " + current);
    }

    public static Transition<RegistrationState> giveBack(RegistrationState current) {
        return current == SUBMITTED
                ? Transition.to(current, RETURNED)
                : Transition.refused(current, "Only a SUBMITTED registration can be returned; this one is " + current);
    }

    public static Transition<RegistrationState> resubmit(RegistrationState current) {
        return current == RETURNED
                ? Transition.to(current, SUBMITTED)
                : Transition.refused(
                        current, "Only a RETURNED registration can be changed and resubmitted; this one is " + current);
    }

    public static Transition<RegistrationState> withdraw(RegistrationState current) {
        return current != WITHDRAWN
                ? Transition.to(current, WITHDRAWN)
                : Transition.refused(current, "The registration is already WITHDRAWN");
    }
}
