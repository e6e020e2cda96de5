package org.thidua.portal.signin;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Development only: the tokens the services accept under {@code ./thidua up} (signed with the stack's development
 * secret, issuer {@code thidua-local}, audience {@code thidua}), what an OpenID Connect provider issues in production.
 */
@Singleton
@Requires(property = "thidua.portal.dev-sign-in", value = "true")
public final class ServiceTokens {

    static final String ISSUER = "thidua-local";
    static final String AUDIENCE = "thidua";

    private final JwtTokenGenerator generator;
    private final Duration ttl;

    ServiceTokens(
            @Value("${thidua.security.jwt-secret}") String secret,
            @Value("${thidua.portal.session-seconds}") long sessionSeconds) {
        SecretSignatureConfiguration signature = new SecretSignatureConfiguration("services");
        signature.setSecret(secret);
        this.generator = new JwtTokenGenerator(new SecretSignature(signature), null, null);
        this.ttl = Duration.ofSeconds(sessionSeconds);
    }

    /** A token of {@code account}, lasting as long as the portal's session. */
    public String mint(Account account) {
        Instant now = Instant.now();
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", account.key());
        claims.put("iss", ISSUER);
        claims.put("aud", AUDIENCE);
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(ttl).getEpochSecond());
        claims.put("roles", List.of(account.role()));
        if (account.unitId() != null) {
            claims.put(Person.UNIT, account.unitId());
        }
        if (!account.groupIds().isEmpty()) {
            claims.put(Person.GROUPS, account.groupIds());
        }
        if (account.memberId() != null) {
            claims.put(Person.MEMBER, account.memberId());
        }
        return generator
                .generateToken(claims)
                .orElseThrow(() -> new IllegalStateException("the development secret cannot sign a token"));
    }

    /** An ADMIN token for the sign-in page's own listing of accounts. */
    String office() {
        return mint(Account.office("Phòng Thi đua - Khen thưởng"));
    }
}
