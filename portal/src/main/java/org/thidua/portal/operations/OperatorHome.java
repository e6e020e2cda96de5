package org.thidua.portal.operations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import java.net.URI;

/**
 * An operator takes no part in the suite's business (ADR 93): the home page's campaigns and deadlines are not theirs
 * to read, so an operator (who is not also the office's administrator) landing on {@code /} goes to the console.
 */
@ServerFilter("/")
final class OperatorHome implements Ordered {

    @RequestFilter
    @Nullable
    HttpResponse<?> toConsole(HttpRequest<?> request) {
        if (!"/".equals(request.getPath())) {
            return null;
        }
        return request.getUserPrincipal(Authentication.class)
                .filter(person -> person.getRoles().contains("OPERATOR")
                        && !person.getRoles().contains("ADMIN"))
                .<HttpResponse<?>>map(person -> HttpResponse.seeOther(URI.create("/operations")))
                .orElse(null);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
