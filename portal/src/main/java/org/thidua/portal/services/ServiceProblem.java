package org.thidua.portal.services;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Optional;

/**
 * A service's refusal, as its application/problem+json says it: the portal shows {@code detail} on the page and each
 * violation next to the form field it names.
 */
@Serdeable
public record ServiceProblem(
        @Nullable String title,
        int status,
        @Nullable String detail,
        @Nullable List<Violation> violations) {

    @Serdeable
    public record Violation(String field, String message) {}

    /** The problem a service answered with, if its answer was one. */
    public static Optional<ServiceProblem> of(HttpClientResponseException refusal) {
        try {
            return refusal.getResponse().getBody(ServiceProblem.class);
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
