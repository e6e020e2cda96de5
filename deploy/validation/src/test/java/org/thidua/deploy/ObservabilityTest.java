package org.thidua.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * deploy/observability (ADR 0090): the dashboards and alerts read only metrics the services export, the Kubernetes
 * rules are the compose rules, and the compose profile and the kustomize component render with the real tools.
 * Grafana cannot run here, so each dashboard's JSON is read and its queries checked. What the services export is
 * deploy/observability/exported-metrics.txt, which each service's ServiceConventionsTest checks against a real
 * scrape of that service.
 */
class ObservabilityTest {

    private final Repository repository = Repository.here();
    private final Path observability = repository.file("deploy/observability");

    @Test
    void everyMetricADashboardOrAlertUsesIsOneAServiceExportsAndTheListHasNoOtherName() throws IOException {
        assertThat(metricProblems(observability)).isEmpty();
        Set<String> all = new LinkedHashSet<>();
        usedMetrics(observability).values().forEach(all::addAll);
        assertThat(all)
                .contains(
                        "up",
                        "thidua_outbox_oldest_age_seconds",
                        "thidua_consumer_lag",
                        "thidua_dead_letters",
                        "thidua_deliveries",
                        "thidua_fanout_units_waiting",
                        "thidua_smtp_send_seconds",
                        "http_server_requests_seconds");
    }

