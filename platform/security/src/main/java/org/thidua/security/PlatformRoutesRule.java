package org.thidua.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import io.micronaut.core.async.publisher.Publishers;
import org.reactivestreams.Publisher;


/**
 * Rules for the routes every service gets from the platform, whose code cannot carry {@code @Secured}: the API
 * documents and Swagger UI are public; dead letters (platform/messaging) are the emulation office's;
 * traces (platform/messaging, ADR 0094) are ADMIN's and OPERATOR's. Health and
 * Prometheus are public through Micronaut's own rule for non-sensitive endpoints.
 */
@Singleton
public class PlatformRoutesRule implements SecurityRule<HttpRequest<?>> {

    static final String DEAD_LETTERS = "/api/v1/dead-letters";
    static final String TRACES = "/api/v1/traces";

    @Override
    public Publisher<SecurityRuleResult> check(@Nullable HttpRequest<?> request,
                                               @Nullable Authentication authentication) {
        if (request == null) {
            return Publishers.just(SecurityRuleResult.UNKNOWN);
        }
        String path = request.getPath();
        if (path.equals("/swagger-ui") || path.startsWith("/swagger-ui/") || path.startsWith("/swagger/")) {
            return Publishers.just(SecurityRuleResult.ALLOWED);
        }
        if (path.equals(DEAD_LETTERS) || path.startsWith(DEAD_LETTERS + "/")) {
            return Publishers.just(authentication != null && authentication.getRoles().contains(Roles.ADMIN)
                    ? SecurityRuleResult.ALLOWED : SecurityRuleResult.REJECTED);
        }
        if (path.equals(TRACES) || path.startsWith(TRACES + "/")) { // the in-process spans (ADR 0094)
            return Publishers.just(authentication != null && (authentication.getRoles().contains(Roles.ADMIN)
                    || authentication.getRoles().contains(Roles.OPERATOR))
                    ? SecurityRuleResult.ALLOWED : SecurityRuleResult.REJECTED);
        }
        return Publishers.just(SecurityRuleResult.UNKNOWN);
    }

    @Override
    public int getOrder() {
        return SecuredAnnotationRule.ORDER - 100;
    }
}
