package org.thidua.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.web.router.MethodBasedRouteMatch;
import io.micronaut.web.router.RouteAttributes;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.reactivestreams.Publisher;

/**
 * An operator runs the suite and does not take part in it (ADR 93): a token whose only suite role is
 * {@link Roles#OPERATOR} reaches an {@code /api} route only where the route names OPERATOR in its {@code @Secured},
 * or is one of the platform's operations routes ({@link PlatformRoutesRule}). Elsewhere, and in particular on a route
 * any signed-in caller may read ({@code isAuthenticated()}), it is refused with 403 before the route's own rule is
 * asked. A token that also carries a business role is that role's, as before.
 */
@Singleton
class OperatorScopeRule implements SecurityRule<HttpRequest<?>> {

    @Override
    public Publisher<SecurityRuleResult> check(
            @Nullable HttpRequest<?> request, @Nullable Authentication authentication) {
        if (request == null
                || authentication == null
                || !KnownRoleRule.isApi(request.getPath())
                || !onlyOperator(authentication)
                || PlatformRoutesRule.isOperations(request.getPath())) {
            return Publishers.just(SecurityRuleResult.UNKNOWN);
        }
        boolean named = RouteAttributes.getRouteMatch(request)
                .filter(MethodBasedRouteMatch.class::isInstance)
                .flatMap(match -> ((MethodBasedRouteMatch<?, ?>) match).getValue(Secured.class, String[].class))
                .map(roles -> Arrays.asList(roles).contains(Roles.OPERATOR)
                        || Arrays.asList(roles).contains(SecurityRule.IS_ANONYMOUS))
                .orElse(false);
        return Publishers.just(named ? SecurityRuleResult.UNKNOWN : SecurityRuleResult.REJECTED);
    }

    /** The token's suite roles are OPERATOR alone. */
    static boolean onlyOperator(Authentication authentication) {
        Set<String> known = authentication.getRoles().stream()
                .filter(KnownRoleRule.KNOWN::contains)
                .collect(Collectors.toSet());
        return known.equals(Set.of(Roles.OPERATOR));
    }

    /** After {@link KnownRoleRule}, before {@link PlatformRoutesRule} and the routes' {@code @Secured}. */
    @Override
    public int getOrder() {
        return SecuredAnnotationRule.ORDER - 150;
    }
}
