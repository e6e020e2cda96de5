package org.thidua.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevelopmentTokensTest {

    @TempDir
    Path home;

    @Test
    void theSecretIsMadeOncePerDataFolderAndOnlyItsOwnerReadsIt() throws Exception {
        String secret = DevelopmentTokens.secret(home);
        assertThat(secret.getBytes()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(DevelopmentTokens.secret(home)).isEqualTo(secret);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("jwt-secret"))))
                .isEqualTo("rw-------");
        assertThat(DevelopmentTokens.secret(home.resolve("other"))).isNotEqualTo(secret);
    }

    @Test
    void anOfficerTokenCarriesItsRoleUnitAndExpiry() throws Exception {
        DevelopmentTokens.Request request =
                DevelopmentTokens.parse(List.of("--role", "unit_officer", "--unit", "u-1", "--ttl", "2h"));
        String secret = DevelopmentTokens.secret(home);
        SignedJWT jwt = SignedJWT.parse(
                DevelopmentTokens.token(secret, request.subject(), request.role(), request.claims(), request.ttl()));
        assertThat(jwt.verify(new MACVerifier(secret))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("UNIT_OFFICER");
        assertThat(jwt.getJWTClaimsSet().getStringClaim("unit_id")).isEqualTo("u-1");
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("dev-unit-officer");
        // what the services expect of a token checked with the development secret (platform/security TokenChecks)
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("thidua-local");
        assertThat(jwt.getJWTClaimsSet().getAudience()).containsExactly("thidua");
        assertThat(jwt.getJWTClaimsSet().getIssueTime()).isNotNull();
        Duration left = Duration.between(
                Instant.now(), jwt.getJWTClaimsSet().getExpirationTime().toInstant());
        assertThat(left).isBetween(Duration.ofMinutes(119), Duration.ofHours(2));
    }

    @Test
    void aReviewerGetsItsGroupsAsAList() {
        DevelopmentTokens.Request request = DevelopmentTokens.parse(List.of("--role=REVIEWER", "--groups=g-1, g-2"));
        assertThat(request.claims().get("group_ids")).isEqualTo(List.of("g-1", "g-2"));
    }

    @Test
    void anOperatorNeedsNoScope() {
        DevelopmentTokens.Request request = DevelopmentTokens.parse(List.of("--role", "operator"));
        assertThat(request.claims()).doesNotContainKeys("unit_id", "group_ids", "member_id");
        assertThat(request.role()).isEqualTo("OPERATOR");
    }

    @Test
    void aScopedRoleWithoutItsScopeOrAnUnknownRoleIsRefused() {
        assertThatThrownBy(() -> DevelopmentTokens.parse(List.of("--role", "UNIT_OFFICER")))
                .hasMessage("UNIT_OFFICER needs --unit");
        assertThatThrownBy(() -> DevelopmentTokens.parse(List.of("--role", "COUNCIL_MEMBER")))
                .hasMessage("COUNCIL_MEMBER needs --member");
        assertThatThrownBy(() -> DevelopmentTokens.parse(List.of("--role", "ROOT")))
                .hasMessageContaining("--role");
        assertThatThrownBy(() -> DevelopmentTokens.parse(List.of("--role", "ADMIN", "--ttl", "forever")))
                .hasMessageContaining("--ttl");
    }

    @Test
    void aTokenLastingLongerThanTheServicesAcceptIsNotMade() {
        assertThat(DevelopmentTokens.parse(List.of("--role", "ADMIN")).ttl()).isEqualTo(Duration.ofHours(8));
        assertThat(DevelopmentTokens.parse(List.of("--role", "ADMIN", "--ttl", "12h"))
                        .ttl())
                .isEqualTo(Duration.ofHours(12));
        assertThatThrownBy(() -> DevelopmentTokens.parse(List.of("--role", "ADMIN", "--ttl", "2d")))
                .hasMessage("--ttl must be at most 12h: the services refuse longer-lived tokens");
        assertThatThrownBy(() -> DevelopmentTokens.parse(List.of("--role", "ADMIN", "--ttl", "13h")))
                .hasMessageContaining("at most 12h");
    }
}
