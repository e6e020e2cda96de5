package org.thidua.deploy;

import static org.thidua.deploy.KubernetesCheck.kind;
import static org.thidua.deploy.KubernetesCheck.named;
import static org.thidua.deploy.Yamls.at;
import static org.thidua.deploy.Yamls.list;
import static org.thidua.deploy.Yamls.map;
import static org.thidua.deploy.Yamls.string;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.thidua.contracts.Topics;

/**
 * Who may reach what in one rendered overlay (ADR 52), against the code:
 * <ul>
 *   <li>Kafka: authorization is on, every listener asks a login and admits only the pods named in
 *       {@code networkPolicyPeers}; each service logs in as a KafkaUser whose ACLs are exactly what the service uses:
 *       Write and Describe on the topics it publishes ({@link Topics#publisher}) and on its dead-letter topic, Read and
 *       Describe on the topics its {@code @KafkaListener}s read, Read on its consumer groups.</li>
 *   <li>NetworkPolicies: a default deny of ingress and egress, DNS, the services' way to Kafka, the portal's way
 *       from the ingress controller and to each service's HTTP port, the services' HTTP open to the portal, and a
 *       database that admits the services' pods only.</li>
 *   <li>Ingresses: the portal is the one way in from outside (ADR 56); no Ingress routes to a service.</li>
 * </ul>
 */
final class AccessCheck {

    private static final String NAME_LABEL = "app.kubernetes.io/name";

    private final Suite suite;
    private final String overlay;
    private final List<Map<String, Object>> objects;
    private final Map<String, KubernetesCheck.Workload> workloads;
    private final List<String> problems = new ArrayList<>();

    private AccessCheck(
            Suite suite,
            String overlay,
            List<Map<String, Object>> objects,
            Map<String, KubernetesCheck.Workload> workloads) {
        this.suite = suite;
        this.overlay = overlay;
        this.objects = objects;
        this.workloads = workloads;
    }

    static List<String> problems(
            Suite suite,
            String overlay,
            List<Map<String, Object>> objects,
            Map<String, KubernetesCheck.Workload> workloads) {
        AccessCheck check = new AccessCheck(suite, overlay, objects, workloads);
        List<Map<String, Object>> clusters = kind(objects, "Kafka");
        if (clusters.size() == 1) {
            check.checkKafka(clusters.get(0));
        }
        check.checkNetworkPolicies();
        check.checkIngresses();
        return check.problems;
    }

    /** What {@code service} does on Kafka, by resource ({@code topic thidua.units.v1}, {@code group x}). */
    static Map<String, Set<String>> expectedAcls(Suite suite, String service) {
        Map<String, Set<String>> acls = new LinkedHashMap<>();
        List<String> written = new ArrayList<>();
        Topics.ALL.stream()
                .filter(topic -> Topics.publisher(topic).equals(service))
                .forEach(written::add);
        written.add(Topics.deadLetters(service));
        written.forEach(topic -> acls.computeIfAbsent("topic " + topic, k -> new LinkedHashSet<>())
                .addAll(List.of("Write", "Describe")));
        ServiceConfiguration config = suite.configuration(service);
        config.consumedTopics()
                .forEach(topic -> acls.computeIfAbsent("topic " + topic, k -> new LinkedHashSet<>())
                        .addAll(List.of("Read", "Describe")));
        config.consumerGroups()
                .forEach(group -> acls.computeIfAbsent("group " + group, k -> new LinkedHashSet<>())
                        .add("Read"));
        return acls;
    }

