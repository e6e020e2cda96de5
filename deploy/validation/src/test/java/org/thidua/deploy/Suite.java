package org.thidua.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thidua.contracts.Topics;

/**
 * What the deployment files must agree with, read from the code: the services and their configuration, the web portal
 * and its configuration, the project version (the images' tag), the Kafka version, the topics, and the environment
 * variables the image itself declares.
 *
 * @param services the four services: each has its database and uses Kafka
 * @param portal   the web portal (ADR 56): no database, no Kafka; it calls the services over HTTP
 */
record Suite(
        String version,
        String kafkaVersion,
        Map<String, ServiceConfiguration> services,
        ServiceConfiguration portal,
        Set<String> imageEnvironment,
        List<String> topics) {

    /** The portal's module and image name. */
    static final String PORTAL = "portal";

    static final int PORTAL_PORT = 8080;

    /**
     * What the portal reads, as its builders promised it (issue 15), for a checkout without the {@code portal/}
     * module yet; with the module, its configuration is read from its code like a service's.
     */
    static final Set<String> PORTAL_PROMISED_PROPERTIES = Set.of(
            "micronaut.server.port",
            "micronaut.server.host",
            "micronaut.http.services.units.url",
            "micronaut.http.services.campaigns.url",
            "micronaut.http.services.awards.url",
            "micronaut.http.services.notifications.url",
            "micronaut.security.oauth2.clients.oidc.client-id",
            "micronaut.security.oauth2.clients.oidc.client-secret",
            "micronaut.security.oauth2.clients.oidc.openid.issuer",
            "thidua.security.jwt-secret",
            "thidua.portal.dev-sign-in",
            "thidua.portal.demo-accounts",
            "thidua.portal.session-secret",
            "thidua.portal.oidc",
            "thidua.portal.secure-cookies");

    private static final Pattern DOCKERFILE_ENV = Pattern.compile("(?m)^ENV\\s+([A-Za-z_][A-Za-z0-9_]*)[= ]");

    static Suite read(Repository repository) {
        Map<String, ServiceConfiguration> services = new LinkedHashMap<>();
        for (var module : repository.serviceModules()) {
            if (Repository.artifactId(module).equals(PORTAL)) {
                continue; // whatever parent it is built on, the portal is not a service
            }
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
        ServiceConfiguration portal = repository
                .module(PORTAL)
                .map(module -> ServiceConfiguration.of(repository, module, PORTAL_PORT))
                .orElseGet(() -> new ServiceConfiguration(
                        PORTAL,
                        PORTAL_PORT,
                        PORTAL_PROMISED_PROPERTIES,
                        Set.of("/health", "/health/liveness", "/health/readiness"),
                        Set.of(),
                        Set.of()));
        return new Suite(
                repository.version(),
                repository.property("kafka.broker.version"),
                Map.copyOf(services),
                portal,
                Set.copyOf(imageEnvironment),
                List.copyOf(topics));
    }

    /** Everything the deployment files run from our images: the services, then the portal. */
    Map<String, ServiceConfiguration> deployables() {
        Map<String, ServiceConfiguration> all = new LinkedHashMap<>(new TreeMap<>(services));
        all.put(portal.name(), portal);
        return all;
    }

    /** The configuration of one of the deployables, or null when {@code name} is none of them. */
    ServiceConfiguration configuration(String name) {
        return portal.name().equals(name) ? portal : services.get(name);
    }

    /** Whether the container of {@code service} reads this environment variable. */
    boolean reads(String service, String environmentVariable) {
        return imageEnvironment.contains(environmentVariable)
                || configuration(service).reads(environmentVariable);
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
                if (!own.contains(name)
                        && !imageEnvironment.contains(name)
                        && services.containsKey(service)
                        && services.get(service).reads(name)) {
                    List<String> others = givenByService.entrySet().stream()
                            .filter(e -> e.getValue().contains(name))
                            .map(Map.Entry::getKey)
                            .sorted()
                            .toList();
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
