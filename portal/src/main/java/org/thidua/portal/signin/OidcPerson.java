package org.thidua.portal.signin;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.oauth2.endpoint.authorization.state.State;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdAuthenticationMapper;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdClaims;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdTokenResponse;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reactivestreams.Publisher;

/**
 * Production sign-in: the person an OpenID Connect provider (client {@code oidc}) vouches for. The ID token's
 * {@code roles}, {@code unit_id}, {@code group_ids} and {@code member_id} claims (the mappers of the Keycloak example in
 * deploy/keycloak) become the session's; the provider's access token is what the services are called with.
 */
@Singleton
@Named("oidc")
@Requires(property = "thidua.portal.oidc", value = "true")
final class OidcPerson implements OpenIdAuthenticationMapper {

    @Override
    public Publisher<AuthenticationResponse> createAuthenticationResponse(
            String provider, OpenIdTokenResponse tokens, OpenIdClaims claims, @Nullable State state) {
        Map<String, Object> all = claims.getClaims();
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(Person.ACCESS_TOKEN, tokens.getAccessToken());
        attributes.put(
                Person.NAME,
                claims.getName() != null
                        ? claims.getName()
                        : claims.getPreferredUsername() != null ? claims.getPreferredUsername() : claims.getSubject());
        copy(all, attributes, Person.UNIT);
        copy(all, attributes, Person.GROUPS);
        copy(all, attributes, Person.MEMBER);
        if (all.get("locale") != null) {
            attributes.put(Person.LANGUAGE, all.get("locale").toString());
        }
        return Publishers.just(
                AuthenticationResponse.success(claims.getSubject(), roles(all.get("roles")), attributes));
    }

    static List<String> roles(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : List.of(claim.toString());
    }

    private static void copy(Map<String, Object> from, Map<String, Object> to, String claim) {
        if (from.get(claim) != null) {
            to.put(claim, from.get(claim));
        }
    }
}
