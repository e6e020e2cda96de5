package org.thidua.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docker-compose and kustomize accept the files, and they are the real tools: they refuse a broken file. */
class DeployToolsTest {

    private final Deployments deployments = Deployments.rendered();

    @Test
    void dockerComposeAcceptsTheComposeFile() {
        assertThat(Yamls.map(deployments.compose.get("services")))
                .containsOnlyKeys(
                        "mysql",
                        "kafka",
                        "mailpit",
                        "units-service",
                        "campaigns-service",
                        "awards-service",
                        "notifications-service",
                        "portal",
                        // the observability profile's (ObservabilityTest)
                        "prometheus",
                        "grafana",
                        "jaeger");
        assertThat(Yamls.map(deployments.compose.get("volumes")))
                .containsOnlyKeys("mysql-data", "kafka-data", "prometheus-data");
    }

    @Test
    void dockerComposeRefusesToStartWithoutASecretAndSaysHowToMakeOne() {
        for (String secret : deployments.composeEnvironment.keySet()) {
            Map<String, String> without = new HashMap<>(deployments.composeEnvironment);
            without.remove(secret);

            assertThatThrownBy(() -> Tools.composeConfig(deployments.repository.file("docker-compose.yml"), without))
                    .as(secret)
                    .hasMessageContaining(secret + " is not set")
                    .hasMessageContaining("run deploy/make-compose-env.sh");
        }
        assertThat(deployments.composeEnvironment)
                .containsOnlyKeys(
                        "THIDUA_SECURITY_JWT_SECRET",
                        "THIDUA_DB_ROOT_PASSWORD",
                        "THIDUA_UNITS_DB_PASSWORD",
                        "THIDUA_CAMPAIGNS_DB_PASSWORD",
                        "THIDUA_AWARDS_DB_PASSWORD",
                        "THIDUA_NOTIFICATIONS_DB_PASSWORD",
                        "THIDUA_PORTAL_SESSION_SECRET",
                        "THIDUA_OIDC_CLIENT_SECRET");
    }

    @Test
    void dockerComposeRendersWithTheSecretsTheScriptMakes() {
        Map<String, String> generated = deployments.composeEnvironment;
        assertThat(generated.values()).allMatch(value -> value.length() >= 32).doesNotHaveDuplicates();
        Map<String, Object> services = Yamls.map(deployments.compose.get("services"));

        assertThat(Yamls.string(services.get("units-service"), "environment", "THIDUA_SECURITY_JWT_SECRET"))
                .isEqualTo(generated.get("THIDUA_SECURITY_JWT_SECRET"));
        assertThat(Yamls.string(services.get("awards-service"), "environment", "DATASOURCES_DEFAULT_PASSWORD"))
                .isEqualTo(generated.get("THIDUA_AWARDS_DB_PASSWORD"))
                .isEqualTo(Yamls.string(services.get("mysql"), "environment", "THIDUA_AWARDS_DB_PASSWORD"));
        assertThat(Yamls.string(services.get("portal"), "environment", "THIDUA_PORTAL_SESSION_SECRET"))
                .isEqualTo(generated.get("THIDUA_PORTAL_SESSION_SECRET"));
        assertThat(Yamls.string(
                        services.get("portal"), "environment", "MICRONAUT_SECURITY_OAUTH2_CLIENTS_OIDC_CLIENT_SECRET"))
                .isEqualTo(generated.get("THIDUA_OIDC_CLIENT_SECRET"));
    }

