package org.thidua.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thidua.deploy.Yamls.at;
import static org.thidua.deploy.Yamls.list;
import static org.thidua.deploy.Yamls.map;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Keycloak example realm documented in deploy/README.md gives the portal tokens the services accept. */
class KeycloakRealmTest {

    private final Repository repository = Repository.here();
    private final KeycloakRealmCheck.Claims claims = KeycloakRealmCheck.Claims.of(repository);
    private final Map<String, Object> realm = KeycloakRealmCheck.read(repository.file(KeycloakRealmCheck.REALM_FILE));

    @Test
    void theRealmsPortalClientPutsTheRolesScopeClaimsAndAudienceTheServicesReadIntoItsTokens() {
        assertThat(claims.roles())
                .containsExactlyInAnyOrder("ADMIN", "UNIT_OFFICER", "REVIEWER", "COUNCIL_MEMBER", "VIEWER", "OPERATOR");
        assertThat(claims.scopeClaims()).containsExactlyInAnyOrder("unit_id", "group_ids", "member_id");

        assertThat(KeycloakRealmCheck.problems(realm, claims)).isEmpty();
    }

    @Test
    void thePortalClientsSecretIsTheOneMakeComposeEnvWrites() {
        Map<String, Object> client = map(list(realm.get("clients")).get(0));

        assertThat(client.get("secret")).isEqualTo("${THIDUA_OIDC_CLIENT_SECRET}");
        assertThat(Deployments.generatedComposeEnvironment(repository)).containsKey("THIDUA_OIDC_CLIENT_SECRET");
    }

    @Test
    void theCheckCatchesARealmWhoseTokensTheServicesWouldRefuseOrMisread() {
        Map<String, Object> broken = Yamls.copy(realm);
        Map<String, Object> client = map(list(broken.get("clients")).get(0));
        List<Object> mappers = list(client.get("protocolMappers"));
        mappers.removeIf(m -> "oidc-audience-mapper".equals(map(m).get("protocolMapper"))
                || "unit_id".equals(at(m, "config", "claim.name")));
        mappers.stream()
                .filter(m -> "group_ids".equals(at(m, "config", "claim.name")))
                .forEach(m -> map(map(m).get("config")).put("multivalued", "false"));
        client.put("directAccessGrantsEnabled", true);
        client.put("secret", "b2f1c2e0-written-in-the-file");
        list(at(broken, "roles", "client", "thidua-portal")).removeIf(r -> "REVIEWER".equals(at(r, "name")));

        assertThat(KeycloakRealmCheck.problems(broken, claims))
                .containsExactlyInAnyOrder(
                        "client thidua-portal: directAccessGrantsEnabled is not false",
                        "client thidua-portal: its secret is written in the file, not taken from the environment",
                        "client thidua-portal: the roles [REVIEWER] are not defined",
                        "client thidua-portal: no mapper puts the unit_id claim into the access token",
                        "client thidua-portal: the group_ids claim is not a list",
                        "client thidua-portal: its access tokens do not carry the audience thidua");
    }
}
