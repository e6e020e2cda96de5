package org.thidua.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.thidua.contracts.Topics;
import org.yaml.snakeyaml.Yaml;

/**
 * What one service's configuration reads, derived from its code and not kept by hand: the keys of the
 * {@code application.yml} files of the service and the repository modules it runs with, the placeholders in them and
 * in the Java sources ({@code @Value("${...}")}, {@code @Scheduled(fixedDelay = "${...}")}), the
 * {@code @Requires(property = ...)} and {@code @Property(name = ...)} names, and the setters of
 * {@code @ConfigurationProperties} classes. An environment variable is accepted when Micronaut's relaxed binding maps
 * it to one of these names ({@code DATASOURCES_DEFAULT_URL} to {@code datasources.default.url}), or when the image
 * declares it ({@code ENV} in the Dockerfile, read by the JVM).
 *
 * @param name         the service, e.g. {@code units-service}
 * @param port         {@code micronaut.server.port} of its application.yml
 * @param properties   the property names its configuration reads
 * @param healthPaths  the health endpoint's paths, when the endpoint is enabled
 * @param consumerGroups the {@code groupId}s of its {@code @KafkaListener}s
 * @param consumedTopics the topics its {@code @KafkaListener}s read ({@code @Topic}, constants of
 *                       {@code org.thidua.contracts.Topics} or literal names)
 */