    @Test
    void theDevOverlayRendersWithTheSecretsItsScriptMakes() {
        List<Map<String, Object>> dev = deployments.kubernetes.get("dev");
        Map<String, String> security = secret(dev, "thidua-security");
        Map<String, String> mysql = secret(dev, "mysql");

        assertThat(security.get("THIDUA_SECURITY_JWT_SECRET")).hasSizeGreaterThanOrEqualTo(32);
        assertThat(mysql.get("MYSQL_ROOT_PASSWORD")).hasSizeGreaterThanOrEqualTo(32);
        for (String service : List.of("units", "campaigns", "awards", "notifications")) {
            assertThat(secret(dev, service + "-service-db"))
                    .as(service)
                    .containsEntry("DATASOURCES_DEFAULT_USERNAME", service)
                    .containsEntry(
                            "DATASOURCES_DEFAULT_PASSWORD",
                            mysql.get("THIDUA_" + service.toUpperCase(Locale.ROOT) + "_DB_PASSWORD"));
        }
        Map<String, String> portal = secret(dev, "portal");
        assertThat(portal)
                .containsOnlyKeys(
                        "THIDUA_PORTAL_SESSION_SECRET", "MICRONAUT_SECURITY_OAUTH2_CLIENTS_OIDC_CLIENT_SECRET");
        assertThat(portal.values())
                .allMatch(value -> value.length() >= 32)
                .doesNotHaveDuplicates()
                .doesNotContain(security.get("THIDUA_SECURITY_JWT_SECRET"));
    }

    @Test
    void dockerComposeRefusesABrokenFile(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("docker-compose.yml");
        Files.writeString(broken, """
                services:
                  app:
                    image: busybox
                    depends_on:
                      db:
                        condition: service_happy
                  db:
                    image: busybox
                """);

        assertThatThrownBy(() -> Tools.composeConfig(broken, Map.of()))
                .hasMessageContaining("docker-compose config")
                .hasMessageContaining("condition");
    }

    @Test
    void kustomizeRendersTheBaseAndEveryOverlay() {
        assertThat(deployments.kubernetes).containsKeys("base", "dev", "prod");
        assertThat(kinds(deployments.kubernetes.get("dev")))
                .contains(
                        "Deployment",
                        "Service",
                        "ConfigMap",
                        "Secret",
                        "PodDisruptionBudget",
                        "StatefulSet",
                        "Kafka",
                        "KafkaNodePool",
                        "KafkaTopic",
                        "Ingress");
        assertThat(kinds(deployments.kubernetes.get("prod")))
                .contains(
                        "Deployment",
                        "Service",
                        "ConfigMap",
                        "PodDisruptionBudget",
                        "HorizontalPodAutoscaler",
                        "ScaledObject",
                        "Kafka",
                        "KafkaNodePool",
                        "KafkaTopic",
                        "KafkaUser",
                        "NetworkPolicy",
                        "TriggerAuthentication",
                        "Ingress")
                .doesNotContain("StatefulSet");
        // prod's secrets are the operator's (databases, token keys) and Strimzi's (Kafka logins): the one Secret it
        // renders says only how KEDA logs in
        assertThat(deployments.kubernetes.get("prod"))
                .filteredOn(o -> "Secret".equals(o.get("kind")))
                .extracting(o -> Yamls.string(o, "metadata", "name"))
                .containsExactly("notifications-service-kafka-login");
        assertThat(Tools.kubectlVersion()).contains("Kustomize Version: v5.");
    }

    @Test
    void kustomizeRefusesABrokenKustomization(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("kustomization.yaml"), "resources:\n  - missing.yaml\n");

        assertThatThrownBy(() -> Tools.kustomize(dir)).hasMessageContaining("missing.yaml");
    }

    /** The decoded data of the rendered Secret generated as {@code name} (kustomize adds a hash suffix). */
    private static Map<String, String> secret(List<Map<String, Object>> objects, String name) {
        Map<String, Object> secret = objects.stream()
                .filter(o -> "Secret".equals(o.get("kind")))
                .filter(o -> Yamls.string(o, "metadata", "name").matches(Pattern.quote(name) + "-[a-z0-9]{10}"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Secret " + name));
        Map<String, String> data = new LinkedHashMap<>();
        Yamls.map(secret.get("data"))
                .forEach((k, v) -> data.put(
                        k,
                        new String(Base64.getMimeDecoder().decode(String.valueOf(v)), StandardCharsets.UTF_8).strip()));
        return data;
    }

    private static List<Object> kinds(List<Map<String, Object>> objects) {
        return objects.stream().map(o -> o.get("kind")).distinct().toList();
    }
}
