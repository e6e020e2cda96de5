package org.thidua.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * docker-compose.yml and every rendered Kubernetes manifest against the code: environment variables the services
 * read, ports and health paths that exist, a KafkaTopic for every topic, and compose and Kubernetes in agreement.
 */
class DeployFilesAgreeWithTheCodeTest {

    private static final Deployments deployments = Deployments.rendered();

    static Stream<String> kustomizations() {
        return deployments.kubernetes.keySet().stream();
    }

    static Stream<String> overlays() {
        return deployments.overlays().keySet().stream();
    }

    @Test
    void composeFileAgreesWithTheCode() {
        assertThat(ComposeCheck.problems(deployments.suite, deployments.compose))
                .isEmpty();
    }

    @Test
    void everyPortComposePublishesListensOnThisMachineOnlyByDefault() {
        Map<String, Object> services = Yamls.map(deployments.compose.get("services"));
        assertThat(services).isNotEmpty();
        services.forEach((name, definition) -> assertThat(ComposeCheck.publishedAddresses(Yamls.map(definition)))
                .as(name)
                .isNotEmpty()
                .allSatisfy((port, address) -> assertThat(address).isEqualTo("127.0.0.1")));
    }

    @Test
    void noCommittedDeployFileHoldsASecret() {
        Path root = deployments.repository.root();
        List<String> files = SecretsCheck.committedDeployFiles(root);

        assertThat(files)
                .contains(
                        "docker-compose.yml",
                        "deploy/k8s/overlays/dev/kustomization.yaml",
                        "deploy/k8s/components/mysql/kustomization.yaml");
        assertThat(SecretsCheck.problems(root, files)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("kustomizations")
    void renderedManifestsAgreeWithTheCode(String kustomization) {
        assertThat(KubernetesCheck.problems(
                        deployments.suite, kustomization, deployments.kubernetes.get(kustomization)))
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void composeAndKubernetesAgree(String overlay) {
        assertThat(AgreementCheck.problems(
                        deployments.suite, deployments.compose, overlay, deployments.kubernetes.get(overlay)))
                .isEmpty();
    }

    @Test
    void everyServiceAndTopicIsChecked() {
        assertThat(deployments.suite.services())
                .containsOnlyKeys("units-service", "campaigns-service", "awards-service", "notifications-service");
        assertThat(deployments.suite.deployables()).containsKeys("portal").hasSize(5);
        assertThat(ComposeCheck.suiteServices(deployments.suite, deployments.compose))
                .containsKey("portal");
        assertThat(deployments.suite.topics()).hasSize(7 + 4).contains("thidua.units.v1", "thidua.awards-service.dlq");
        deployments
                .overlays()
                .forEach((overlay, objects) -> assertThat(KubernetesCheck.workloads(deployments.suite, objects))
                        .as(overlay)
                        .hasSize(5)
                        .containsKey("portal"));
    }
}
