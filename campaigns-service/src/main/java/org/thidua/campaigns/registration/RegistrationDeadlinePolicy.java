package org.thidua.campaigns.registration;

import java.time.LocalDate;

/**
 * Whether a unit may register on {@code today}: up to and including the deadline day (Vietnam's calendar); after it
 * only when the emulation office admits the late registration with a reason.
 */
public final class RegistrationDeadlinePolicy {

    /** The decision: allowed (and whether late), or refused with the reason. */
    public record Decision(boolean allowed, boolean late, String refusal) {}

    private RegistrationDeadlinePolicy() {}

    public static Decision decide(LocalDate today, LocalDate deadline, String lateAdmissionReason) {
        if (!today.isAfter(deadline)) {
            return new Decision(true, false, null);
        }
        if (lateAdmissionReason != null && !lateAdmissionReason.isBlank()) {
            return new Decision(true, true, null);
        }
        return new Decision(
                false,
                true,
                "The registration deadline " + deadline + " has passed; only the emulation "
                        + "office can admit a late registration, with a reason (lateAdmissionReason)");
    }
}
