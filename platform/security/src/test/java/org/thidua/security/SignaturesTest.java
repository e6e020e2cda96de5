package org.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

/**
 * A development token signed with the configured secret, or a provider's token checked against its JWKS, becomes a
 * caller with its roles and scope; others do not.
 */
class SignaturesTest {

    private static final String SECRET = "a-development-secret-of-at-least-32-bytes-0123456789";

    @Test
    void aTokenSignedWithTheSecretIsACallerWithItsRolesAndScope() throws Exception {
        try (ApplicationContext context = ApplicationContext.run(Map.of(Signatures.SECRET, SECRET))) {
            Authentication authentication = validate(
                            context, token(SECRET, Instant.now().plusSeconds(600)))
                    .orElseThrow();
            Caller caller = Callers.of(authentication);
            assertThat(caller.subject()).isEqualTo("officer-1");
            assertThat(caller.roles()).containsExactly(Roles.UNIT_OFFICER);
            assertThat(caller.unitId()).isEqualTo("u-1");
            assertThat(caller.groupIds()).containsExactlyInAnyOrder("g-1", "g-2");
        }
    }

    @Test
    void anExpiredTokenOrOneSignedWithAnotherSecretIsNobody() throws Exception {
        try (ApplicationContext context = ApplicationContext.run(Map.of(Signatures.SECRET, SECRET))) {
            assertThat(validate(context, token(SECRET, Instant.now().minusSeconds(60))))
                    .isEmpty();
            assertThat(validate(context, token(SECRET + "-other", Instant.now().plusSeconds(600))))
                    .isEmpty();
        }
    }

    @Test
    void inProductionATokenOfTheProviderIsCheckedAgainstItsJwks() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("provider-key").generate();
        HttpServer provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        provider.createContext("/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        provider.start();
        String url = "http://127.0.0.1:" + provider.getAddress().getPort() + "/jwks";
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                Signatures.JWKS_URL,
                url,
                TokenChecks.ISSUER,
                "https://login.example.org/realms/qh",
                TokenChecks.AUDIENCE,
                "thidua"))) {
            SignedJWT signed = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID("provider-key")
                            .build(),
                    new JWTClaimsSet.Builder()
                            .subject("viewer@provider")
                            .claim("roles", List.of(Roles.VIEWER))
                            .issuer("https://login.example.org/realms/qh")
                            .audience("thidua")
                            .expirationTime(Date.from(Instant.now().plusSeconds(600)))
                            .build());
            signed.sign(new RSASSASigner(key));
            assertThat(validate(context, signed.serialize()).map(Callers::of).map(Caller::roles))
                    .hasValue(Set.of(Roles.VIEWER));
            assertThat(validate(context, token(SECRET, Instant.now().plusSeconds(600))))
                    .isEmpty();
        } finally {
            provider.stop(0);
        }
    }

    @Test
    void aServiceWithoutAWayToCheckTokensDoesNotStart() {
        assertThatThrownBy(() -> ApplicationContext.run(Map.of()).close())
                .hasStackTraceContaining("THIDUA_SECURITY_JWT_SECRET");
        assertThatThrownBy(() -> ApplicationContext.run(Map.of(Signatures.SECRET, "short"))
                        .close())
                .hasStackTraceContaining("at least 32 bytes");
    }

    @Test
    void aProvidersKeysWithoutTheIssuerAndAudienceToExpectDoNotStart() {
        assertThatThrownBy(() -> ApplicationContext.run(Map.of(Signatures.JWKS_URL, "http://127.0.0.1:9/jwks"))
                        .close())
                .hasStackTraceContaining("THIDUA_SECURITY_ISSUER")
                .hasStackTraceContaining("THIDUA_SECURITY_AUDIENCE");
        assertThatThrownBy(() -> ApplicationContext.run(Map.of(
                                Signatures.JWKS_URL,
                                "http://127.0.0.1:9/jwks",
                                TokenChecks.ISSUER,
                                "https://login.example.org/realms/qh"))
                        .close())
                .hasStackTraceContaining("THIDUA_SECURITY_AUDIENCE");
    }

    @Test
    void aSecretOnceShippedInTheRepositoryDoesNotStart() {
        for (String published : List.of(
                "thidua-compose-development-secret-change-me", "thidua-dev-cluster-development-secret-change-me")) {
            assertThat(Signatures.published(published)).as(published).isTrue();
            assertThatThrownBy(() -> ApplicationContext.run(Map.of(Signatures.SECRET, published))
                            .close())
                    .as(published)
                    .hasStackTraceContaining("published in the Thidua repository");
        }
        assertThat(Signatures.published(SECRET)).isFalse();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Optional<Authentication> validate(ApplicationContext context, String token) {
        Collection<TokenValidator> validators = context.getBeansOfType(TokenValidator.class);
        assertThat(validators).isNotEmpty();
        for (TokenValidator validator : validators) {
            List<Authentication> found = new ArrayList<>();
            Flux.from((Publisher<Authentication>) validator.validateToken(token, null))
                    .collectList()
                    .blockOptional()
                    .ifPresent(found::addAll);
            if (!found.isEmpty()) {
                return Optional.of(found.get(0));
            }
        }
        return Optional.empty();
    }

    private static String token(String secret, Instant expires) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject("officer-1")
                .expirationTime(Date.from(expires))
                .issuer(TokenChecks.DEVELOPMENT_ISSUER)
                .audience(TokenChecks.DEVELOPMENT_AUDIENCE)
                .claim("roles", List.of(Roles.UNIT_OFFICER))
                .claim(Roles.UNIT_ID_CLAIM, "u-1")
                .claim(Roles.GROUP_IDS_CLAIM, List.of("g-1", "g-2"))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(secret));
        return jwt.serialize();
    }
}
