package org.thidua.deploy;

import static org.thidua.deploy.Yamls.at;
import static org.thidua.deploy.Yamls.list;
import static org.thidua.deploy.Yamls.map;
import static org.thidua.deploy.Yamls.string;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The objects one overlay renders to (kubectl kustomize) against the code. Returns the problems found. */
final class KubernetesCheck {

    /**
     * One of our services' containers as rendered: its Deployment, container, and the environment it gets from
     * {@code env} and the rendered ConfigMaps and Secrets of {@code envFrom} (a Secret the operator creates, such as
     * prod's database Secrets, is not rendered and adds nothing), with where each variable comes from.
     */
    record Workload(
            String service,
            Map<String, Object> deployment,
            Map<String, Object> container,
            Map<String, String> environment,
            Map<String, String> sources) {

        String image() {
            return string(container, "image");
        }

        /** The container port a probe or a Service's targetPort names (a number or a port name). */
        Integer containerPort(Object portRef) {
            for (Object port : list(container.get("ports"))) {
                if (String.valueOf(portRef).equals(string(port, "name"))
                        || String.valueOf(portRef).equals(string(port, "containerPort"))) {
                    return Integer.valueOf(string(port, "containerPort"));
                }
            }
            return null;
        }
    }

    private final Suite suite;
    private final String overlay;
    private final List<Map<String, Object>> objects;
    private final List<String> problems = new ArrayList<>();

    private KubernetesCheck(Suite suite, String overlay, List<Map<String, Object>> objects) {
        this.suite = suite;
        this.overlay = overlay;
        this.objects = objects;
    }

    static List<String> problems(Suite suite, String overlay, List<Map<String, Object>> objects) {
        KubernetesCheck check = new KubernetesCheck(suite, overlay, objects);
        check.run();
        return check.problems;
    }

    /** Our services' containers in these objects, by service name. */
    static Map<String, Workload> workloads(Suite suite, List<Map<String, Object>> objects) {
        Map<String, Workload> found = new LinkedHashMap<>();
        for (Map<String, Object> deployment : kind(objects, "Deployment")) {
            for (Object c : list(at(deployment, "spec", "template", "spec", "containers"))) {
                Map<String, Object> container = map(c);
                String image = string(container, "image");
                if (image == null || !image.startsWith("thidua/")) {
                    continue;
                }
                String service = image.substring("thidua/".length()).replaceFirst(":.*$", "");
                Map<String, String> env = new LinkedHashMap<>();
                Map<String, String> sources = new LinkedHashMap<>();
                for (Object from : list(container.get("envFrom"))) {
                    String configMap = string(from, "configMapRef", "name");
                    String secret = string(from, "secretRef", "name");
                    if (configMap != null) {
                        named(objects, "ConfigMap", configMap)
                                .ifPresent(cm -> data(cm, false).forEach((k, v) -> {
                                    env.put(k, v);
                                    sources.put(k, "ConfigMap " + configMap);
                                }));
                    }
                    if (secret != null) {
                        named(objects, "Secret", secret)
                                .ifPresent(s -> data(s, true).forEach((k, v) -> {
                                    env.put(k, v);
                                    sources.put(k, "Secret " + secret);
                                }));
                    }
                }
                for (Object e : list(container.get("env"))) {
                    env.put(string(e, "name"), Objects.toString(string(e, "value"), ""));
                    sources.put(string(e, "name"), "env");
                }
                found.put(service, new Workload(service, deployment, container, env, sources));
            }
        }
        return found;
    }

    private void run() {
        Map<String, Workload> workloads = workloads(suite, objects);
        for (String service : suite.deployables().keySet()) {
            if (!workloads.containsKey(service)) {
                problems.add(where(service) + ": no Deployment runs it");
            }
        }
        workloads.values().forEach(w -> checkWorkload(w, workloads));
        Map<String, Set<String>> given = new LinkedHashMap<>();
        workloads.forEach((service, w) -> given.put(service, w.environment().keySet()));
        problems.addAll(suite.unevenSettings(overlay, given));
        checkAutoscaling(workloads);
        checkKafka(workloads);
        problems.addAll(AccessCheck.problems(suite, overlay, objects, workloads));
    }

