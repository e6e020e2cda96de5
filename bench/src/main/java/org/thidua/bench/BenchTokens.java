package org.thidua.bench;

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
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * The benchmarks sign in as the embedded stack does in development: an HS256 secret made for the run, given to the
 * measured service as {@code THIDUA_SECURITY_JWT_SECRET}, and an ADMIN bearer token signed with it.
 */
final class BenchTokens {

    private final String secret;

    BenchTokens() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        this.secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What the measured service needs in its environment to check the tokens. */
    Map<String, String> serviceEnvironment() {
        return Map.of("THIDUA_SECURITY_JWT_SECRET", secret);
    }

    /**
     * {@code Authorization} header value of an ADMIN valid for 12 hours, the longest a service accepts, with the issuer
     * and audience it expects with a development secret.
     */
    String adminBearer() {
        return bearer("bench-admin", "ADMIN", null, null);
    }

    /**
     * {@code Authorization} header value of one person, with the claims the portal's development sign-in puts in the
     * tokens it mints (subject = the account's key, {@code unit_id}, {@code group_ids}), valid for 12 hours.
     */
    String bearer(String subject, String role, String unitId, String groupId) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .subject(subject)
                .claim("roles", List.of(role))
                .issuer("thidua-local")
                .audience("thidua")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(12))));
        if (unitId != null) {
            builder.claim("unit_id", unitId);
        }
        if (groupId != null) {
            builder.claim("group_ids", List.of(groupId));
        }
        JWTClaimsSet claims = builder.build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(secret));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a bench token", e);
        }
        return "Bearer " + jwt.serialize();
    }
}