    private void checkKafka(Map<String, Object> kafka) {
        String cluster = string(kafka, "metadata", "name");
        if (!"simple".equals(string(kafka, "spec", "kafka", "authorization", "type"))) {
            problems.add(overlay + " Kafka: no authorization, the KafkaUsers' ACLs are not enforced");
        }
        for (Object listener : list(at(kafka, "spec", "kafka", "listeners"))) {
            String where = overlay + " Kafka listener " + string(listener, "name");
            if (string(listener, "authentication", "type") == null) {
                problems.add(where + ": no authentication, any client may publish");
            }
            List<Object> peers = list(at(listener, "networkPolicyPeers"));
            if (peers.isEmpty()) {
                problems.add(where + ": every pod may connect (no networkPolicyPeers)");
            }
            for (Object peer : peers) {
                if (map(at(peer, "podSelector")).isEmpty()) {
                    problems.add(where + ": a networkPolicyPeer admits every pod of a namespace");
                }
            }
        }
        Set<String> used = new LinkedHashSet<>();
        for (KubernetesCheck.Workload w : kafkaClients()) {
            String where = overlay + " " + w.service();
            String user = jaasSecret(w);
            if (user == null) {
                problems.add(where + ": KAFKA_SASL_JAAS_CONFIG does not come from its KafkaUser's Secret");
                continue;
            }
            used.add(user);
            Map<String, Object> kafkaUser = named(objects, "KafkaUser", user).orElse(null);
            if (kafkaUser == null) {
                problems.add(where + ": logs in to Kafka as " + user + ", which no KafkaUser declares");
                continue;
            }
            if (!cluster.equals(string(kafkaUser, "metadata", "labels", "strimzi.io/cluster"))) {
                problems.add(where + ": KafkaUser " + user + " is not labelled strimzi.io/cluster=" + cluster);
            }
            compare(where + ": KafkaUser " + user, w.service(), expectedAcls(suite, w.service()), acls(kafkaUser));
        }
        for (Map<String, Object> kafkaUser : kind(objects, "KafkaUser")) {
            String name = string(kafkaUser, "metadata", "name");
            if (!used.contains(name) && !usedByAutoscaler(name)) {
                problems.add(overlay + " KafkaUser " + name + ": no service logs in as it");
            }
        }
    }

    private void compare(
            String where, String service, Map<String, Set<String>> expected, Map<String, Set<String>> actual) {
        expected.forEach((resource, operations) -> operations.forEach(operation -> {
            if (!actual.getOrDefault(resource, Set.of()).contains(operation)) {
                problems.add(where + " lacks " + operation + " on " + resource);
            }
        }));
        actual.forEach((resource, operations) -> operations.forEach(operation -> {
            if (!expected.getOrDefault(resource, Set.of()).contains(operation)) {
                problems.add(
                        where + " allows " + operation + " on " + resource + ", which " + service + " does not use");
            }
        }));
    }

    /** A KafkaUser's ACLs by resource; a prefix or wildcard resource is named with a {@code *}. */
    private static Map<String, Set<String>> acls(Map<String, Object> kafkaUser) {
        Map<String, Set<String>> acls = new LinkedHashMap<>();
        for (Object acl : list(at(kafkaUser, "spec", "authorization", "acls"))) {
            String name = string(acl, "resource", "name");
            String pattern = Objects.requireNonNullElse(string(acl, "resource", "patternType"), "literal");
            String resource = string(acl, "resource", "type") + " "
                    + ("cluster".equals(string(acl, "resource", "type")) ? "" : name)
                    + ("literal".equals(pattern) && !"*".equals(name) ? "" : "*");
            Set<String> operations = acls.computeIfAbsent(resource.strip(), k -> new LinkedHashSet<>());
            list(at(acl, "operations")).forEach(op -> operations.add(String.valueOf(op)));
            if (string(acl, "operation") != null) {
                operations.add(string(acl, "operation"));
            }
        }
        return acls;
    }

    /** The Secret a workload's {@code KAFKA_SASL_JAAS_CONFIG} comes from: its KafkaUser (Strimzi names it so). */
    private static String jaasSecret(KubernetesCheck.Workload w) {
        for (Object env : list(w.container().get("env"))) {
            if ("KAFKA_SASL_JAAS_CONFIG".equals(string(env, "name"))) {
                return string(env, "valueFrom", "secretKeyRef", "name");
            }
        }
        return null;
    }

    private boolean usedByAutoscaler(String user) {
        return kind(objects, "TriggerAuthentication").stream()
                .flatMap(t -> list(at(t, "spec", "secretTargetRef")).stream())
                .anyMatch(ref -> user.equals(string(ref, "name")));
    }

