package org.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRuleResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class KnownRoleRuleTest {

    private final KnownRoleRule rule = new KnownRoleRule();

    private SecurityRuleResult check(String path, Authentication authentication) {
        return Mono.from(rule.check(HttpRequest.GET(path), authentication)).block();
    }

    @Test
    void aCallerWithoutOneOfTheFiveRolesIsRefusedOnEveryApiRoute() {
        for (List<String> roles : List.of(List.<String>of(), List.of("SUPERUSER"), List.of("admin"))) {
            Authentication caller = Authentication.build("someone", roles, Map.of());
            assertThat(check("/api/v1/members", caller)).as("%s", roles).isEqualTo(SecurityRuleResult.REJECTED);
            assertThat(check("/api", caller)).as("%s", roles).isEqualTo(SecurityRuleResult.REJECTED);
        }
    }

    @Test
    void aCallerWithARoleOrWithoutATokenIsLeftToTheRoutesOwnRules() {
        for (String role : KnownRoleRule.KNOWN) {
            assertThat(check("/api/v1/members", Authentication.build("someone", List.of("SUPERUSER", role), Map.of())))
                    .isEqualTo(SecurityRuleResult.UNKNOWN);
        }
        assertThat(check("/api/v1/members", null)).isEqualTo(SecurityRuleResult.UNKNOWN);
        assertThat(check("/health", Authentication.build("someone", List.of(), Map.of())))
                .isEqualTo(SecurityRuleResult.UNKNOWN);
        assertThat(check("/apidocs", Authentication.build("someone", List.of(), Map.of())))
                .isEqualTo(SecurityRuleResult.UNKNOWN);
    }
}
