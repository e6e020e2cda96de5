package org.thidua.contracts.notifications;

/** How a notice reaches its recipient: an email, or an item in the unit's in-app inbox. */
public enum Channel {
    EMAIL,
    INBOX
}