    private String where(String what) {
        return overlay + " " + what;
    }

    private void checkWorkload(Workload w, Map<String, Workload> all) {
        String where = where(w.service());
        ServiceConfiguration config = suite.configuration(w.service());
        if (config == null) {
            problems.add(where + ": image " + w.image() + " is not one of the suite's services nor the portal");
            return;
        }
        if (!suite.image(w.service()).equals(w.image())) {
            problems.add(where + ": image " + w.image() + ", expected " + suite.image(w.service()));
        }
        checkEnvironment(w, all);
        int port = config.port(w.environment());
        Integer http = w.containerPort("http");
        if (http == null || http != port) {
            problems.add(where + ": containerPort http is " + http + ", the service listens on " + port);
        }
        checkProbe(w, "readinessProbe", config.readinessPath(), port);
        checkProbe(w, "livenessProbe", config.livenessPath(), port);
        if (at(w.container(), "startupProbe") != null) {
            checkProbe(w, "startupProbe", null, port);
        }
        checkHardening(w);
        checkServiceAndBudget(w, port);
        checkInClusterAddresses(w);
        problems.addAll(DevelopmentSignIn.problems(where, w.environment()));
    }

    /** Whether the workload's service uses Kafka (the portal does not). */
    boolean usesKafka(Workload w) {
        return suite.configuration(w.service()).properties().contains("kafka.bootstrap.servers");
    }

    /** Every variable is read by the service's configuration (or, from a shared source, by one of its sharers). */
    private void checkEnvironment(Workload w, Map<String, Workload> all) {
        for (Object from : list(w.container().get("envFrom"))) {
            String configMap = string(from, "configMapRef", "name");
            if (configMap != null
                    && named(objects, "ConfigMap", configMap).isEmpty()
                    && !"true".equals(string(from, "configMapRef", "optional"))) {
                problems.add(where(w.service()) + ": envFrom ConfigMap " + configMap + ", which is not rendered");
            }
        }
        for (String name : w.environment().keySet()) {
            if (suite.reads(w.service(), name)) {
                continue;
            }
            // a ConfigMap or Secret several services share carries suite-wide settings: each is for one of them at
            // least
            String source = w.sources().get(name);
            List<String> sharers = all.values().stream()
                    .filter(other -> other != w)
                    .filter(other -> !"env".equals(source)
                            && source.equals(other.sources().get(name)))
                    .map(Workload::service)
                    .toList();
            if (sharers.stream().noneMatch(other -> suite.reads(other, name))) {
                problems.add(where(w.service()) + ": environment " + name + " is read by nothing in "
                        + (sharers.isEmpty() ? w.service() + "'s configuration" : "the services sharing " + source));
            }
        }
    }

    /** Requests and limits, non-root, read-only root filesystem, no privilege escalation, no capabilities. */
    private void checkHardening(Workload w) {
        String where = where(w.service());
        for (String resource : List.of("requests.cpu", "requests.memory", "limits.memory")) {
            String[] path = resource.split("\\.");
            if (at(w.container(), "resources", path[0], path[1]) == null) {
                problems.add(where + ": no resources." + resource);
            }
        }
        Object nonRoot = at(w.container(), "securityContext", "runAsNonRoot");
        if (nonRoot == null) {
            nonRoot = at(w.deployment(), "spec", "template", "spec", "securityContext", "runAsNonRoot");
        }
        if (!Boolean.TRUE.equals(nonRoot)) {
            problems.add(where + ": runAsNonRoot is not true");
        }
        if (!Boolean.TRUE.equals(at(w.container(), "securityContext", "readOnlyRootFilesystem"))) {
            problems.add(where + ": the root filesystem is not read-only");
        }
        if (!Boolean.FALSE.equals(at(w.container(), "securityContext", "allowPrivilegeEscalation"))) {
            problems.add(where + ": allowPrivilegeEscalation is not false");
        }
        if (!list(at(w.container(), "securityContext", "capabilities", "drop")).contains("ALL")) {
            problems.add(where + ": capabilities are not all dropped");
        }
    }

