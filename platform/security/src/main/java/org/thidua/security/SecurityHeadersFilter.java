package org.thidua.security;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Headers every answer of every service carries, whatever made it (a controller, a problem, a refusal of the security
 * filter, health): no content-type sniffing, never framed, and no copy of an API answer (which may name people and
 * their e-mail addresses) kept by a browser or proxy cache.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecurityHeadersFilter implements Ordered {

    @ResponseFilter
    void addSecurityHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header("X-Content-Type-Options", "nosniff");
        response.header("Content-Security-Policy", "frame-ancestors 'none'");
        response.header("X-Frame-Options", "DENY");
        if (KnownRoleRule.isApi(request.getPath())) {
            response.header("Cache-Control", "no-store");
        }
    }

    /** Outside the security filter, so that its 401 and 403 answers get the headers too. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
