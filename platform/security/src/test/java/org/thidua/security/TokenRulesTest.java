package org.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;

class TokenRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-04T08:00:00Z");
    private final TokenRules rules =
            new TokenRules("https://login.example.org/realms/qh", "thidua", TokenRules.DEFAULT_MAX_LIFETIME);

    private static JWTClaimsSet.Builder claims(String issuer, Instant issued, Instant expires) {
        return new JWTClaimsSet.Builder()
                .subject("someone")
                .issuer(issuer)
                .issueTime(issued == null ? null : Date.from(issued))
                .expirationTime(expires == null ? null : Date.from(expires));
    }

    @Test
    void aTokenOfTheIssuerLastingAWorkingDayIsAccepted() {
        assertThat(rules.accepts(
                        claims("https://login.example.org/realms/qh", NOW, NOW.plus(Duration.ofHours(12)))
                                .build(),
                        NOW))
                .isTrue();
    }

    @Test
    void theIssuerMustBeExactlyTheConfiguredOne() {
        for (String issuer : new String[] {"qh", "realms/qh", "", "https://evil.example/realms/qh", null}) {
            assertThat(rules.accepts(claims(issuer, NOW, NOW.plusSeconds(600)).build(), NOW))
                    .as("iss %s", issuer)
                    .isFalse();
        }
    }

    @Test
    void aTokenWithoutExpiryIsRefused() {
        assertThat(rules.accepts(
                        claims("https://login.example.org/realms/qh", NOW, null).build(), NOW))
                .isFalse();
    }

    @Test
    void aLifetimeAboveTheMaximumIsRefusedCountedFromIssueOrElseFromNow() {
        String issuer = "https://login.example.org/realms/qh";
        assertThat(rules.accepts(
                        claims(issuer, NOW, NOW.plus(Duration.ofHours(24))).build(), NOW))
                .isFalse();
        assertThat(rules.accepts(
                        claims(issuer, NOW, NOW.plus(Duration.ofHours(12)).plusSeconds(1))
                                .build(),
                        NOW))
                .isFalse();
        assertThat(rules.accepts(
                        claims(issuer, null, NOW.plus(Duration.ofHours(13))).build(), NOW))
                .isFalse();
        assertThat(rules.accepts(
                        claims(issuer, null, NOW.plus(Duration.ofHours(11))).build(), NOW))
                .isTrue();
        // "issued" in 11 hours for 12: it would live 23 hours from now
        assertThat(rules.accepts(
                        claims(issuer, NOW.plus(Duration.ofHours(11)), NOW.plus(Duration.ofHours(23)))
                                .build(),
                        NOW))
                .isFalse();
        // issued 20 hours ago for 24 hours: four hours left, but a lifetime no provider of ours should give
        assertThat(rules.accepts(
                        claims(issuer, NOW.minus(Duration.ofHours(20)), NOW.plus(Duration.ofHours(4)))
                                .build(),
                        NOW))
                .isFalse();
    }

    @Test
    void theMaximumIsASetting() {
        TokenRules hourly = new TokenRules("thidua-local", "thidua", Duration.ofHours(1));
        assertThat(hourly.accepts(
                        claims("thidua-local", NOW, NOW.plus(Duration.ofHours(2)))
                                .build(),
                        NOW))
                .isFalse();
        assertThat(hourly.accepts(
                        claims("thidua-local", NOW, NOW.plus(Duration.ofMinutes(59)))
                                .build(),
                        NOW))
                .isTrue();
    }
}
