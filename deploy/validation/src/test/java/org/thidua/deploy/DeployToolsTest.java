package org.thidua.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docker-compose and kustomize accept the files, and they are the real tools: they refuse a broken file. */
class DeployToolsTest {

    private final Deployments deployments = Deployments.rendered();

    @Test
    void dockerComposeAcceptsTheComposeFile() {
        assertThat(Yamls.map(deployments.compose.get("services"))).containsOnlyKeys("mysql", "kafka", "mailpit",
                "units-service", "campaigns-service", "awards-service", "notifications-service");
        assertThat(Yamls.map(deployments.compose.get("volumes"))).containsOnlyKeys("mysql-data", "kafka-data");
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
                .hasMessageContaining("docker-compose config").hasMessageContaining("condition");
    }

    @Test
    void kustomizeRendersTheBaseAndEveryOverlay() {
        assertThat(deployments.kubernetes).containsKeys("base", "dev", "prod");
        assertThat(kinds(deployments.kubernetes.get("dev"))).contains("Deployment", "Service", "ConfigMap", "Secret",
                "PodDisruptionBudget", "StatefulSet", "Kafka", "KafkaNodePool", "KafkaTopic");
        assertThat(kinds(deployments.kubernetes.get("prod"))).contains("Deployment", "Service", "ConfigMap",
                "PodDisruptionBudget", "HorizontalPodAutoscaler", "ScaledObject", "Kafka", "KafkaNodePool", "KafkaTopic")
                .doesNotContain("StatefulSet", "Secret");
        assertThat(Tools.kubectlVersion()).contains("Kustomize Version: v5.");
    }

    @Test
    void kustomizeRefusesABrokenKustomization(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("kustomization.yaml"), "resources:\n  - missing.yaml\n");

        assertThatThrownBy(() -> Tools.kustomize(dir)).hasMessageContaining("missing.yaml");
    }

    private static List<Object> kinds(List<Map<String, Object>> objects) {
        return objects.stream().map(o -> o.get("kind")).distinct().toList();
    }
}
