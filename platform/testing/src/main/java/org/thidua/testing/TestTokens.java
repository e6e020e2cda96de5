package org.thidua.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The one way tests get tokens: signed with a secret made afresh for each test JVM (never in the repository), which
 * {@link RealInfrastructure} gives the service under test as {@code thidua.security.jwt-secret}. Tokens carry the
 * issuer and audience a service expects with the development secret ({@value #ISSUER}, {@value #AUDIENCE}), were
 * issued a moment ago and last an hour. Each caller of the suite has a method; {@link #expired()},
 * {@link #wrongSignature()}, {@link #admin(UnaryOperator)} (changed claims) and {@link #withRoles(List)} make what must
 * be refused.
 */
public final class TestTokens {

    /** The property the service under test checks tokens with (platform/security). */
    public static final String SECRET_PROPERTY = "thidua.security.jwt-secret";

    /** The issuer and audience a service checking tokens with the development secret expects (platform/security). */
    public static final String ISSUER = "thidua-local";

    public static final String AUDIENCE = "thidua";

    private static final String SECRET = randomSecret();

    private TestTokens() {}

    /** What {@link RealInfrastructure} adds to a service's properties. */
    public static Map<String, String> serviceProperties() {
        return Map.of(SECRET_PROPERTY, SECRET);
    }

    /** The same, for a service started as a process (system tests): its environment. */
    public static Map<String, String> serviceEnvironment() {
        return Map.of("THIDUA_SECURITY_JWT_SECRET", SECRET);
    }

    public static String admin() {
        return token("admin", List.of("ADMIN"), Map.of(), Duration.ofHours(1), SECRET);
    }

    public static String viewer() {
        return token("viewer", List.of("VIEWER"), Map.of(), Duration.ofHours(1), SECRET);
    }

    /** The operator (ADR 93): runs the suite, takes no part in its business. */
    public static String operator() {
        return token("operator", List.of("OPERATOR"), Map.of(), Duration.ofHours(1), SECRET);
    }

    public static String unitOfficer(String unitId) {
        return token(
                "officer-" + unitId, List.of("UNIT_OFFICER"), Map.of("unit_id", unitId), Duration.ofHours(1), SECRET);
    }

    public static String reviewer(Collection<String> groupIds) {
        return token(
                "reviewer",
                List.of("REVIEWER"),
                Map.of("group_ids", List.copyOf(groupIds)),
                Duration.ofHours(1),
                SECRET);
    }

    public static String councilMember(String memberId) {
        return token(
                "member-" + memberId,
                List.of("COUNCIL_MEMBER"),
                Map.of("member_id", memberId),
                Duration.ofHours(1),
                SECRET);
    }

    /** An ADMIN token that expired a minute ago. */
    public static String expired() {
        return token("admin", List.of("ADMIN"), Map.of(), Duration.ofMinutes(-1), SECRET);
    }

    /** An ADMIN token signed with another secret. */
    public static String wrongSignature() {
        return token("admin", List.of("ADMIN"), Map.of(), Duration.ofHours(1), randomSecret());
    }

    /**
     * A well-signed token of subject {@code someone} with exactly the {@code roles} claim given; {@code null} leaves
     * the claim out. What a role-less caller sends.
     */
    public static String withRoles(List<String> roles) {
        return admin(claims ->
                claims.claim("roles", roles == null ? null : List.copyOf(roles)).subject("someone"));
    }

    /**
     * An ADMIN token whose claims {@code change} alters before it is signed with the test secret: another issuer or
     * audience, an {@code nbf}, no expiry ({@code expirationTime(null)}), a longer lifetime.
     */
    public static String admin(UnaryOperator<JWTClaimsSet.Builder> change) {
        return sign(change.apply(claims("admin", List.of("ADMIN"), Map.of(), Duration.ofHours(1))), SECRET);
    }

    /** A token with any subject, roles and claims, valid for {@code ttl}, signed with the test secret. */
    public static String token(String subject, List<String> roles, Map<String, Object> claims, Duration ttl) {
        return token(subject, roles, claims, ttl, SECRET);
    }

    private static String token(
            String subject, List<String> roles, Map<String, Object> claims, Duration ttl, String secret) {
        return sign(claims(subject, roles, claims, ttl), secret);
    }

    private static JWTClaimsSet.Builder claims(
            String subject, List<String> roles, Map<String, Object> claims, Duration ttl) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .issueTime(Date.from(now.minusSeconds(120)))
                .expirationTime(Date.from(now.plus(ttl)))
                .claim("roles", roles);
        claims.forEach(builder::claim);
        return builder;
    }

    private static String sign(JWTClaimsSet.Builder claims, String secret) {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
        try {
            jwt.sign(new MACSigner(secret));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static String randomSecret() {
        byte[] bytes = new byte[48];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
