package org.thidua.campaigns.registration;

/** SUBMITTED → ACCEPTED | RETURNED → (resubmitted) SUBMITTED; any but WITHDRAWN → WITHDRAWN (final). */
public enum RegistrationState {
    SUBMITTED,
    ACCEPTED,
    RETURNED,
    WITHDRAWN
}
