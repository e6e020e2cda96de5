package org.thidua.deploy;

import static org.thidua.deploy.Yamls.at;
import static org.thidua.deploy.Yamls.string;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Compose and one Kubernetes overlay run the same images, on the same ports, judged healthy by the same endpoint. */
final class AgreementCheck {

    private AgreementCheck() {}

    static List<String> problems(
            Suite suite, Map<String, Object> compose, String overlay, List<Map<String, Object>> objects) {
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, Object>> composed = ComposeCheck.suiteServices(suite, compose);
        Map<String, KubernetesCheck.Workload> deployed = KubernetesCheck.workloads(suite, objects);
        if (!composed.keySet().equals(deployed.keySet())) {
            problems.add("compose runs " + composed.keySet() + ", " + overlay + " runs " + deployed.keySet());
        }
        composed.forEach((service, definition) -> {
            KubernetesCheck.Workload w = deployed.get(service);
            if (w == null) {
                return;
            }
            String where = "compose and " + overlay + " " + service;
            if (!Objects.equals(definition.get("image"), w.image())) {
                problems.add(where + ": images differ, " + definition.get("image") + " and " + w.image());
            }
            ServiceConfiguration config = suite.configuration(service);
            int composePort = config.port(ComposeCheck.environment(definition));
            int kubernetesPort = config.port(w.environment());
            if (composePort != kubernetesPort) {
                problems.add(where + ": ports differ, " + composePort + " and " + kubernetesPort);
            }
            URI health = ComposeCheck.healthUrl(definition).orElse(null);
            String readiness = string(w.container(), "readinessProbe", "httpGet", "path");
            if (health == null || !Objects.equals(health.getPath(), readiness)) {
                problems.add(where + ": health checks differ, compose asks " + health + ", the readiness probe "
                        + readiness);
            }
            Integer probePort = w.containerPort(at(w.container(), "readinessProbe", "httpGet", "port"));
            if (health != null && !Objects.equals(health.getPort(), probePort)) {
                problems.add(where + ": health check ports differ, " + health.getPort() + " and " + probePort);
            }
        });
        return problems;
    }
}
