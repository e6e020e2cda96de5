package org.thidua.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * Rules for the routes every service gets from the platform, whose code cannot carry {@code @Secured}: the API
 * documents and Swagger UI are public; dead letters, the operations status and the traces (platform code) are the
 * emulation office's and the operator's (ADR 93). Health and Prometheus are public through Micronaut's own rule for
 * non-sensitive endpoints.
 */
@Singleton
public class PlatformRoutesRule implements SecurityRule<HttpRequest<?>> {

    static final String DEAD_LETTERS = "/api/v1/dead-letters";
    static final String OPERATIONS = "/api/v1/operations";
    static final String TRACES = "/api/v1/traces";

    /** The platform's operations routes: dead letters, the operations status, the traces (issue 17). */
    static boolean isOperations(String path) {
        return under(path, DEAD_LETTERS) || under(path, OPERATIONS) || under(path, TRACES);
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    @Override
    public Publisher<SecurityRuleResult> check(
            @Nullable HttpRequest<?> request, @Nullable Authentication authentication) {
        if (request == null) {
            return Publishers.just(SecurityRuleResult.UNKNOWN);
        }
        String path = request.getPath();
        if (path.equals("/swagger-ui") || path.startsWith("/swagger-ui/") || path.startsWith("/swagger/")) {
            return Publishers.just(SecurityRuleResult.ALLOWED);
        }
        if (isOperations(path)) {
            return Publishers.just(
                    authentication != null
                                    && (authentication.getRoles().contains(Roles.ADMIN)
                                            || authentication.getRoles().contains(Roles.OPERATOR))
                            ? SecurityRuleResult.ALLOWED
                            : SecurityRuleResult.REJECTED);
        }
        return Publishers.just(SecurityRuleResult.UNKNOWN);
    }

    @Override
    public int getOrder() {
        return SecuredAnnotationRule.ORDER - 100;
    }
}