    @Test
    void aDashboardQueryOfAMetricNoServiceExportsIsNamed(@TempDir Path copy) throws IOException {
        try (Stream<Path> files = Files.walk(observability)) {
            for (Path source : files.toList()) {
                Path target = copy.resolve(observability.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        Path backbone = copy.resolve("grafana/dashboards/messaging-backbone.json");
        Files.writeString(
                backbone,
                Files.readString(backbone).replace("thidua_relay_published_total", "thidua_relay_publish_total"));

        assertThat(metricProblems(copy))
                .containsExactlyInAnyOrder(
                        "messaging-backbone.json: Sự kiện relay gửi mỗi giây · relay published/s A reads "
                                + "thidua_relay_publish_total, which no service exports (exported-metrics.txt)",
                        "exported-metrics.txt lists thidua_relay_published_total, which no dashboard or alert reads");
    }

    /** What is wrong between the dashboards and rules under {@code dir} and its exported-metrics.txt. */
    static List<String> metricProblems(Path dir) throws IOException {
        Set<String> exported = exportedNames(dir);
        List<String> problems = new ArrayList<>();
        Set<String> all = new LinkedHashSet<>();
        usedMetrics(dir)
                .forEach((where, names) -> names.forEach(name -> {
                    all.add(name);
                    if (!exported.contains(name) && !name.equals("up")) { // up: Prometheus's own, 1 when it scraped
                        problems.add(where + " reads " + name + ", which no service exports (exported-metrics.txt)");
                    }
                }));
        exported.stream()
                .filter(name -> !all.contains(name))
                .forEach(name ->
                        problems.add("exported-metrics.txt lists " + name + ", which no dashboard or alert reads"));
        return problems;
    }

    @Test
    void theMetricReaderFindsTheMetricsOfAnExpressionAndNothingElse() {
        // functions, aggregations, label lists, matchers, ranges, offsets and Grafana variables are not metrics
        assertThat(
                        PromQlMetrics.in(
                                "max by (service, consumer) (thidua_dead_letters{service=~\"$service\"}) > "
                                        + "(max by (service) (thidua_dead_letters offset 15m) or thidua_deliveries{state=\"failed\"} * 0)"))
                .containsExactly("thidua_dead_letters", "thidua_deliveries");
        assertThat(PromQlMetrics.in("histogram_quantile(0.99, sum by (le) (rate(http_server_requests_seconds_bucket"
                        + "{uri=\"/a\"}[$__rate_interval])))"))
                .containsExactly("http_server_requests_seconds_bucket");
        assertThat(PromQlMetrics.in("label_values(thidua_outbox_backlog, service)"))
                .containsExactly("thidua_outbox_backlog");
        assertThat(PromQlMetrics.in("up == 0")).containsExactly("up");
        // a misspelt metric is found, and is not among the exported ones
        assertThat(PromQlMetrics.in("sum(rate(thidua_relay_publish_total[5m]))"))
                .containsExactly("thidua_relay_publish_total");
    }

    @Test
    void eachDashboardHasAUidATitleAndPanelsThatQueryThePrometheusDataSource() throws IOException {
        Set<String> uids = new LinkedHashSet<>();
        for (Path file : dashboards(observability)) {
            Map<String, Object> dashboard = Yamls.map(new Yaml().load(Files.readString(file)));
            assertThat(uids.add(String.valueOf(dashboard.get("uid"))))
                    .as(file + " uid is unique")
                    .isTrue();
            assertThat(String.valueOf(dashboard.get("title")))
                    .as(file.toString())
                    .startsWith("Thidua · ");
            List<Object> panels = Yamls.list(dashboard.get("panels"));
            assertThat(panels).as(file.toString()).isNotEmpty();
            for (Object panel : panels) {
                String title = Yamls.string(panel, "title");
                assertThat(Yamls.string(panel, "datasource", "uid")).as(title).isEqualTo("prometheus");
                assertThat(Yamls.at(panel, "gridPos", "w")).as(title).isNotNull();
                List<Object> targets = Yamls.list(Yamls.at(panel, "targets"));
                assertThat(targets)
                        .as(title)
                        .isNotEmpty()
                        .allSatisfy(target -> assertThat(Yamls.string(target, "expr"))
                                .as(title)
                                .isNotBlank());
            }
        }
        assertThat(uids).containsExactlyInAnyOrder("thidua-suite", "thidua-messaging", "thidua-fanout");
        Map<String, Object> datasources = Yamls.map(new Yaml()
                .load(Files.readString(observability.resolve("grafana/provisioning/datasources/prometheus.yml"))));
        assertThat(Yamls.list(datasources.get("datasources")))
                .singleElement()
                .satisfies(source -> assertThat(Yamls.string(source, "uid")).isEqualTo("prometheus"));
    }

    @Test
    void theKubernetesRuleHasTheComposeRulesAndTheComponentRendersOnTheDevOverlay() throws IOException {
        Map<String, Object> compose =
                Yamls.map(new Yaml().load(Files.readString(observability.resolve("prometheus/alerts.yml"))));
        Map<String, Object> rule = Yamls.map(new Yaml()
                .load(Files.readString(repository.file("deploy/k8s/components/observability/prometheusrule.yaml"))));
        assertThat(Yamls.at(rule, "spec", "groups")).isEqualTo(compose.get("groups"));
        List<String> alerts = new ArrayList<>();
        Yamls.list(compose.get("groups"))
                .forEach(group ->
                        Yamls.list(Yamls.at(group, "rules")).forEach(r -> alerts.add(Yamls.string(r, "alert"))));
        assertThat(alerts)
                .containsExactly(
                        "ThiduaOutboxStuck",
                        "ThiduaDeadLettersGrowing",
                        "ThiduaDeliveriesFailed",
                        "ThiduaConsumerLag",
                        "ThiduaServiceDown",
                        "ThiduaServiceNotReady");

        Deployments deployments = Deployments.rendered();
        Path check =
                Path.of("target", "k8s-with-secrets", "checks", "observability").toAbsolutePath();
        Files.createDirectories(check);
        Files.writeString(check.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                namespace: thidua-dev
                resources:
                  - ../../overlays/dev
                components:
                  - ../../components/observability
                """);
        List<Map<String, Object>> objects = Tools.kustomize(check);
        Map<String, Object> podMonitor = objects.stream()
                .filter(o -> "PodMonitor".equals(o.get("kind")))
                .findFirst()
                .orElseThrow();
        assertThat(Yamls.string(podMonitor, "metadata", "namespace")).isEqualTo("thidua-dev");
        assertThat(Yamls.list(Yamls.at(first(Yamls.at(podMonitor, "spec", "selector", "matchExpressions")), "values")))
                .map(String::valueOf)
                .containsExactlyInAnyOrderElementsOf(
                        deployments.suite.deployables().keySet());
        assertThat(Yamls.string(first(Yamls.at(podMonitor, "spec", "podMetricsEndpoints")), "path"))
                .isEqualTo("/prometheus");
        assertThat(objects)
                .filteredOn(o -> "PrometheusRule".equals(o.get("kind")))
                .singleElement()
                .satisfies(r -> assertThat(Yamls.at(r, "spec", "groups")).isEqualTo(compose.get("groups")));
        // the dev overlay alone does not need the Prometheus Operator's CRDs
        assertThat(deployments.kubernetes.get("dev"))
                .noneMatch(o -> String.valueOf(o.get("apiVersion")).startsWith("monitoring.coreos.com"));
        // every deployable logs JSON on Kubernetes
        for (String name : deployments.suite.deployables().keySet()) {
            assertThat(objects)
                    .as(name)
                    .anyMatch(o -> "ConfigMap".equals(o.get("kind"))
                            && String.valueOf(Yamls.at(o, "metadata", "name"))
                                    .startsWith(name.equals("portal") ? "portal" : "thidua-messaging")
                            && "json".equals(Yamls.at(o, "data", "THIDUA_LOG_FORMAT")));
        }
    }

    @Test
    void theComponentRunsComposesJaegerSendsTheServicesSpansThereAndLoadsTheDashboards() throws IOException {
        Deployments deployments = Deployments.rendered();
        Path check = Path.of("target", "k8s-with-secrets", "checks", "observability-traces")
                .toAbsolutePath();
        Files.createDirectories(check);
        Files.writeString(check.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                namespace: thidua-dev
                resources:
                  - ../../overlays/dev
                components:
                  - ../../components/observability
                """);
        List<Map<String, Object>> objects = Tools.kustomize(check);
        // the rendered overlay with the component still passes every Kubernetes check (environment read, policies)
        assertThat(KubernetesCheck.problems(deployments.suite, "dev+observability", objects))
                .isEmpty();

        // Jaeger: compose's image, hardened as the suite's pods, its OTLP and UI ports behind the Service jaeger
        Map<String, Object> services = Yamls.map(deployments.compose.get("services"));
        Map<String, Object> jaeger =
                KubernetesCheck.named(objects, "Deployment", "jaeger").orElseThrow();
        Object container = first(Yamls.at(jaeger, "spec", "template", "spec", "containers"));
        assertThat(Yamls.string(container, "image")).isEqualTo(Yamls.string(services.get("jaeger"), "image"));
        assertThat(Yamls.at(jaeger, "spec", "template", "spec", "securityContext", "runAsNonRoot"))
                .isEqualTo(true);
        assertThat(Yamls.at(container, "securityContext", "readOnlyRootFilesystem"))
                .isEqualTo(true);
        assertThat(Yamls.at(container, "securityContext", "allowPrivilegeEscalation"))
                .isEqualTo(false);
        assertThat(Yamls.list(Yamls.at(container, "securityContext", "capabilities", "drop")))
                .contains("ALL");
        assertThat(Yamls.at(container, "resources", "requests", "memory")).isNotNull();
        assertThat(Yamls.at(container, "resources", "limits", "memory")).isNotNull();
        Map<String, Object> service =
                KubernetesCheck.named(objects, "Service", "jaeger").orElseThrow();
        assertThat(Yamls.list(Yamls.at(service, "spec", "ports")))
                .map(p -> Yamls.string(p, "port"))
                .containsExactlyInAnyOrder("4317", "4318", "16686");

        // the four services (not the portal) send their spans to it
        Map<String, KubernetesCheck.Workload> workloads = KubernetesCheck.workloads(deployments.suite, objects);
        for (String name : deployments.suite.services().keySet()) {
            assertThat(workloads.get(name).environment())
                    .as(name)
                    .containsEntry("OTEL_EXPORTER_OTLP_ENDPOINT", "http://jaeger:4318");
        }
        assertThat(workloads.get(deployments.suite.portal().name()).environment())
                .doesNotContainKey("OTEL_EXPORTER_OTLP_ENDPOINT");

        // through the default deny: the services reach it on 4318, the namespace monitoring its UI, nothing else
        Map<String, Object> policy =
                KubernetesCheck.named(objects, "NetworkPolicy", "jaeger").orElseThrow();
        List<Object> ingress = Yamls.list(Yamls.at(policy, "spec", "ingress"));
        assertThat(ingress)
                .map(rule -> Yamls.string(first(Yamls.at(rule, "ports")), "port"))
                .containsExactly("4318", "16686");
        assertThat(Yamls.list(Yamls.at(first(Yamls.at(first(ingress), "from")), "podSelector", "matchExpressions")))
                .singleElement()
                .satisfies(e -> assertThat(Yamls.list(Yamls.at(e, "values")))
                        .map(String::valueOf)
                        .containsExactlyInAnyOrderElementsOf(
                                deployments.suite.services().keySet()));
        assertThat(Yamls.string(
                        first(Yamls.at(ingress.get(1), "from")),
                        "namespaceSelector",
                        "matchLabels",
                        "kubernetes.io/metadata.name"))
                .isEqualTo("monitoring");
        assertThat(KubernetesCheck.named(objects, "NetworkPolicy", "services-to-jaeger"))
                .hasValueSatisfying(p -> assertThat(Yamls.string(
                                first(Yamls.at(first(Yamls.at(p, "spec", "egress")), "ports")), "port"))
                        .isEqualTo("4318"));

        // the dashboards, for the Grafana sidecar: the component's copies are deploy/observability's dashboards
        Path copies = repository.file("deploy/k8s/components/observability/dashboards");
        Map<String, String> expected = new LinkedHashMap<>();
        for (Path file : dashboards(observability)) {
            expected.put(file.getFileName().toString(), Files.readString(file));
        }
        Map<String, String> copied = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(copies)) {
            for (Path file : files.sorted().toList()) {
                copied.put(file.getFileName().toString(), Files.readString(file));
            }
        }
        assertThat(copied)
                .as("deploy/k8s/components/observability/dashboards is deploy/observability/grafana/dashboards")
                .isEqualTo(expected);
        Map<String, Object> configMap =
                KubernetesCheck.named(objects, "ConfigMap", "thidua-dashboards").orElseThrow();
        assertThat(Yamls.string(configMap, "metadata", "labels", "grafana_dashboard"))
                .isEqualTo("1");
        assertThat(Yamls.map(configMap.get("data"))).isEqualTo(expected);
    }

    @Test
    void composeRunsPrometheusGrafanaAndJaegerOnlyInTheObservabilityProfileAndScrapesEveryDeployable()
            throws IOException {
        Deployments deployments = Deployments.rendered();
        Map<String, Object> services = Yamls.map(deployments.compose.get("services"));
        for (String tool : List.of("prometheus", "grafana", "jaeger")) {
            assertThat(Yamls.list(Yamls.at(services.get(tool), "profiles")))
                    .as(tool)
                    .containsExactly("observability");
        }
        assertThat(Yamls.string(services.get("jaeger"), "environment", "COLLECTOR_OTLP_ENABLED"))
                .isEqualTo("true");
        Map<String, Object> prometheus =
                Yamls.map(new Yaml().load(Files.readString(observability.resolve("prometheus/prometheus.yml"))));
        Map<String, String> targets = new LinkedHashMap<>();
        Yamls.list(prometheus.get("scrape_configs")).forEach(job -> {
            assertThat(Yamls.string(job, "metrics_path")).isEqualTo("/prometheus");
            targets.put(
                    Yamls.string(job, "job_name"),
                    String.valueOf(Yamls.list(Yamls.at(first(Yamls.at(job, "static_configs")), "targets"))
                            .get(0)));
        });
        assertThat(targets.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        deployments.suite.deployables().keySet());
        targets.forEach((service, target) -> {
            assertThat(target)
                    .as(service)
                    .isEqualTo(service + ":"
                            + Yamls.string(services.get(service), "environment", "MICRONAUT_SERVER_PORT"));
            assertThat(Yamls.string(services.get(service), "environment", "THIDUA_LOG_FORMAT"))
                    .as(service)
                    .isEqualTo("json");
        });
        assertThat(Yamls.list(prometheus.get("rule_files"))).containsExactly("/etc/prometheus/alerts.yml");
    }

    private static Object first(Object list) {
        return Yamls.list(list).get(0);
    }

    private static Set<String> exportedNames(Path dir) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        for (String line : Files.readAllLines(dir.resolve("exported-metrics.txt"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                names.add(line.strip().split("\\s+")[0]);
            }
        }
        return names;
    }

    /** The metrics each dashboard query, dashboard variable and alert expression reads, by where it is. */
    private static Map<String, Set<String>> usedMetrics(Path dir) throws IOException {
        Map<String, Set<String>> used = new LinkedHashMap<>();
        for (Path file : dashboards(dir)) {
            Map<String, Object> dashboard = Yamls.map(new Yaml().load(Files.readString(file)));
            for (Object panel : Yamls.list(dashboard.get("panels"))) {
                for (Object target : Yamls.list(Yamls.at(panel, "targets"))) {
                    used.put(
                            file.getFileName() + ": " + Yamls.string(panel, "title") + " "
                                    + Yamls.string(target, "refId"),
                            PromQlMetrics.in(Yamls.string(target, "expr")));
                }
            }
            for (Object variable : Yamls.list(Yamls.at(dashboard, "templating", "list"))) {
                used.put(
                        file.getFileName() + ": $" + Yamls.string(variable, "name"),
                        PromQlMetrics.in(Yamls.string(variable, "query", "query")));
            }
        }
        Map<String, Object> rules = Yamls.map(new Yaml().load(Files.readString(dir.resolve("prometheus/alerts.yml"))));
        Yamls.list(rules.get("groups"))
                .forEach(group -> Yamls.list(Yamls.at(group, "rules"))
                        .forEach(rule -> used.put(
                                "alert " + Yamls.string(rule, "alert"), PromQlMetrics.in(Yamls.string(rule, "expr")))));
        return used;
    }

    private static List<Path> dashboards(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("grafana/dashboards"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }
}
