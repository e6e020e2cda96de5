package org.thidua.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The deployment files, rendered once per test JVM by the real tools: docker-compose.yml through
 * {@code docker-compose config}, and deploy/k8s/base and every overlay through {@code kubectl kustomize}.
 */
final class Deployments {

    private static Deployments rendered;

    final Repository repository = Repository.here();
    final Suite suite = Suite.read(repository);
    final Map<String, Object> compose;
    /** Rendered objects by kustomization: {@code base}, {@code dev}, {@code prod}, ... */
    final Map<String, List<Map<String, Object>>> kubernetes = new LinkedHashMap<>();

    private Deployments() {
        compose = Tools.composeConfig(repository.file("docker-compose.yml"), Map.of());
        Path k8s = repository.file("deploy/k8s");
        kubernetes.put("base", Tools.kustomize(k8s.resolve("base")));
        try (Stream<Path> overlays = Files.list(k8s.resolve("overlays"))) {
            overlays.filter(Files::isDirectory).sorted().forEach(overlay ->
                    kubernetes.put(overlay.getFileName().toString(), Tools.kustomize(overlay)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized Deployments rendered() {
        if (rendered == null) {
            rendered = new Deployments();
        }
        return rendered;
    }

    /** The overlays an operator applies (not the base). */
    Map<String, List<Map<String, Object>>> overlays() {
        Map<String, List<Map<String, Object>>> overlays = new LinkedHashMap<>(kubernetes);
        overlays.remove("base");
        return overlays;
    }
}
