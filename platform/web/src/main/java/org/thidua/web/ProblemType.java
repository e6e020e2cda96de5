package org.thidua.web;

import io.micronaut.http.HttpStatus;

/** The stable problem types of the suite; {@code type} URIs are documented in docs/problems.md. */
public enum ProblemType {
    VALIDATION("validation", HttpStatus.BAD_REQUEST, "The request is not valid"),
    MALFORMED("malformed-request", HttpStatus.BAD_REQUEST, "The request could not be read"),
    UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED, "Authentication is required"),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Not allowed"),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    DUPLICATE("duplicate", HttpStatus.CONFLICT, "Already exists"),
    INVALID_STATE("invalid-state", HttpStatus.CONFLICT, "Not allowed in the current state"),
    STALE_VERSION("stale-version", HttpStatus.CONFLICT, "Changed by someone else"),
    UNPROCESSABLE("unprocessable", HttpStatus.UNPROCESSABLE_ENTITY, "The request cannot be carried out"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    INTERNAL("internal", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error"),
    /** The service's database cannot be reached right now (a restart, a failover): retry after a few seconds. */
    UNAVAILABLE("unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Service temporarily unavailable");

    private static final String BASE = "https://thidua.org/problems/";

    private final String uri;
    private final HttpStatus status;
    private final String title;

    ProblemType(String slug, HttpStatus status, String title) {
        this.uri = BASE + slug;
        this.status = status;
        this.title = title;
    }

    public String uri() {
        return uri;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    static ProblemType forStatus(int code) {
        for (ProblemType type : values()) {
            if (type.status.getCode() == code && type != DUPLICATE && type != STALE_VERSION && type != MALFORMED) {
                return type;
            }
        }
        return code >= 500 ? INTERNAL : MALFORMED;
    }
}
