package org.thidua.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thidua.contracts.Topics;

/**
 * What the deployment files must agree with, read from the code: the services and their configuration, the project
 * version (the images' tag), the Kafka version, the topics, and the environment variables the image itself declares.
 */
record Suite(String version, String kafkaVersion, Map<String, ServiceConfiguration> services,
             Set<String> imageEnvironment, List<String> topics) {

    private static final Pattern DOCKERFILE_ENV = Pattern.compile("(?m)^ENV\\s+([A-Za-z_][A-Za-z0-9_]*)[= ]");

    static Suite read(Repository repository) {
        Map<String, ServiceConfiguration> services = new LinkedHashMap<>();
        for (var module : repository.serviceModules()) {
            ServiceConfiguration service = ServiceConfiguration.of(repository, module);
            services.put(service.name(), service);
        }
        Set<String> imageEnvironment = new TreeSet<>();
        try {
            Matcher env = DOCKERFILE_ENV.matcher(Files.readString(repository.file("Dockerfile")));
            while (env.find()) {
                imageEnvironment.add(env.group(1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> topics = new ArrayList<>(Topics.ALL);
        services.keySet().forEach(service -> topics.add(Topics.deadLetters(service)));
        return new Suite(repository.version(), repository.property("kafka.broker.version"), Map.copyOf(services),
                Set.copyOf(imageEnvironment), List.copyOf(topics));
    }

    /** Whether the container of {@code service} reads this environment variable. */
    boolean reads(String service, String environmentVariable) {
        return imageEnvironment.contains(environmentVariable) || services.get(service).reads(environmentVariable);
    }

    /**
     * Settings given to some services and missing for another that reads them too, e.g. a token secret given to three
     * services when the fourth now reads it as well: "{@code <where> awards-service: reads X, which units-service ... are
     * given, but is not}".
     */
    List<String> unevenSettings(String where, Map<String, Set<String>> givenByService) {
        List<String> problems = new ArrayList<>();
        Set<String> given = new TreeSet<>();
        givenByService.values().forEach(given::addAll);
        givenByService.forEach((service, own) -> {
            for (String name : given) {
                if (!own.contains(name) && !imageEnvironment.contains(name) && services.containsKey(service)
                        && services.get(service).reads(name)) {
                    List<String> others = givenByService.entrySet().stream()
                            .filter(e -> e.getValue().contains(name)).map(Map.Entry::getKey).sorted().toList();
                    problems.add(where + " " + service + ": reads " + name + ", which " + String.join(", ", others)
                            + " " + (others.size() == 1 ? "is" : "are") + " given, but is not");
                }
            }
        });
        return problems;
    }

    /** {@code thidua/units-service:0.1.0-SNAPSHOT}. */
    String image(String service) {
        return "thidua/" + service + ":" + version;
    }
}
