package org.thidua.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The deployment files, rendered once per test JVM by the real tools: docker-compose.yml through
 * {@code docker-compose config}, and deploy/k8s/base and every overlay through {@code kubectl kustomize}. Neither
 * holds a secret: compose gets the ones deploy/make-compose-env.sh writes, and the Kubernetes files are rendered
 * from a copy in which each overlay's make-secrets.sh has made its own, as an operator does before the first apply.
 */
final class Deployments {

    private static Deployments rendered;

    final Repository repository = Repository.here();
    final Suite suite = Suite.read(repository);
    /** The secrets deploy/make-compose-env.sh made, which docker-compose needs to render the file. */
    final Map<String, String> composeEnvironment;

    final Map<String, Object> compose;
    /** Rendered objects by kustomization: {@code base}, {@code dev}, {@code prod}, ... */
    final Map<String, List<Map<String, Object>>> kubernetes = new LinkedHashMap<>();

    private Deployments() {
        composeEnvironment = generatedComposeEnvironment(repository);
        compose = Tools.composeConfig(repository.file("docker-compose.yml"), composeEnvironment);
        Path k8s = withGeneratedSecrets(repository.file("deploy/k8s"), Path.of("target", "k8s-with-secrets"));
        kubernetes.put("base", Tools.kustomize(k8s.resolve("base")));
        try (Stream<Path> overlays = Files.list(k8s.resolve("overlays"))) {
            overlays.filter(Files::isDirectory)
                    .sorted()
                    .forEach(overlay -> kubernetes.put(overlay.getFileName().toString(), Tools.kustomize(overlay)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs deploy/make-compose-env.sh into a scratch file and reads what it wrote. */
    static Map<String, String> generatedComposeEnvironment(Repository repository) {
        try {
            Path dir = Files.createDirectories(Path.of("target"));
            Path env = Files.createTempFile(dir, "compose", ".env");
            Files.delete(env); // the script writes only a file that does not exist
            run(
                    repository.root(),
                    "sh",
                    repository.file("deploy/make-compose-env.sh").toString(),
                    env.toAbsolutePath().toString());
            Map<String, String> values = new LinkedHashMap<>();
            for (String line : Files.readAllLines(env)) {
                int equals = line.indexOf('=');
                if (equals > 0 && !line.startsWith("#")) {
                    values.put(line.substring(0, equals), line.substring(equals + 1));
                }
            }
            Files.delete(env);
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A copy of deploy/k8s in {@code into} (anything there before is removed, and so are secrets/ folders of the
     * checkout: the test uses what the scripts make), after running every overlay's {@code make-secrets.sh} in it.
     */
    static Path withGeneratedSecrets(Path k8s, Path destination) {
        Path into = destination.toAbsolutePath();
        try {
            if (Files.exists(into)) {
                try (Stream<Path> old = Files.walk(into)) {
                    for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            try (Stream<Path> files = Files.walk(k8s)) {
                for (Path source : files.toList()) {
                    Path relative = k8s.relativize(source);
                    boolean secrets = false;
                    for (Path part : relative) {
                        secrets |= part.toString().equals("secrets");
                    }
                    if (secrets) {
                        continue;
                    }
                    Path target = into.resolve(relative.toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
            try (Stream<Path> scripts = Files.list(into.resolve("overlays"))) {
                for (Path script : scripts.map(overlay -> overlay.resolve("make-secrets.sh"))
                        .filter(Files::exists)
                        .toList()) {
                    run(script.getParent(), "sh", script.toString());
                }
            }
            return into;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(Path dir, String... command) {
        Tools.Result result = Tools.run(dir, command);
        if (result.exitCode() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed: " + result.err());
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
