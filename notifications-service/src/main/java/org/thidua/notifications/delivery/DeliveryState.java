package org.thidua.notifications.delivery;

/** Where an email delivery stands. */
public enum DeliveryState {
    /** Waiting to be sent for the first time. */
    PENDING,
    /** A send failed transiently; it is tried again at {@code nextAttemptAt}. */
    RETRYING,
    /** The SMTP server accepted it (final). */
    SENT,
    /** Rejected permanently or out of attempts; an operator can retry it. */
    FAILED,
    /** The unit had no contact to send to: reported, and readdressed once the unit has contacts. */
    NO_CONTACT,
    /** A NO_CONTACT report whose notice went to the contacts the unit got later (final). */
    READDRESSED
}