    /** A Service selects the pods and targets the port the service listens on; a PodDisruptionBudget covers them. */
    private void checkServiceAndBudget(Workload w, int port) {
        String where = where(w.service());
        Map<String, Object> labels = map(at(w.deployment(), "spec", "template", "metadata", "labels"));
        List<Map<String, Object>> services = kind(objects, "Service").stream()
                .filter(s -> selects(map(at(s, "spec", "selector")), labels))
                .toList();
        if (services.isEmpty()) {
            problems.add(where + ": no Service selects its pods");
        }
        for (Map<String, Object> service : services) {
            for (Object p : list(at(service, "spec", "ports"))) {
                Integer target = w.containerPort(Objects.requireNonNullElse(at(p, "targetPort"), at(p, "port")));
                if (target == null || target != port) {
                    problems.add(where + ": Service " + string(service, "metadata", "name") + " port "
                            + string(p, "port") + " targets " + target + ", the service listens on " + port);
                }
            }
        }
        boolean budget = kind(objects, "PodDisruptionBudget").stream()
                .anyMatch(pdb -> selects(map(at(pdb, "spec", "selector", "matchLabels")), labels));
        if (!budget) {
            problems.add(where + ": no PodDisruptionBudget");
        }
    }

    /** The database and SMTP server a service is given, when they are short in-cluster names, are rendered Services. */
    private void checkInClusterAddresses(Workload w) {
        Map<String, String> addresses = new LinkedHashMap<>();
        String jdbc = w.environment().get("DATASOURCES_DEFAULT_URL");
        if (jdbc != null) {
            String hostPort = jdbc.replaceFirst("^jdbc:\\w+://", "").replaceFirst("[/?].*$", "");
            addresses.put("DATASOURCES_DEFAULT_URL", hostPort.contains(":") ? hostPort : hostPort + ":3306");
        }
        if (w.environment().containsKey("SMTP_HOST")) {
            addresses.put(
                    "SMTP_HOST",
                    w.environment().get("SMTP_HOST") + ":" + w.environment().getOrDefault("SMTP_PORT", "25"));
        }
        // the services the portal calls
        for (String variable : ComposeCheck.dependencies(suite.configuration(w.service()))) {
            String url = w.environment().get(variable);
            if (variable.startsWith("MICRONAUT_HTTP_SERVICES_")) {
                if (url == null) {
                    problems.add(
                            where(w.service()) + ": " + variable + " is not set (the default points at 127.0.0.1)");
                } else {
                    URI uri = URI.create(url);
                    addresses.put(variable, uri.getHost() + ":" + (uri.getPort() < 0 ? 80 : uri.getPort()));
                }
            }
        }
        addresses.forEach((variable, hostPort) -> {
            String host = hostPort.substring(0, hostPort.lastIndexOf(':'));
            String port = hostPort.substring(hostPort.lastIndexOf(':') + 1);
            if (host.contains(".")) {
                return; // outside the cluster, or a full DNS name: not ours to check
            }
            boolean served = named(objects, "Service", host).stream()
                    .flatMap(service -> list(at(service, "spec", "ports")).stream())
                    .anyMatch(p -> port.equals(string(p, "port")));
            if (!served) {
                problems.add(where(w.service()) + ": " + variable + " points at " + hostPort
                        + ", which no rendered Service serves");
            }
        });
    }

    private void checkProbe(Workload w, String probe, String expectedPath, int port) {
        String where = where(w.service()) + " " + probe;
        Object httpGet = at(w.container(), probe, "httpGet");
        if (httpGet == null) {
            problems.add(where + ": missing (an HTTP probe of " + expectedPath + " is expected)");
            return;
        }
        String path = string(httpGet, "path");
        if (!suite.configuration(w.service()).healthPaths().contains(path)) {
            problems.add(where + ": path " + path + " is not a health endpoint of the service "
                    + suite.configuration(w.service()).healthPaths());
        } else if (expectedPath != null && !expectedPath.equals(path)) {
            problems.add(where + ": path " + path + ", expected " + expectedPath);
        }
        Integer probed = w.containerPort(at(httpGet, "port"));
        if (probed == null || probed != port) {
            problems.add(
                    where + ": port " + string(httpGet, "port") + " is " + probed + ", the service listens on " + port);
        }
    }

