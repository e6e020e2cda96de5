package org.thidua.deploy;

import static org.thidua.deploy.Yamls.at;
import static org.thidua.deploy.Yamls.list;
import static org.thidua.deploy.Yamls.string;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Keycloak example realm (deploy/keycloak/thidua-realm.json) against the code: its portal client signs people in
 * with the authorization code flow only, and its tokens carry what platform/security reads: the {@code roles} claim
 * with the suite's roles ({@code org.thidua.security.Roles}), the scope claims {@code unit_id}, {@code group_ids} (a
 * list) and {@code member_id} from user attributes only an administrator may change, and the suite's audience.
 */
final class KeycloakRealmCheck {

    static final String REALM_FILE = "deploy/keycloak/thidua-realm.json";
    static final String CLIENT = "thidua-portal";
    static final String AUDIENCE = "thidua";
    /** The claim Micronaut Security reads the roles from (its default, which platform/security keeps). */
    static final String ROLES_CLAIM = "roles";

    private static final Pattern CONSTANT =
            Pattern.compile("public\\s+static\\s+final\\s+String\\s+(\\w+)\\s*=\\s*\"([^\"]+)\"");

    private KeycloakRealmCheck() {}

    /** The roles and scope claims platform/security reads, from its {@code Roles} class. */
    record Claims(Set<String> roles, Set<String> scopeClaims) {

        static Claims of(Repository repository) {
            Set<String> roles = new TreeSet<>();
            Set<String> claims = new TreeSet<>();
            try {
                Matcher constant = CONSTANT.matcher(Files.readString(
                        repository.file("platform/security/src/main/java/org/thidua/security/Roles.java")));
                while (constant.find()) {
                    (constant.group(1).endsWith("_CLAIM") ? claims : roles).add(constant.group(2));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Claims(Set.copyOf(roles), Set.copyOf(claims));
        }
    }

    /** The realm file read by a strict JSON parser (node's {@code JSON.parse}), as maps and lists. */
    static Map<String, Object> read(Path file) {
        Tools.Result result = Tools.run(
                file.getParent(),
                "node",
                "-e",
                "process.stdout.write(JSON.stringify(JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8'))))",
                file.toString());
        if (result.exitCode() != 0) {
            throw new AssertionError(file + " is not JSON: " + result.err());
        }
        return Tools.documents(result.out()).get(0);
    }

    static List<String> problems(Map<String, Object> realm, Claims claims) {
        List<String> problems = new ArrayList<>();
        if (!"thidua".equals(realm.get("realm"))) {
            problems.add("realm is " + realm.get("realm") + ", not thidua");
        }
        Map<String, Object> client = list(realm.get("clients")).stream()
                .map(Yamls::map)
                .filter(c -> CLIENT.equals(c.get("clientId")))
                .findFirst()
                .orElse(null);
        if (client == null) {
            problems.add("no client " + CLIENT);
            return problems;
        }
        String where = "client " + CLIENT;
        if (!Boolean.TRUE.equals(client.get("standardFlowEnabled"))
                || !Boolean.FALSE.equals(client.get("publicClient"))) {
            problems.add(where + ": not a confidential client of the authorization code flow");
        }
        for (String flow : List.of("implicitFlowEnabled", "directAccessGrantsEnabled")) {
            if (!Boolean.FALSE.equals(client.get(flow))) {
                problems.add(where + ": " + flow + " is not false");
            }
        }
        String secret = string(client, "secret");
        if (secret != null && !secret.matches("\\$\\{[A-Z_]+}")) {
            problems.add(where + ": its secret is written in the file, not taken from the environment");
        }
        List<Map<String, Object>> mappers =
                list(client.get("protocolMappers")).stream().map(Yamls::map).toList();
        Map<String, Object> roles = claimMapper(mappers, ROLES_CLAIM);
        if (roles == null) {
            problems.add(where + ": no mapper puts the " + ROLES_CLAIM + " claim into the access token");
        } else if (!"true".equals(string(roles, "config", "multivalued"))) {
            problems.add(where + ": the " + ROLES_CLAIM + " claim is not a list");
        }
        Set<String> clientRoles = new TreeSet<>();
        String roleSource = roles == null ? null : string(roles, "config", "usermodel.clientRoleMapping.clientId");
        list(at(realm, "roles", "client", Objects.requireNonNullElse(roleSource, CLIENT)))
                .forEach(role -> clientRoles.add(string(role, "name")));
        if (roles != null && "oidc-usermodel-realm-role-mapper".equals(roles.get("protocolMapper"))) {
            list(at(realm, "roles", "realm")).forEach(role -> clientRoles.add(string(role, "name")));
        }
        if (!clientRoles.containsAll(claims.roles())) {
            Set<String> missing = new TreeSet<>(claims.roles());
            missing.removeAll(clientRoles);
            problems.add(where + ": the roles " + missing + " are not defined");
        }
        Set<String> managedByAdmin = adminOnlyAttributes(realm);
        for (String claim : claims.scopeClaims()) {
            Map<String, Object> mapper = claimMapper(mappers, claim);
            if (mapper == null) {
                problems.add(where + ": no mapper puts the " + claim + " claim into the access token");
                continue;
            }
            String attribute = string(mapper, "config", "user.attribute");
            if (!managedByAdmin.contains(attribute)) {
                problems.add(where + ": the " + claim + " claim comes from " + attribute
                        + ", which is not a user attribute only an administrator may change");
            }
            boolean list = "true".equals(string(mapper, "config", "multivalued"));
            if (list != claim.endsWith("_ids")) {
                problems.add(where + ": the " + claim + " claim is " + (list ? "" : "not ") + "a list");
            }
        }
        boolean audience = mappers.stream()
                .anyMatch(m -> "oidc-audience-mapper".equals(m.get("protocolMapper"))
                        && AUDIENCE.equals(string(m, "config", "included.custom.audience"))
                        && "true".equals(string(m, "config", "access.token.claim")));
        if (!audience) {
            problems.add(where + ": its access tokens do not carry the audience " + AUDIENCE);
        }
        return problems;
    }

    /** The mapper that writes {@code claim} into the access token, if any. */
    private static Map<String, Object> claimMapper(List<Map<String, Object>> mappers, String claim) {
        return mappers.stream()
                .filter(m -> claim.equals(string(m, "config", "claim.name")))
                .filter(m -> "true".equals(string(m, "config", "access.token.claim")))
                .findFirst()
                .orElse(null);
    }

    /** The user attributes of the declarative user profile that only an administrator may edit. */
    private static Set<String> adminOnlyAttributes(Map<String, Object> realm) {
        Set<String> names = new TreeSet<>();
        for (Object provider : list(at(realm, "components", "org.keycloak.userprofile.UserProfileProvider"))) {
            for (Object config : list(at(provider, "config", "kc.user.profile.config"))) {
                Map<String, Object> profile =
                        Tools.documents(String.valueOf(config)).get(0);
                for (Object attribute : list(profile.get("attributes"))) {
                    if (List.of("admin").equals(list(at(attribute, "permissions", "edit")))) {
                        names.add(string(attribute, "name"));
                    }
                }
            }
        }
        return names;
    }
}
