package org.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** A well-signed token gets in only with the expected issuer and audience, after nbf, with an expiry not too far. */
class TokenChecksTest {

    private static final String SECRET = "a-development-secret-of-at-least-32-bytes-0123456789";

    private static String token(UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject("admin")
                .claim("roles", List.of(Roles.ADMIN))
                .issuer("thidua-local")
                .audience("thidua")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1))));
        SignedJWT jwt = new SignedJWT(
                new JWSHeader(JWSAlgorithm.HS256), change.apply(claims).build());
        jwt.sign(new MACSigner(SECRET));
        return jwt.serialize();
    }

    @Test
    void withTheDevelopmentSecretTheLocalIssuerAndAudienceAreExpected() throws Exception {
        try (ApplicationContext context = ApplicationContext.run(Map.of(Signatures.SECRET, SECRET))) {
            assertThat(SignaturesTest.validate(context, token(claims -> claims)))
                    .isPresent();
            assertThat(SignaturesTest.validate(context, token(claims -> claims.issuer("thidua-tests"))))
                    .isEmpty();
            assertThat(SignaturesTest.validate(context, token(claims -> claims.issuer("local"))))
                    .isEmpty();
            assertThat(SignaturesTest.validate(context, token(claims -> claims.issuer(null))))
                    .isEmpty();
            assertThat(SignaturesTest.validate(context, token(claims -> claims.audience("thidua-other"))))
                    .isEmpty();
            assertThat(SignaturesTest.validate(context, token(claims -> claims.audience((String) null))))
                    .isEmpty();
        }
    }

    @Test
    void aTokenTheSameProviderMadeForAnotherApplicationDoesNotGetIn() throws Exception {
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                Signatures.SECRET,
                SECRET,
                TokenChecks.ISSUER,
                "https://login.qh.gov.vn/realms/vpqh",
                TokenChecks.AUDIENCE,
                "thidua-api"))) {
            assertThat(SignaturesTest.validate(
                            context,
                            token(claims -> claims.issuer("https://login.qh.gov.vn/realms/vpqh")
                                    .audience(List.of("hr-portal", "thidua-api")))))
                    .isPresent();
            assertThat(SignaturesTest.validate(
                            context,
                            token(claims -> claims.issuer("https://login.qh.gov.vn/realms/vpqh")
                                    .audience("hr-portal"))))
                    .isEmpty();
            assertThat(SignaturesTest.validate(context, token(claims -> claims)))
                    .as("the development defaults")
                    .isEmpty();
        }
    }

    @Test
    void notBeforeIsHonouredAndAnExpiryIsRequiredWithinTheMaximumLifetime() throws Exception {
        try (ApplicationContext context = ApplicationContext.run(Map.of(Signatures.SECRET, SECRET))) {
            Instant now = Instant.now();
            assertThat(SignaturesTest.validate(
                            context,
                            token(claims -> claims.notBeforeTime(Date.from(now.plus(Duration.ofMinutes(10)))))))
                    .isEmpty();
            assertThat(SignaturesTest.validate(
                            context,
                            token(claims -> claims.notBeforeTime(Date.from(now.minus(Duration.ofMinutes(1)))))))
                    .isPresent();
            assertThat(SignaturesTest.validate(context, token(claims -> claims.expirationTime(null))))
                    .isEmpty();
            assertThat(SignaturesTest.validate(
                            context, token(claims -> claims.expirationTime(Date.from(now.plus(Duration.ofHours(24)))))))
                    .isEmpty();
        }
        try (ApplicationContext context =
                ApplicationContext.run(Map.of(Signatures.SECRET, SECRET, TokenChecks.MAX_LIFETIME, "30m"))) {
            assertThat(SignaturesTest.validate(context, token(claims -> claims)))
                    .as("an hour, above 30m")
                    .isEmpty();
        }
    }
}