    /** With autoscaling rendered, every service has one autoscaler: an HPA, or a KEDA ScaledObject on consumer lag. */
    private void checkAutoscaling(Map<String, Workload> workloads) {
        List<Map<String, Object>> hpas = kind(objects, "HorizontalPodAutoscaler");
        List<Map<String, Object>> scaledObjects = kind(objects, "ScaledObject");
        for (Map<String, Object> scaled : scaledObjects) {
            String target = string(scaled, "spec", "scaleTargetRef", "name");
            Workload w = workloads.values().stream()
                    .filter(x -> target != null && target.equals(string(x.deployment(), "metadata", "name")))
                    .findFirst()
                    .orElse(null);
            if (w == null) {
                problems.add(where("ScaledObject " + string(scaled, "metadata", "name")) + ": targets " + target
                        + ", which is not one of the suite's Deployments");
                continue;
            }
            for (Object trigger : list(at(scaled, "spec", "triggers"))) {
                if (!"kafka".equals(string(trigger, "type"))) {
                    continue;
                }
                String group = string(trigger, "metadata", "consumerGroup");
                if (!suite.configuration(w.service()).consumerGroups().contains(group)) {
                    problems.add(where("ScaledObject " + target) + ": consumer group " + group + " is not one of "
                            + w.service() + "'s "
                            + suite.configuration(w.service()).consumerGroups());
                }
                String bootstrap = string(trigger, "metadata", "bootstrapServers");
                if (!Objects.equals(bootstrap, w.environment().get("KAFKA_BOOTSTRAP_SERVERS"))) {
                    problems.add(where("ScaledObject " + target) + ": bootstrapServers " + bootstrap
                            + ", the service uses " + w.environment().get("KAFKA_BOOTSTRAP_SERVERS"));
                }
            }
        }
        if (hpas.isEmpty() && scaledObjects.isEmpty()) {
            return;
        }
        for (Workload w : workloads.values()) {
            String name = string(w.deployment(), "metadata", "name");
            long scalers = hpas.stream()
                            .filter(h -> name.equals(string(h, "spec", "scaleTargetRef", "name")))
                            .count()
                    + scaledObjects.stream()
                            .filter(s -> name.equals(string(s, "spec", "scaleTargetRef", "name")))
                            .count();
            if (scalers != 1) {
                problems.add(where(w.service()) + ": " + scalers + " autoscalers (HPA or ScaledObject), expected one");
            }
        }
    }

