package org.thidua.security;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;

/**
 * What Micronaut's own claim validators do not check (ADR 61): the issuer, compared exactly (Micronaut's issuer
 * validator accepts any issuer its expected one ends with, even an empty one); an expiry, which must be there; and a
 * lifetime, from {@code iat} (or from now, without it or when it lies in the future) to {@code exp}, of at most
 * {@code maxLifetime}. The audience
 * and {@code nbf} are Micronaut's validators' ({@link TokenChecks}).
 */
public record TokenRules(String issuer, String audience, Duration maxLifetime) {

    /** Longest lifetime accepted unless {@code thidua.security.max-token-lifetime} says otherwise: a working day. */
    public static final Duration DEFAULT_MAX_LIFETIME = Duration.ofHours(12);

    public TokenRules {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(audience, "audience");
        if (maxLifetime.isNegative() || maxLifetime.isZero()) {
            throw new IllegalArgumentException("the maximum token lifetime must be positive");
        }
    }

    /** True when the token's issuer, expiry and lifetime are acceptable at {@code now}. */
    public boolean accepts(JWTClaimsSet claims, Instant now) {
        if (!issuer.equals(claims.getIssuer())) {
            return false;
        }
        Date expires = claims.getExpirationTime();
        if (expires == null) {
            return false;
        }
        // an iat in the future would let a token live longer than it says: count from now then
        Instant issued = claims.getIssueTime() != null ? claims.getIssueTime().toInstant() : now;
        Instant from = issued.isBefore(now) ? issued : now;
        return Duration.between(from, expires.toInstant()).compareTo(maxLifetime) <= 0;
    }
}
