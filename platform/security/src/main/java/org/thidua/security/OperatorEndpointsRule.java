package org.thidua.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.inject.ExecutableMethod;
import io.micronaut.management.endpoint.EndpointSensitivityProcessor;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.security.rules.SensitiveEndpointRule;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * Management endpoints marked sensitive (beans, routes, threaddump, flyway, metrics, refresh) are the emulation
 * office's and the operator's (ADR 93); health, Prometheus and info stay public as configured. Micronaut asks every
 * application to decide this.
 */
@Singleton
@Replaces(SensitiveEndpointRule.class)
@Requires(classes = EndpointSensitivityProcessor.class)
class OperatorEndpointsRule extends SensitiveEndpointRule {

    OperatorEndpointsRule(EndpointSensitivityProcessor endpointSensitivityProcessor) {
        super(endpointSensitivityProcessor);
    }

    @Override
    @NonNull
    protected Publisher<SecurityRuleResult> checkSensitiveAuthenticated(
            @NonNull HttpRequest<?> request,
            @NonNull Authentication authentication,
            @NonNull ExecutableMethod<?, ?> method) {
        return Publishers.just(
                authentication.getRoles().contains(Roles.ADMIN)
                                || authentication.getRoles().contains(Roles.OPERATOR)
                        ? SecurityRuleResult.ALLOWED
                        : SecurityRuleResult.REJECTED);
    }
}