    /** Strimzi: the Kafka the services are pointed at, and a KafkaTopic for every topic, sized as the services size it. */
    private void checkKafka(Map<String, Workload> workloads) {
        List<Map<String, Object>> clusters = kind(objects, "Kafka");
        if (clusters.size() != 1) {
            problems.add(where("Kafka") + ": " + clusters.size() + " Kafka resources, expected one");
            return;
        }
        Map<String, Object> kafka = clusters.get(0);
        String cluster = string(kafka, "metadata", "name");
        if (!suite.kafkaVersion().equals(string(kafka, "spec", "kafka", "version"))) {
            problems.add(where("Kafka") + ": version " + string(kafka, "spec", "kafka", "version")
                    + ", the suite's broker is " + suite.kafkaVersion());
        }
        int brokers = kind(objects, "KafkaNodePool").stream()
                .filter(pool -> cluster.equals(string(pool, "metadata", "labels", "strimzi.io/cluster")))
                .filter(pool -> list(at(pool, "spec", "roles")).contains("broker"))
                .mapToInt(pool -> Integer.parseInt(string(pool, "spec", "replicas")))
                .sum();
        if (brokers == 0) {
            problems.add(where("Kafka") + ": no KafkaNodePool with the broker role for " + cluster);
        }
        Map<String, Object> bootstraps = new LinkedHashMap<>();
        for (Object listener : list(at(kafka, "spec", "kafka", "listeners"))) {
            bootstraps.put(cluster + "-kafka-bootstrap:" + string(listener, "port"), listener);
        }
        Map<String, Map<String, Object>> topics = new LinkedHashMap<>();
        for (Map<String, Object> topic : kind(objects, "KafkaTopic")) {
            String name =
                    Objects.requireNonNullElse(string(topic, "spec", "topicName"), string(topic, "metadata", "name"));
            topics.put(name, topic);
            if (!cluster.equals(string(topic, "metadata", "labels", "strimzi.io/cluster"))) {
                problems.add(where("KafkaTopic " + name) + ": not labelled strimzi.io/cluster=" + cluster);
            }
            if (!suite.topics().contains(name)) {
                problems.add(where("KafkaTopic " + name) + ": no such topic in org.thidua.contracts.Topics");
            }
            if (string(topic, "spec", "config", "retention.ms") == null) {
                problems.add(where("KafkaTopic " + name) + ": no retention.ms");
            }
            int replicas = Integer.parseInt(Objects.requireNonNullElse(string(topic, "spec", "replicas"), "0"));
            if (replicas < 1 || replicas > brokers) {
                problems.add(where("KafkaTopic " + name) + ": " + replicas + " replicas on " + brokers + " brokers");
            }
        }
        for (String topic : suite.topics()) {
            if (!topics.containsKey(topic)) {
                problems.add(where("Kafka") + ": no KafkaTopic for " + topic);
            }
        }
        for (Workload w : workloads.values().stream().filter(this::usesKafka).toList()) {
            String bootstrap = w.environment().get("KAFKA_BOOTSTRAP_SERVERS");
            if (!bootstraps.containsKey(bootstrap)) {
                problems.add(where(w.service()) + ": KAFKA_BOOTSTRAP_SERVERS " + bootstrap + " is not a listener of "
                        + "Kafka " + cluster + " " + bootstraps.keySet());
            } else {
                // the client speaks what the listener asks: TLS or not, a SCRAM login or none
                Object listener = bootstraps.get(bootstrap);
                boolean tls = "true".equals(string(listener, "tls"));
                boolean scram = String.valueOf(string(listener, "authentication", "type"))
                        .startsWith("scram");
                String expected = scram ? (tls ? "SASL_SSL" : "SASL_PLAINTEXT") : (tls ? "SSL" : "PLAINTEXT");
                String protocol = w.environment().getOrDefault("KAFKA_SECURITY_PROTOCOL", "PLAINTEXT");
                if (!expected.equals(protocol)) {
                    problems.add(where(w.service()) + ": KAFKA_SECURITY_PROTOCOL " + protocol + ", the listener "
                            + string(listener, "name") + " of Kafka " + cluster + " needs " + expected);
                }
            }
            // a topic the service finds missing is created with these; they must agree with the KafkaTopics
            for (var sizing : Map.of(
                            "THIDUA_MESSAGING_PARTITIONS",
                            "partitions",
                            "THIDUA_MESSAGING_REPLICATION_FACTOR",
                            "replicas")
                    .entrySet()) {
                String value = w.environment().get(sizing.getKey());
                for (var topic : topics.entrySet()) {
                    String declared = string(topic.getValue(), "spec", sizing.getValue());
                    if (!Objects.equals(value, declared)) {
                        problems.add(where(w.service()) + ": " + sizing.getKey() + "=" + value + " but KafkaTopic "
                                + topic.getKey() + " has " + sizing.getValue() + " " + declared);
                        break;
                    }
                }
            }
        }
    }

    static List<Map<String, Object>> kind(List<Map<String, Object>> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
    }

    static Optional<Map<String, Object>> named(List<Map<String, Object>> objects, String kind, String name) {
        return kind(objects, kind).stream()
                .filter(o -> name.equals(string(o, "metadata", "name")))
                .findFirst();
    }

    private static Map<String, String> data(Map<String, Object> object, boolean secret) {
        Map<String, String> data = new LinkedHashMap<>();
        map(object.get("data"))
                .forEach((k, v) -> data.put(
                        k,
                        secret
                                ? new String(Base64.getMimeDecoder().decode(String.valueOf(v)), StandardCharsets.UTF_8)
                                : String.valueOf(v)));
        map(object.get("stringData")).forEach((k, v) -> data.put(k, String.valueOf(v)));
        return data;
    }

    private static boolean selects(Map<String, Object> selector, Map<String, Object> labels) {
        return !selector.isEmpty()
                && selector.entrySet().stream()
                        .allMatch(e ->
                                Objects.equals(String.valueOf(e.getValue()), String.valueOf(labels.get(e.getKey()))));
    }
}
