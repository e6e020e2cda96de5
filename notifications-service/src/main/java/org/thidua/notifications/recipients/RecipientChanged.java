package org.thidua.notifications.recipients;

/**
 * Published (in-process, in the consuming transaction) when a unit's projection or its contacts changed, so notices
 * kept for it can go out now.
 */
public record RecipientChanged(String unitId) {}
