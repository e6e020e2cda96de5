package org.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRuleResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** An operator runs the suite and takes no part in it (ADR 93); what names OPERATOR the matrix tests show. */
class OperatorScopeRuleTest {

    private final OperatorScopeRule rule = new OperatorScopeRule();
    private final Authentication operator = Authentication.build("operator", List.of(Roles.OPERATOR), Map.of());

    private SecurityRuleResult check(String path, Authentication authentication) {
        return Mono.from(rule.check(HttpRequest.GET(path), authentication)).block();
    }

    @Test
    void anOperatorIsRefusedABusinessRouteThatDoesNotNameIt() {
        assertThat(check("/api/v1/campaigns", operator)).isEqualTo(SecurityRuleResult.REJECTED);
        assertThat(check("/api/v1/units/u-1/members", operator)).isEqualTo(SecurityRuleResult.REJECTED);
    }

    @Test
    void thePlatformsOperationsRoutesAreLeftToTheirRule() {
        for (String path : List.of(
                "/api/v1/dead-letters",
                "/api/v1/dead-letters/7/replay",
                "/api/v1/dead-letters/replays",
                "/api/v1/operations/status",
                "/api/v1/traces")) {
            assertThat(check(path, operator)).as(path).isEqualTo(SecurityRuleResult.UNKNOWN);
        }
        // a path that only starts like one is not one
        assertThat(check("/api/v1/operationsx", operator)).isEqualTo(SecurityRuleResult.REJECTED);
    }

    @Test
    void aBusinessRoleWithTheOperatorsOrNoTokenOrAPageIsNotThisRulesBusiness() {
        assertThat(check(
                        "/api/v1/campaigns",
                        Authentication.build("both", List.of(Roles.OPERATOR, Roles.VIEWER), Map.of())))
                .isEqualTo(SecurityRuleResult.UNKNOWN);
        assertThat(check("/api/v1/campaigns", Authentication.build("admin", List.of(Roles.ADMIN), Map.of())))
                .isEqualTo(SecurityRuleResult.UNKNOWN);
        assertThat(check("/api/v1/campaigns", null)).isEqualTo(SecurityRuleResult.UNKNOWN);
        assertThat(check("/metrics", operator)).isEqualTo(SecurityRuleResult.UNKNOWN);
    }
}
