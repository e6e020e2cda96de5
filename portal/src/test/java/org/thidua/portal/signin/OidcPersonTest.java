package org.thidua.portal.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.oauth2.endpoint.token.response.JWTOpenIdClaims;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdTokenResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class OidcPersonTest {

    @Test
    void theProvidersClaimsBecomeThePersonAndItsAccessTokenIsWhatTheServicesAreCalledWith() {
        OpenIdTokenResponse tokens = new OpenIdTokenResponse();
        tokens.setAccessToken("access-token-for-the-services");
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject("kc-42")
                .claim("name", "Nguyễn Thị Hoa")
                .claim("roles", List.of("UNIT_OFFICER"))
                .claim("unit_id", "u-th")
                .claim("member_id", "m-7")
                .build();

        AuthenticationResponse response = Mono.from(new OidcPerson()
                        .createAuthenticationResponse("oidc", tokens, new JWTOpenIdClaims(claims), null))
                .block();

        Person person = Person.of(response.getAuthentication().orElseThrow());
        assertThat(person.name()).isEqualTo("Nguyễn Thị Hoa");
        assertThat(person.roles()).containsExactly("UNIT_OFFICER");
        assertThat(person.unitId()).isEqualTo("u-th");
        assertThat(person.memberId()).isEqualTo("m-7");
        assertThat(person.isOfficer()).isTrue();
        assertThat(person.accessToken()).isEqualTo("access-token-for-the-services");
    }

    @Test
    void aPersonWithoutTheSuitesClaimsHasNoRoleAndNoScope() {
        OpenIdTokenResponse tokens = new OpenIdTokenResponse();
        tokens.setAccessToken("t");
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject("kc-1")
                .claim("preferred_username", "hoa")
                .build();

        Person person = Person.of(Mono.from(new OidcPerson()
                        .createAuthenticationResponse("oidc", tokens, new JWTOpenIdClaims(claims), null))
                .block()
                .getAuthentication()
                .orElseThrow());

        assertThat(person.name()).isEqualTo("hoa");
        assertThat(person.roles()).isEmpty();
        assertThat(person.isAdmin() || person.isOfficer() || person.isReviewer() || person.isCouncilMember())
                .isFalse();
    }
}
