package org.thidua.deploy;

import static org.thidua.deploy.Yamls.at;
import static org.thidua.deploy.Yamls.list;
import static org.thidua.deploy.Yamls.map;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** docker-compose.yml (as {@code docker-compose config} renders it) against the code. Returns the problems found. */
final class ComposeCheck {

    /** Where a published port listens unless the operator sets THIDUA_BIND_ADDRESS: this machine only. */
    static final String LOOPBACK = "127.0.0.1";

    private final Suite suite;
    private final Map<String, Object> compose;
    private final List<String> problems = new ArrayList<>();

    private ComposeCheck(Suite suite, Map<String, Object> compose) {
        this.suite = suite;
        this.compose = compose;
    }

    static List<String> problems(Suite suite, Map<String, Object> compose) {
        ComposeCheck check = new ComposeCheck(suite, compose);
        check.run();
        return check.problems;
    }

    /** The compose services that run one of ours, by service name. */
    static Map<String, Map<String, Object>> suiteServices(Suite suite, Map<String, Object> compose) {
        Map<String, Map<String, Object>> found = new LinkedHashMap<>();
        map(compose.get("services")).forEach((name, definition) -> {
            Object built = at(definition, "build", "args", "SERVICE");
            String service = built != null ? built.toString() : suite.configuration(name) != null ? name : null;
            if (service != null) {
                found.put(service, map(definition));
            }
        });
        return found;
    }

    /** The URL a compose healthcheck asks, when it is ours ({@code /app/healthcheck URL}). */
    static Optional<URI> healthUrl(Map<String, Object> definition) {
        return list(at(definition, "healthcheck", "test")).stream()
                .map(String::valueOf)
                .filter(arg -> arg.startsWith("http://"))
                .findFirst()
                .map(URI::create);
    }

    static Map<String, String> environment(Map<String, Object> definition) {
        Map<String, String> env = new LinkedHashMap<>();
        map(definition.get("environment")).forEach((k, v) -> env.put(k, v == null ? "" : String.valueOf(v)));
        return env;
    }

    private void run() {
        Map<String, Object> services = map(compose.get("services"));
        Map<String, Map<String, Object>> ours = suiteServices(suite, compose);
        for (String service : suite.deployables().keySet()) {
            if (!ours.containsKey(service)) {
                problems.add("compose: no service runs " + service);
            }
        }
        services.forEach((name, definition) -> {
            publishedAddresses(map(definition)).forEach((port, address) -> {
                if (!LOOPBACK.equals(address)) {
                    problems.add("compose " + name + ": port " + port + " is published on "
                            + (address.isEmpty() ? "every interface" : address) + ", not " + LOOPBACK);
                }
            });
            if (at(definition, "healthcheck", "test") == null) {
                problems.add("compose " + name + ": no healthcheck");
            }
            map(at(definition, "depends_on")).forEach((dependency, how) -> {
                if (!"service_healthy".equals(at(how, "condition"))) {
                    problems.add(
                            "compose " + name + ": depends_on " + dependency + " without condition service_healthy");
                }
                if (at(services.get(dependency), "healthcheck", "test") == null) {
                    problems.add("compose " + name + ": depends on " + dependency + ", which has no healthcheck");
                }
            });
        });
        ours.forEach(this::checkService);
        Map<String, Set<String>> given = new LinkedHashMap<>();
        ours.forEach((service, definition) ->
                given.put(service, environment(definition).keySet()));
        problems.addAll(suite.unevenSettings("compose", given));
        checkInfrastructure(services);
        checkPortalLinks(ours);
    }

    /**
     * E-mails link to the portal (THIDUA_PORTAL_URL): when the address is this machine's, it is the port compose
     * publishes the portal on.
     */
    private void checkPortalLinks(Map<String, Map<String, Object>> ours) {
        Map<String, Object> portal = ours.get(suite.portal().name());
        if (portal == null) {
            return;
        }
        List<Integer> published = hostPorts(portal);
        ours.forEach((service, definition) -> {
            String url = environment(definition).get("THIDUA_PORTAL_URL");
            if (url == null || url.isBlank()) {
                return;
            }
            URI uri = URI.create(url);
            int port = uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
            if (List.of("localhost", "127.0.0.1").contains(uri.getHost()) && !published.contains(port)) {
                problems.add("compose " + service + ": THIDUA_PORTAL_URL " + url + " is no port the portal publishes "
                        + published);
            }
        });
    }

    /** The host ports a compose service publishes. */
    static List<Integer> hostPorts(Map<String, Object> definition) {
        List<Integer> ports = new ArrayList<>();
        for (Object port : list(definition.get("ports"))) {
            if (port instanceof Map<?, ?> longSyntax) {
                ports.add(Integer.parseInt(String.valueOf(longSyntax.get("published"))));
            } else {
                String[] parts = String.valueOf(port).replaceFirst("/\\w+$", "").split(":");
                ports.add(Integer.parseInt(parts[parts.length == 1 ? 0 : parts.length - 2]));
            }
        }
        return ports;
    }

