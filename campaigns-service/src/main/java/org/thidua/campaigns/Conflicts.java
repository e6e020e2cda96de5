package org.thidua.campaigns;

import org.thidua.web.ProblemException;

/** Turns a refused {@link Transition} into the one answer of the suite: 409 naming the current state. */
public final class Conflicts {

    private Conflicts() {
    }

    public static <S extends Enum<S>> S orConflict(Transition<S> transition) {
        if (!transition.allowed()) {
            throw ProblemException.invalidState(transition.from().name(), transition.refusal());
        }
        return transition.to();
    }

    /** 400 when a reason is required and missing. */
    public static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalidField("reason", "must not be blank");
        }
        return reason.strip();
    }
}
