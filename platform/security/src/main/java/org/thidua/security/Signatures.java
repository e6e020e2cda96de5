package org.thidua.security;

import com.nimbusds.jose.JWSAlgorithm;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.security.token.jwt.signature.SignatureConfiguration;
import io.micronaut.security.token.jwt.signature.jwks.JwksSignatureConfiguration;
import io.micronaut.security.token.jwt.signature.jwks.JwksSignatureConfigurationProperties;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * Where tokens are checked, from two plain settings (environment variables in brackets):
 * <ul>
 *   <li>{@code thidua.security.jwks-url} ({@code THIDUA_SECURITY_JWKS_URL}): production, the JWKS of any OIDC
 *   provider;</li>
 *   <li>{@code thidua.security.jwt-secret} ({@code THIDUA_SECURITY_JWT_SECRET}): development, an HS256 secret of at
 *   least 32 bytes, which the embedded stack generates once per data folder.</li>
 * </ul>
 * Micronaut's own keys ({@code micronaut.security.token.jwt.signatures.*}) work too. A service with none of them
 * refuses to start, rather than answer every request with 401; so does one given a secret that was ever published in
 * the repository, or a JWKS without the issuer and audience its tokens must carry ({@link TokenChecks}).
 */
@Factory
class Signatures {

    static final String SECRET = "thidua.security.jwt-secret";
    static final String JWKS_URL = "thidua.security.jwks-url";

    /** Declared as the interface: the configuration classes carry Micronaut's own {@code @EachProperty} conditions. */
    @Singleton
    @Requires(property = SECRET)
    SignatureConfiguration developmentSecret(@Value("${" + SECRET + "}") String secret) {
        SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("thidua");
        configuration.setSecret(secret);
        configuration.setJwsAlgorithm(JWSAlgorithm.HS256);
        return new SecretSignature(configuration);
    }

    @Singleton
    @Requires(property = JWKS_URL)
    JwksSignatureConfiguration providerKeys(@Value("${" + JWKS_URL + "}") String url) {
        JwksSignatureConfigurationProperties configuration = new JwksSignatureConfigurationProperties("thidua");
        configuration.setUrl(url);
        return configuration;
    }

    /**
     * SHA-256 digests of the secrets the repository once carried as fallbacks (docker-compose.yml, the Kubernetes dev
     * overlay): anyone can sign tokens with them, so a copy of an old file or an old {@code .env} must not work. The
     * digests, not the secrets, so that this file does not publish them once more.
     */
    static final Set<String> PUBLISHED_SECRET_DIGESTS = Set.of(
            "82357c6e978365afcec10c17d8327d99f80e6c25f52186df4c9da65610431317",
            "86520d5ebba60972a406a5f72caa8e88f2d93c76dd03beeea21a059f49abed30");

    /** True when {@code secret} is one the repository published. */
    static boolean published(String secret) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(secret.strip().getBytes(StandardCharsets.UTF_8));
            return PUBLISHED_SECRET_DIGESTS.contains(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Fails the start when no way to check a token is configured, the secret is too short for HS256 or was published,
     * or a provider's keys come without the issuer and audience to expect.
     */
    @Context
    static class Configured {

        Configured(Environment environment) {
            environment.getProperty(SECRET, String.class).ifPresent(secret -> {
                if (secret.getBytes(StandardCharsets.UTF_8).length < 32) {
                    throw new ConfigurationException(SECRET + " must be at least 32 bytes (256 bits) for HS256");
                }
                if (published(secret)) {
                    throw new ConfigurationException("THIDUA_SECURITY_JWT_SECRET is a secret published in the Thidua "
                            + "repository, with which anyone can sign tokens: generate one of your own, e.g. "
                            + "`openssl rand -base64 48`");
                }
            });
            boolean any = environment.containsProperty(SECRET)
                    || environment.containsProperty(JWKS_URL)
                    || environment.containsProperties("micronaut.security.token.jwt.signatures");
            if (!any) {
                throw new ConfigurationException("No way to check tokens: set THIDUA_SECURITY_JWKS_URL (production) "
                        + "or THIDUA_SECURITY_JWT_SECRET (development, at least 32 bytes)");
            }
            if (!TokenChecks.developmentSecretOnly(environment)
                    && !(environment.containsProperty(TokenChecks.ISSUER)
                            && environment.containsProperty(TokenChecks.AUDIENCE))) {
                throw new ConfigurationException("Tokens of an identity provider need THIDUA_SECURITY_ISSUER (its "
                        + "issuer, exactly as its tokens' iss claim) and THIDUA_SECURITY_AUDIENCE (the audience its "
                        + "tokens carry for Thidua)");
            }
        }
    }
}