record ServiceConfiguration(
        String name,
        int port,
        Set<String> properties,
        Set<String> healthPaths,
        Set<String> consumerGroups,
        Set<String> consumedTopics) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)(?::[^}]*)?}");
    private static final Pattern CONFIGURATION_PROPERTIES =
            Pattern.compile("@ConfigurationProperties\\(\\s*\"([^\"]+)\"");
    private static final Pattern SETTER = Pattern.compile("public\\s+void\\s+set([A-Z]\\w*)\\s*\\(");
    private static final Pattern NAMED_PROPERTY =
            Pattern.compile("@(?:Requires|Property)\\([^)]*?\\b(?:property|name)\\s*=\\s*\"([^\"]+)\"");
    /** A property named through a constant: {@code "${" + SECRET + "}"}, {@code @Requires(property = SECRET)},
     *  {@code environment.getProperty(SECRET, ...)} / {@code containsProperty(SECRET)}. */
    private static final Pattern NAMED_BY_CONSTANT = Pattern.compile("(?:\"\\$\\{\"\\s*\\+\\s*|\\bproperty\\s*=\\s*"
            + "|\\b(?:getProperty|containsProperty|containsProperties)\\(\\s*)([A-Z][A-Z0-9_]*)\\b");

    private static final Pattern PROPERTY_METHOD =
            Pattern.compile("\\b(?:getProperty|containsProperty|containsProperties)\\(\\s*\"([^\"]+)\"");
    private static final Pattern STRING_CONSTANT =
            Pattern.compile("\\bstatic\\s+final\\s+String\\s+([A-Z][A-Z0-9_]*)\\s*=\\s*\"([^\"]+)\"\\s*;");
    private static final Pattern GROUP_ID = Pattern.compile("@KafkaListener\\([^)]*?\\bgroupId\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern TOPIC = Pattern.compile("@Topic\\(\\s*\\{?([^)}]*)}?\\s*\\)");
    /** A declarative HTTP client of a configured service: {@code @Client("units")}, {@code @Client(id = "units")}. */
    private static final Pattern HTTP_CLIENT = Pattern.compile("@Client\\(\\s*(?:id\\s*=\\s*)?\"([\\w-]+)\"");

    static ServiceConfiguration of(Repository repository, Path serviceModule) {
        return of(repository, serviceModule, null);
    }

    /** As {@link #of(Repository, Path)}, with the port it listens on when its application.yml names none. */
    static ServiceConfiguration of(Repository repository, Path serviceModule, Integer defaultPort) {
        Set<String> properties = new TreeSet<>();
        Set<String> groups = new TreeSet<>();
        Set<String> topics = new TreeSet<>();
        Map<String, Object> ownYaml = Map.of();
        for (Path module : repository.runtimeModules(serviceModule)) {
            for (String file : List.of("application.yml", "bootstrap.yml")) {
                Path yml = module.resolve("src/main/resources").resolve(file);
                if (Files.isRegularFile(yml)) {
                    Map<String, Object> tree = readYaml(yml);
                    flatten("", tree, properties);
                    if (module.equals(serviceModule) && file.equals("application.yml")) {
                        ownYaml = tree;
                    }
                }
            }
            Path sources = module.resolve("src/main/java");
            if (Files.isDirectory(sources)) {
                try (Stream<Path> files = Files.walk(sources)) {
                    files.filter(f -> f.toString().endsWith(".java"))
                            .forEach(f -> readJava(f, properties, groups, topics));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        Object port = lookup(ownYaml, "micronaut.server.port");
        if (port == null) {
            port = defaultPort;
        }
        if (!(port instanceof Integer)) {
            throw new IllegalStateException(serviceModule + ": no micronaut.server.port in application.yml");
        }
        Set<String> health = new TreeSet<>();
        if (!"false".equals(String.valueOf(lookup(ownYaml, "endpoints.health.enabled")))) {
            Object base = lookup(ownYaml, "endpoints.all.path");
            String prefix = base == null ? "/" : (base.toString().endsWith("/") ? base.toString() : base + "/");
            health.addAll(List.of(prefix + "health", prefix + "health/liveness", prefix + "health/readiness"));
        }
        if (properties.contains("kafka.bootstrap.servers")) {
            properties.addAll(KafkaClientSettings.names()); // Micronaut Kafka hands every kafka.* to the clients
        }
        return new ServiceConfiguration(
                Repository.artifactId(serviceModule), (Integer) port, properties, health, groups, topics);
    }

    /** Whether Micronaut would bind this environment variable to a property the service reads. */
    boolean reads(String environmentVariable) {
        return properties.stream().anyMatch(p -> asEnvironmentVariable(p).equals(environmentVariable));
    }

    /** {@code datasources.default.url} → {@code DATASOURCES_DEFAULT_URL} (the reverse of Micronaut's relaxed binding). */
    static String asEnvironmentVariable(String property) {
        return property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** The port it listens on with this environment. */
    int port(Map<String, String> environment) {
        String override = environment.get("MICRONAUT_SERVER_PORT");
        return override == null ? port : Integer.parseInt(override.trim());
    }

    String readinessPath() {
        return healthPaths.stream()
                .filter(p -> p.endsWith("/readiness"))
                .findFirst()
                .orElse(null);
    }

    String livenessPath() {
        return healthPaths.stream()
                .filter(p -> p.endsWith("/liveness"))
                .findFirst()
                .orElse(null);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> readYaml(Path file) {
        try {
            Object tree = new Yaml().load(Files.readString(file));
            return tree instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void flatten(String prefix, Map<?, ?> tree, Set<String> into) {
        tree.forEach((key, value) -> {
            String name = prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key;
            into.add(name);
            if (value instanceof Map<?, ?> child) {
                flatten(name, child, into);
            } else {
                placeholders(String.valueOf(value), into);
            }
        });
    }

    private static void readJava(Path file, Set<String> properties, Set<String> groups, Set<String> topics) {
        String source;
        try {
            source = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        placeholders(source, properties);
        Matcher named = NAMED_PROPERTY.matcher(source);
        while (named.find()) {
            properties.add(named.group(1));
        }
        Matcher method = PROPERTY_METHOD.matcher(source);
        while (method.find()) {
            properties.add(method.group(1));
        }
        Map<String, String> constants = new HashMap<>();
        Matcher constant = STRING_CONSTANT.matcher(source);
        while (constant.find()) {
            constants.put(constant.group(1), constant.group(2));
        }
        Matcher byConstant = NAMED_BY_CONSTANT.matcher(source);
        while (byConstant.find()) {
            String value = constants.get(byConstant.group(1));
            if (value != null) {
                properties.add(value);
            }
        }
        Matcher client = HTTP_CLIENT.matcher(source);
        while (client.find()) {
            properties.add("micronaut.http.services." + client.group(1) + ".url");
        }
        Matcher group = GROUP_ID.matcher(source);
        while (group.find()) {
            groups.add(group.group(1));
        }
        if (source.contains("@KafkaListener")) {
            Matcher topic = TOPIC.matcher(source);
            while (topic.find()) {
                for (String name : topic.group(1).split(",")) {
                    topics.add(topicName(name.trim(), file));
                }
            }
        }
        Matcher prefix = CONFIGURATION_PROPERTIES.matcher(source);
        if (prefix.find()) {
            Matcher setter = SETTER.matcher(source);
            while (setter.find()) {
                properties.add(prefix.group(1) + "." + kebab(setter.group(1)));
            }
        }
    }

    /** {@code Topics.UNITS} → {@code thidua.units.v1} (the contracts' constant), {@code "x.v1"} → {@code x.v1}. */
    private static String topicName(String expression, Path file) {
        if (expression.startsWith("\"") && expression.endsWith("\"")) {
            return expression.substring(1, expression.length() - 1);
        }
        String constant = expression.replaceFirst("^(?:org\\.thidua\\.contracts\\.)?Topics\\.", "");
        try {
            return String.valueOf(Topics.class.getField(constant).get(null));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(file + ": @Topic(" + expression + ") is no constant of Topics", e);
        }
    }

    private static void placeholders(String text, Set<String> into) {
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            into.add(m.group(1).trim());
        }
    }

    /** {@code ReplicationFactor} → {@code replication-factor}. */
    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static Object lookup(Map<String, Object> tree, String dotted) {
        Object node = tree;
        String rest = dotted;
        while (node instanceof Map<?, ?> map && !rest.isEmpty()) {
            Object exact = map.get(rest);
            if (exact != null) {
                return exact;
            }
            int dot = rest.indexOf('.');
            if (dot < 0) {
                return null;
            }
            node = map.get(rest.substring(0, dot));
            rest = rest.substring(dot + 1);
        }
        return rest.isEmpty() ? node : null;
    }
}
