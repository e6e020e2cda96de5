package org.thidua.deploy;

import static org.thidua.deploy.KubernetesCheck.kind;
import static org.thidua.deploy.KubernetesCheck.named;
import static org.thidua.deploy.Yamls.at;
import static org.thidua.deploy.Yamls.list;
import static org.thidua.deploy.Yamls.map;
import static org.thidua.deploy.Yamls.string;

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
 *   <li>NetworkPolicies: a default deny of ingress and egress, DNS, the services' way to Kafka and from the ingress
 *       controller, and a database that admits the services' pods only.</li>
 * </ul>
 */
final class AccessCheck {

    private static final String NAME_LABEL = "app.kubernetes.io/name";

    private final Suite suite;
    private final String overlay;
    private final List<Map<String, Object>> objects;
    private final Map<String, KubernetesCheck.Workload> workloads;
    private final List<String> problems = new ArrayList<>();

    private AccessCheck(Suite suite, String overlay, List<Map<String, Object>> objects,
                        Map<String, KubernetesCheck.Workload> workloads) {
        this.suite = suite;
        this.overlay = overlay;
        this.objects = objects;
        this.workloads = workloads;
    }

    static List<String> problems(Suite suite, String overlay, List<Map<String, Object>> objects,
                                 Map<String, KubernetesCheck.Workload> workloads) {
        AccessCheck check = new AccessCheck(suite, overlay, objects, workloads);
        List<Map<String, Object>> clusters = kind(objects, "Kafka");
        if (clusters.size() == 1) {
            check.checkKafka(clusters.get(0));
        }
        check.checkNetworkPolicies();
        return check.problems;
    }

    /** What {@code service} does on Kafka, by resource ({@code topic thidua.units.v1}, {@code group x}). */
    static Map<String, Set<String>> expectedAcls(Suite suite, String service) {
        Map<String, Set<String>> acls = new LinkedHashMap<>();
        List<String> written = new ArrayList<>();
        Topics.ALL.stream().filter(topic -> Topics.publisher(topic).equals(service)).forEach(written::add);
        written.add(Topics.deadLetters(service));
        written.forEach(topic -> acls.computeIfAbsent("topic " + topic, k -> new LinkedHashSet<>())
                .addAll(List.of("Write", "Describe")));
        ServiceConfiguration config = suite.services().get(service);
        config.consumedTopics().forEach(topic -> acls.computeIfAbsent("topic " + topic, k -> new LinkedHashSet<>())
                .addAll(List.of("Read", "Describe")));
        config.consumerGroups().forEach(group -> acls.computeIfAbsent("group " + group, k -> new LinkedHashSet<>())
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
        for (KubernetesCheck.Workload w : workloads.values()) {
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

    private void compare(String where, String service, Map<String, Set<String>> expected,
                         Map<String, Set<String>> actual) {
        expected.forEach((resource, operations) -> operations.forEach(operation -> {
            if (!actual.getOrDefault(resource, Set.of()).contains(operation)) {
                problems.add(where + " lacks " + operation + " on " + resource);
            }
        }));
        actual.forEach((resource, operations) -> operations.forEach(operation -> {
            if (!expected.getOrDefault(resource, Set.of()).contains(operation)) {
                problems.add(where + " allows " + operation + " on " + resource + ", which " + service + " does not use");
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
        return kind(objects, "TriggerAuthentication").stream().flatMap(t -> list(at(t, "spec", "secretTargetRef")).stream())
                .anyMatch(ref -> user.equals(string(ref, "name")));
    }

    private void checkNetworkPolicies() {
        List<Map<String, Object>> policies = kind(objects, "NetworkPolicy");
        boolean defaultDeny = policies.stream().anyMatch(p -> map(at(p, "spec", "podSelector")).isEmpty()
                && list(at(p, "spec", "policyTypes")).containsAll(List.of("Ingress", "Egress"))
                && list(at(p, "spec", "ingress")).isEmpty() && list(at(p, "spec", "egress")).isEmpty());
        if (!defaultDeny) {
            problems.add(overlay + " NetworkPolicy: no default deny of every pod's ingress and egress");
        }
        boolean dns = policies.stream().anyMatch(p -> map(at(p, "spec", "podSelector")).isEmpty()
                && list(at(p, "spec", "egress")).stream().anyMatch(rule -> ports(rule).contains("53")));
        if (!dns) {
            problems.add(overlay + " NetworkPolicy: no egress to DNS (port 53) for every pod");
        }
        String kafkaPort = kind(objects, "Kafka").stream()
                .flatMap(k -> list(at(k, "spec", "kafka", "listeners")).stream())
                .map(l -> string(l, "port")).findFirst().orElse(null);
        for (KubernetesCheck.Workload w : workloads.values()) {
            Map<String, Object> labels = map(at(w.deployment(), "spec", "template", "metadata", "labels"));
            List<Map<String, Object>> own = policies.stream()
                    .filter(p -> selects(map(at(p, "spec", "podSelector")), labels)).toList();
            if (kafkaPort != null && own.stream().flatMap(p -> list(at(p, "spec", "egress")).stream())
                    .noneMatch(rule -> ports(rule).isEmpty() || ports(rule).contains(kafkaPort))) {
                problems.add(overlay + " " + w.service() + ": no NetworkPolicy lets it reach Kafka on port " + kafkaPort);
            }
            if (own.stream().flatMap(p -> list(at(p, "spec", "ingress")).stream()).findAny().isEmpty()) {
                problems.add(overlay + " " + w.service() + ": no NetworkPolicy lets the ingress controller reach it");
            }
        }
        for (Map<String, Object> database : databases()) {
            String where = overlay + " " + string(database, "metadata", "name");
            Map<String, Object> labels = map(at(database, "spec", "template", "metadata", "labels"));
            List<Object> rules = policies.stream().filter(p -> selects(map(at(p, "spec", "podSelector")), labels))
                    .flatMap(p -> list(at(p, "spec", "ingress")).stream()).toList();
            if (rules.isEmpty()) {
                problems.add(where + ": no NetworkPolicy lets the services reach it");
            }
            for (Object rule : rules) {
                List<Object> from = list(at(rule, "from"));
                if (from.isEmpty()) {
                    problems.add(where + ": a NetworkPolicy admits every pod and address");
                }
                for (Object peer : from) {
                    if (at(peer, "namespaceSelector") != null || at(peer, "ipBlock") != null
                            || !onlyServices(map(at(peer, "podSelector")))) {
                        problems.add(where + ": a NetworkPolicy admits more than the suite's services");
                    }
                }
            }
        }
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
        return list(at(rule, "ports")).stream().map(p -> string(p, "port")).filter(Objects::nonNull).toList();
    }

    /** Whether a pod selector selects nothing but the suite's services' pods (by their name label). */
    private boolean onlyServices(Map<String, Object> selector) {
        String named = string(selector, "matchLabels", NAME_LABEL);
        if (named != null) {
            return suite.services().containsKey(named);
        }
        return list(selector.get("matchExpressions")).stream().anyMatch(e -> NAME_LABEL.equals(string(e, "key"))
                && "In".equals(string(e, "operator"))
                && list(at(e, "values")).stream().allMatch(v -> suite.services().containsKey(String.valueOf(v))));
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
            List<String> values = list(at(expression, "values")).stream().map(String::valueOf).toList();
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
