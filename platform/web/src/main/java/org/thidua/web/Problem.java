package org.thidua.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The one error body of every Thidua API: RFC 9457 {@code application/problem+json}. {@code type} is stable and
 * documented; {@code violations} names each offending field; {@code currentState} and {@code currentVersion} tell
 * a client why a change conflicted.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        @Nullable String detail,
        @Nullable String instance,
        @Nullable List<Violation> violations,
        @Nullable String currentState,
        @Nullable Long currentVersion) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field (a JSON property name, a query parameter, or a CSV row such as {@code rows[12].code}). */
    @Serdeable
    public record Violation(String field, String message) {}
}