    private void checkNetworkPolicies() {
        List<Map<String, Object>> policies = kind(objects, "NetworkPolicy");
        boolean defaultDeny = policies.stream()
                .anyMatch(p -> map(at(p, "spec", "podSelector")).isEmpty()
                        && list(at(p, "spec", "policyTypes")).containsAll(List.of("Ingress", "Egress"))
                        && list(at(p, "spec", "ingress")).isEmpty()
                        && list(at(p, "spec", "egress")).isEmpty());
        if (!defaultDeny) {
            problems.add(overlay + " NetworkPolicy: no default deny of every pod's ingress and egress");
        }
        boolean dns = policies.stream()
                .anyMatch(p -> map(at(p, "spec", "podSelector")).isEmpty()
                        && list(at(p, "spec", "egress")).stream()
                                .anyMatch(rule -> ports(rule).contains("53")));
        if (!dns) {
            problems.add(overlay + " NetworkPolicy: no egress to DNS (port 53) for every pod");
        }
        String kafkaPort = kind(objects, "Kafka").stream()
                .flatMap(k -> list(at(k, "spec", "kafka", "listeners")).stream())
                .map(l -> string(l, "port"))
                .findFirst()
                .orElse(null);
        KubernetesCheck.Workload portal = workloads.get(suite.portal().name());
        for (KubernetesCheck.Workload w : workloads.values()) {
            List<Map<String, Object>> own = policiesOf(w, policies);
            if (kafkaPort != null
                    && kafkaClients().contains(w)
                    && own.stream()
                            .flatMap(p -> list(at(p, "spec", "egress")).stream())
                            .noneMatch(
                                    rule -> ports(rule).isEmpty() || ports(rule).contains(kafkaPort))) {
                problems.add(
                        overlay + " " + w.service() + ": no NetworkPolicy lets it reach Kafka on port " + kafkaPort);
            }
            List<Object> ingress = own.stream()
                    .flatMap(p -> list(at(p, "spec", "ingress")).stream())
                    .toList();
            if (w == portal) {
                // from outside the namespace: the ingress controller's
                if (ingress.stream()
                        .flatMap(rule -> list(at(rule, "from")).stream())
                        .noneMatch(peer -> at(peer, "namespaceSelector") != null)) {
                    problems.add(
                            overlay + " " + w.service() + ": no NetworkPolicy lets the ingress controller reach it");
                }
            } else if (portal != null) {
                Map<String, Object> portalLabels = podLabels(portal);
                if (ingress.stream()
                        .flatMap(rule -> list(at(rule, "from")).stream())
                        .noneMatch(peer -> at(peer, "namespaceSelector") == null
                                && selects(map(at(peer, "podSelector")), portalLabels))) {
                    problems.add(overlay + " " + w.service() + ": no NetworkPolicy lets the portal reach it");
                }
                Integer port = w.containerPort("http");
                List<Object> egress = policiesOf(portal, policies).stream()
                        .flatMap(p -> list(at(p, "spec", "egress")).stream())
                        .toList();
                boolean reached = egress.stream()
                        .anyMatch(rule -> (ports(rule).isEmpty()
                                        || ports(rule).contains("http")
                                        || ports(rule).contains(String.valueOf(port)))
                                && (list(at(rule, "to")).isEmpty()
                                        || list(at(rule, "to")).stream()
                                                .anyMatch(peer -> at(peer, "namespaceSelector") == null
                                                        && selects(map(at(peer, "podSelector")), podLabels(w)))));
                if (!reached) {
                    problems.add(
                            overlay + " portal: no NetworkPolicy lets it reach " + w.service() + " on port " + port);
                }
            } else if (ingress.isEmpty()) {
                problems.add(overlay + " " + w.service() + ": no NetworkPolicy lets anything reach it");
            }
        }
        for (Map<String, Object> database : databases()) {
            String where = overlay + " " + string(database, "metadata", "name");
            Map<String, Object> labels = map(at(database, "spec", "template", "metadata", "labels"));
            List<Object> rules = policies.stream()
                    .filter(p -> selects(map(at(p, "spec", "podSelector")), labels))
                    .flatMap(p -> list(at(p, "spec", "ingress")).stream())
                    .toList();
            if (rules.isEmpty()) {
                problems.add(where + ": no NetworkPolicy lets the services reach it");
            }
            for (Object rule : rules) {
                List<Object> from = list(at(rule, "from"));
                if (from.isEmpty()) {
                    problems.add(where + ": a NetworkPolicy admits every pod and address");
                }
                for (Object peer : from) {
                    if (at(peer, "namespaceSelector") != null
                            || at(peer, "ipBlock") != null
                            || !onlyServices(map(at(peer, "podSelector")))) {
                        problems.add(where + ": a NetworkPolicy admits more than the suite's services");
                    }
                }
            }
        }
    }

