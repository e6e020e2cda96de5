package org.thidua.security;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.env.Environment;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.AudienceJwtClaimsValidator;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import io.micronaut.security.token.jwt.validator.JWTClaimsSetUtils;
import io.micronaut.security.token.jwt.validator.JwtClaimsValidatorConfigurationProperties;
import io.micronaut.security.token.jwt.validator.NotBeforeJwtClaimsValidator;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;

/**
 * The claims a well-signed token must also carry to get in (ADR 61), from plain settings (environment variables in
 * brackets):
 * <ul>
 *   <li>{@code thidua.security.issuer} ({@code THIDUA_SECURITY_ISSUER}): the provider's issuer, exactly;</li>
 *   <li>{@code thidua.security.audience} ({@code THIDUA_SECURITY_AUDIENCE}): this suite's audience, which the token's
 *   {@code aud} must name, so that a token the same provider made for another application does not get in;</li>
 *   <li>{@code thidua.security.max-token-lifetime} (default 12h): the longest {@code exp - iat} accepted.</li>
 * </ul>
 * With a JWKS (production) issuer and audience must be set ({@link Signatures}); with the development secret alone
 * they default to what {@code ./thidua token} and the tests' tokens carry: {@value #DEVELOPMENT_ISSUER} and
 * {@value #DEVELOPMENT_AUDIENCE}. {@code nbf} is honoured and {@code exp} required.
 */
@Factory
class TokenChecks {

    static final String ISSUER = "thidua.security.issuer";
    static final String AUDIENCE = "thidua.security.audience";
    static final String MAX_LIFETIME = "thidua.security.max-token-lifetime";
    static final String DEVELOPMENT_ISSUER = "thidua-local";
    static final String DEVELOPMENT_AUDIENCE = "thidua";

    @Singleton
    TokenRules tokenRules(Environment environment) {
        boolean developmentOnly = developmentSecretOnly(environment);
        return new TokenRules(
                environment.getProperty(ISSUER, String.class).orElse(developmentOnly ? DEVELOPMENT_ISSUER : null),
                environment.getProperty(AUDIENCE, String.class).orElse(developmentOnly ? DEVELOPMENT_AUDIENCE : null),
                environment.getProperty(MAX_LIFETIME, Duration.class).orElse(TokenRules.DEFAULT_MAX_LIFETIME));
    }

    /** Issuer and audience have defaults only when the development secret is the one way tokens are checked. */
    static boolean developmentSecretOnly(Environment environment) {
        return environment.containsProperty(Signatures.SECRET)
                && !environment.containsProperty(Signatures.JWKS_URL)
                && !environment.containsProperties("micronaut.security.token.jwt.signatures");
    }

    /**
     * Micronaut's audience validator (the token's {@code aud} must name ours, fed from our setting) and its {@code nbf}
     * validator (which it leaves off unless asked), then {@link TokenRules}. A class of its own, like Micronaut's: a
     * factory method returning Micronaut's validators would inherit the settings they require.
     */
    @Singleton
    static class Validator<T> implements GenericJwtClaimsValidator<T> {

        private final TokenRules rules;
        private final AudienceJwtClaimsValidator<T> audience;
        private final NotBeforeJwtClaimsValidator<T> notBefore = new NotBeforeJwtClaimsValidator<>();

        Validator(TokenRules rules) {
            this.rules = rules;
            JwtClaimsValidatorConfigurationProperties configuration = new JwtClaimsValidatorConfigurationProperties();
            configuration.setAudience(rules.audience());
            this.audience = new AudienceJwtClaimsValidator<>(configuration);
        }

        @Override
        public boolean validate(Claims claims, T request) {
            return audience.validate(claims, request)
                    && notBefore.validate(claims, request)
                    && rules.accepts(JWTClaimsSetUtils.jwtClaimsSetFromClaims(claims), Instant.now());
        }
    }
}
