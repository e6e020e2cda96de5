package org.thidua.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import java.util.Set;
import org.reactivestreams.Publisher;

/**
 * Every {@code /api} route wants one of the suite's six roles: a well-signed token without any of them (no
 * {@code roles} claim, an empty list, only roles the suite does not know) is refused with 403 before any route's own
 * rule ({@code @Secured}, which lets such a token through {@code isAuthenticated()}) is asked. Without a token the
 * request is left to the other rules, which answer 401.
 */
@Singleton
class KnownRoleRule implements SecurityRule<HttpRequest<?>> {

    static final Set<String> KNOWN =
            Set.of(Roles.ADMIN, Roles.UNIT_OFFICER, Roles.REVIEWER, Roles.COUNCIL_MEMBER, Roles.VIEWER, Roles.OPERATOR);

    @Override
    public Publisher<SecurityRuleResult> check(
            @Nullable HttpRequest<?> request, @Nullable Authentication authentication) {
        if (request == null || authentication == null || !isApi(request.getPath())) {
            return Publishers.just(SecurityRuleResult.UNKNOWN);
        }
        return Publishers.just(hasKnownRole(authentication) ? SecurityRuleResult.UNKNOWN : SecurityRuleResult.REJECTED);
    }

    static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    static boolean hasKnownRole(Authentication authentication) {
        return authentication.getRoles().stream().anyMatch(KNOWN::contains);
    }

    /** Before {@link PlatformRoutesRule} and the routes' {@code @Secured}. */
    @Override
    public int getOrder() {
        return SecuredAnnotationRule.ORDER - 200;
    }
}