    /** The portal is the one way in: every Ingress routes to it only, and one does when the portal runs. */
    private void checkIngresses() {
        KubernetesCheck.Workload portal = workloads.get(suite.portal().name());
        boolean routed = false;
        for (Map<String, Object> ingress : kind(objects, "Ingress")) {
            String where = overlay + " Ingress " + string(ingress, "metadata", "name");
            List<String> backends = new ArrayList<>();
            if (string(ingress, "spec", "defaultBackend", "service", "name") != null) {
                backends.add(string(ingress, "spec", "defaultBackend", "service", "name"));
            }
            for (Object rule : list(at(ingress, "spec", "rules"))) {
                for (Object path : list(at(rule, "http", "paths"))) {
                    backends.add(string(path, "backend", "service", "name"));
                }
            }
            for (String backend : backends) {
                Map<String, Object> service =
                        named(objects, "Service", String.valueOf(backend)).orElse(null);
                // a Service's selector is plain labels, not a label selector
                Map<String, Object> selector = service == null ? Map.of() : map(at(service, "spec", "selector"));
                boolean toPortal = portal != null
                        && !selector.isEmpty()
                        && selects(Map.of("matchLabels", selector), podLabels(portal));
                if (toPortal) {
                    routed = true;
                } else {
                    problems.add(
                            where + ": routes to " + backend + ", which is not the portal (the services stay inside)");
                }
            }
        }
        if (portal != null && !routed) {
            problems.add(overlay + " portal: no Ingress routes to it");
        }
        // e-mails link to the portal: through an Ingress host that routes to it, or this machine (port-forward)
        Set<String> hosts = new LinkedHashSet<>(List.of("localhost", "127.0.0.1"));
        for (Map<String, Object> ingress : kind(objects, "Ingress")) {
            list(at(ingress, "spec", "rules")).forEach(rule -> hosts.add(string(rule, "host")));
        }
        for (KubernetesCheck.Workload w : workloads.values()) {
            String url = w.environment().get("THIDUA_PORTAL_URL");
            if (url != null && !url.isBlank() && !hosts.contains(URI.create(url).getHost())) {
                problems.add(overlay + " " + w.service() + ": THIDUA_PORTAL_URL " + url + " is no host of an Ingress "
                        + "to the portal " + hosts);
            }
        }
    }

    private List<KubernetesCheck.Workload> kafkaClients() {
        return workloads.values().stream()
                .filter(w -> suite.configuration(w.service()) != null
                        && suite.configuration(w.service()).properties().contains("kafka.bootstrap.servers"))
                .toList();
    }

    private static Map<String, Object> podLabels(KubernetesCheck.Workload w) {
        return map(at(w.deployment(), "spec", "template", "metadata", "labels"));
    }

    private static List<Map<String, Object>> policiesOf(
            KubernetesCheck.Workload w, List<Map<String, Object>> policies) {
        return policies.stream()
                .filter(p -> selects(map(at(p, "spec", "podSelector")), podLabels(w)))
                .toList();
    }

    /** The workloads running a database image (MySQL or MariaDB). */
    private List<Map<String, Object>> databases() {
        List<Map<String, Object>> found = new ArrayList<>();
        for (String kind : List.of("StatefulSet", "Deployment")) {
            for (Map<String, Object> workload : kind(objects, kind)) {
                boolean database = list(at(workload, "spec", "template", "spec", "containers")).stream()
                        .map(c -> String.valueOf(string(c, "image")))
                        .anyMatch(image -> image.startsWith("mysql:") || image.startsWith("mariadb:"));
                if (database) {
                    found.add(workload);
                }
            }
        }
        return found;
    }

    /** The ports a NetworkPolicy rule names (numbers or names), empty when it names none (every port). */
    private static List<String> ports(Object rule) {
        return list(at(rule, "ports")).stream()
                .map(p -> string(p, "port"))
                .filter(Objects::nonNull)
                .toList();
    }

    /** Whether a pod selector selects nothing but the suite's services' pods (by their name label). */
    private boolean onlyServices(Map<String, Object> selector) {
        String named = string(selector, "matchLabels", NAME_LABEL);
        if (named != null) {
            return suite.services().containsKey(named);
        }
        return list(selector.get("matchExpressions")).stream()
                .anyMatch(e -> NAME_LABEL.equals(string(e, "key"))
                        && "In".equals(string(e, "operator"))
                        && list(at(e, "values")).stream()
                                .allMatch(v -> suite.services().containsKey(String.valueOf(v))));
    }

    /** Whether a label selector (matchLabels, matchExpressions In/NotIn/Exists/DoesNotExist) selects these labels. */
    static boolean selects(Map<String, Object> selector, Map<String, Object> labels) {
        for (var label : map(selector.get("matchLabels")).entrySet()) {
            if (!String.valueOf(label.getValue()).equals(String.valueOf(labels.get(label.getKey())))) {
                return false;
            }
        }
        for (Object expression : list(selector.get("matchExpressions"))) {
            String key = string(expression, "key");
            Object value = labels.get(key);
            List<String> values =
                    list(at(expression, "values")).stream().map(String::valueOf).toList();
            boolean matches = switch (String.valueOf(string(expression, "operator"))) {
                case "In" -> value != null && values.contains(String.valueOf(value));
                case "NotIn" -> value == null || !values.contains(String.valueOf(value));
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> false;
            };
            if (!matches) {
                return false;
            }
        }
        return true;
    }
}
