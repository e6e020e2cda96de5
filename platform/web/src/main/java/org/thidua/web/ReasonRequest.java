package org.thidua.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

/**
 * Why: the body of an action that needs or accepts a reason (cancelling a campaign, giving back or withdrawing a
 * registration, returning a sheet, withdrawing a nomination). Whether the reason is required is the action's rule
 * ({@link ProblemException#requireReason}), so it is optional here.
 */
@Serdeable
public record ReasonRequest(@Nullable @Size(max = 2000) String reason) {}
