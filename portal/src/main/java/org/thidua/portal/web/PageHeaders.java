package org.thidua.portal.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Every answer of the portal: scripts, styles and forms of this site only (htmx is served from it), never framed,
 * never sniffed, no referrer outside it, and pages not stored (they show a person's data).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class PageHeaders {

    static final String POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    @ResponseFilter
    void headers(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header("Content-Security-Policy", POLICY);
        response.header("X-Content-Type-Options", "nosniff");
        response.header("X-Frame-Options", "DENY");
        response.header("Referrer-Policy", "same-origin");
        if (!request.getPath().startsWith("/assets/") && !request.getPath().startsWith("/webjars/")) {
            response.header("Cache-Control", "no-store");
        }
    }
}