    private void checkService(String service, Map<String, Object> definition) {
        String where = "compose " + service;
        ServiceConfiguration config = suite.configuration(service);
        if (config == null) {
            problems.add(where + ": builds SERVICE=" + service + ", which is not a service module nor the portal");
            return;
        }
        if (!suite.image(service).equals(definition.get("image"))) {
            problems.add(where + ": image " + definition.get("image") + ", expected " + suite.image(service));
        }
        Map<String, String> env = environment(definition);
        env.keySet().stream()
                .filter(name -> !suite.reads(service, name))
                .forEach(name -> problems.add(
                        where + ": environment " + name + " is read by nothing in " + service + "'s configuration"));
        int port = config.port(env);
        if (ports(definition).stream().noneMatch(p -> p == port)) {
            problems.add(where + ": listens on " + port + " but publishes only " + ports(definition));
        }
        Optional<URI> health = healthUrl(definition);
        if (health.isEmpty()) {
            problems.add(where + ": the healthcheck does not ask an HTTP health endpoint");
        } else {
            if (health.get().getPort() != port) {
                problems.add(where + ": healthcheck asks port " + health.get().getPort() + ", the service listens on "
                        + port);
            }
            if (!health.get().getPath().equals(config.readinessPath())) {
                problems.add(where + ": healthcheck asks " + health.get().getPath() + ", readiness is "
                        + config.readinessPath());
            }
        }
        problems.addAll(DevelopmentSignIn.problems(where, env));
        for (String dependency : dependencies(config)) {
            String value = env.get(dependency);
            if (value == null) {
                problems.add(where + ": " + dependency + " is not set (the default points at 127.0.0.1)");
                continue;
            }
            String host = value.replaceFirst("^jdbc:mysql://", "")
                    .replaceFirst("^https?://", "")
                    .replaceFirst("[:/,].*$", "");
            if (!map(compose.get("services")).containsKey(host)) {
                problems.add(where + ": " + dependency + " names host " + host + ", which is no compose service");
            } else if (!map(definition.get("depends_on")).containsKey(host)) {
                problems.add(where + ": uses " + host + " without depends_on it");
            } else if (value.startsWith("http")) {
                // a service the portal calls: the port it listens on
                Map<String, Object> called = map(map(compose.get("services")).get(host));
                ServiceConfiguration target = suite.configuration(
                        String.valueOf(Objects.requireNonNullElse(at(called, "build", "args", "SERVICE"), host)));
                int calledPort = URI.create(value).getPort();
                if (target != null && target.port(environment(called)) != calledPort) {
                    problems.add(where + ": " + dependency + " calls " + host + " on port " + calledPort
                            + ", which listens on " + target.port(environment(called)));
                }
            }
        }
    }

    /**
     * The settings naming what a deployable connects to, which must name a compose service it waits for: the database
     * and Kafka of a service, each HTTP client service of the portal ({@code micronaut.http.services.<id>.url}).
     */
    static List<String> dependencies(ServiceConfiguration config) {
        List<String> dependencies = new ArrayList<>();
        for (String property : List.of("datasources.default.url", "kafka.bootstrap.servers")) {
            if (config.properties().contains(property)) {
                dependencies.add(ServiceConfiguration.asEnvironmentVariable(property));
            }
        }
        config.properties().stream()
                .filter(p -> p.matches("micronaut\\.http\\.services\\.[\\w-]+\\.url"))
                .sorted()
                .forEach(p -> dependencies.add(ServiceConfiguration.asEnvironmentVariable(p)));
        return dependencies;
    }

    private void checkInfrastructure(Map<String, Object> services) {
        Object kafkaImage = at(services.get("kafka"), "image");
        if (!("apache/kafka:" + suite.kafkaVersion()).equals(kafkaImage)) {
            problems.add("compose kafka: image " + kafkaImage + ", the suite's broker is apache/kafka:"
                    + suite.kafkaVersion());
        }
        Map<String, Object> volumes = map(compose.get("volumes"));
        for (var entry : Map.of("mysql", "/var/lib/mysql", "kafka", "/var/lib/kafka/data")
                .entrySet()) {
            boolean named = list(at(services.get(entry.getKey()), "volumes")).stream()
                    .map(String::valueOf)
                    .anyMatch(v -> volumes.containsKey(v.split(":")[0]) && v.split(":")[1].equals(entry.getValue()));
            if (!named) {
                problems.add("compose " + entry.getKey() + ": " + entry.getValue() + " is not on a named volume");
            }
        }
    }

    /** The container ports a compose service publishes ({@code target}, in the long or the short syntax). */
    static List<Integer> ports(Map<String, Object> definition) {
        List<Integer> ports = new ArrayList<>();
        for (Object port : list(definition.get("ports"))) {
            if (port instanceof Map<?, ?> longSyntax) {
                ports.add(Integer.parseInt(String.valueOf(longSyntax.get("target"))));
            } else {
                String[] parts = String.valueOf(port).replaceFirst("/\\w+$", "").split(":");
                ports.add(Integer.parseInt(parts[parts.length - 1]));
            }
        }
        return ports;
    }

    /** The host address each published port listens on, by container port ("" when none is named: every interface). */
    static Map<Integer, String> publishedAddresses(Map<String, Object> definition) {
        Map<Integer, String> addresses = new LinkedHashMap<>();
        for (Object port : list(definition.get("ports"))) {
            if (port instanceof Map<?, ?> longSyntax) {
                Object hostIp = longSyntax.get("host_ip");
                addresses.put(
                        Integer.parseInt(String.valueOf(longSyntax.get("target"))),
                        hostIp == null ? "" : String.valueOf(hostIp));
            } else {
                String[] parts = String.valueOf(port).replaceFirst("/\\w+$", "").split(":");
                addresses.put(Integer.parseInt(parts[parts.length - 1]), parts.length == 3 ? parts[0] : "");
            }
        }
        return addresses;
    }
}
