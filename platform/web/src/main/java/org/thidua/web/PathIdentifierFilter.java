package org.thidua.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.uri.UriMatchInfo;
import io.micronaut.web.router.RouteAttributes;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Every variable of an API path ({@code /units/{id}}, {@code /campaigns/{campaignId}/...}) is an identifier: a UUID,
 * a code such as {@code vn-2025}, a number or a name such as {@code YEAR}; at most 64 letters, digits, dots,
 * underscores and dashes (the widest id column of the suite is VARCHAR(64)). Anything else answers 400 naming the
 * variable before any query (ADR 9). It runs after security, so an anonymous caller still gets 401.
 */
@ServerFilter("/api/**")
public class PathIdentifierFilter implements Ordered {

    public static final int MAX_LENGTH = 64;
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0," + (MAX_LENGTH - 1) + "}");

    @RequestFilter
    @Nullable
    public HttpResponse<Problem> check(HttpRequest<?> request) {
        Object match = RouteAttributes.getRouteMatch(request).orElse(null);
        if (!(match instanceof UriMatchInfo info)) {
            return null;
        }
        for (Map.Entry<String, Object> variable : info.getVariableValues().entrySet()) {
            if (variable.getValue() instanceof String value && !isIdentifier(value)) {
                return ProblemResponses.of(ProblemException.invalidField(
                                variable.getKey(),
                                "must be an identifier of " + "at most " + MAX_LENGTH
                                        + " letters, digits, '.', '_' or '-'")
                        .toProblem(ProblemResponses.instance(request)));
            }
        }
        return null;
    }

    /** Whether {@code value} may name something in a path. */
    public static boolean isIdentifier(String value) {
        return IDENTIFIER.matcher(value).matches();
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
