package org.thidua.testing;

import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The routes a service has, as {@link AuthorizationMatrixTest} names them in its rows. */
final class KnownRoutes {

    private KnownRoutes() {}

    /**
     * {@code METHOD /template} of every route, query templates ({@code {?page,size}}) left out; HEAD routes, which
     * Micronaut adds for every GET and secures with the GET's rule, too.
     */
    static Set<String> of(Router router) {
        return router.uriRoutes()
                .filter(route -> !route.getHttpMethodName().equals("HEAD"))
                .map(KnownRoutes::route)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String route(UriRouteInfo<?, ?> route) {
        String template = route.getUriMatchTemplate().toString().replaceAll("\\{\\?[^}]*}", "");
        if (template.length() > 1 && template.endsWith("/")) {
            template = template.substring(0, template.length() - 1);
        }
        return route.getHttpMethodName() + " " + template;
    }
}
