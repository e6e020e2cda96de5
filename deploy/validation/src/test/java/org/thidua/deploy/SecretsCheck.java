package org.thidua.deploy;

import static org.thidua.deploy.Yamls.at;
import static org.thidua.deploy.Yamls.list;
import static org.thidua.deploy.Yamls.map;
import static org.thidua.deploy.Yamls.string;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * No committed deployment file holds a secret: a password, token secret or JAAS configuration written as a compose
 * fallback ({@code ${THIDUA_DB_ROOT_PASSWORD:-thidua-root}}), a kustomize secretGenerator literal, a committed Secret
 * object, a container {@code env} value, or a committed env file. Secrets come from the operator or from the scripts
 * that make random ones (deploy/make-compose-env.sh, overlays/dev/make-secrets.sh). Returns the problems found.
 */
final class SecretsCheck {

    /** A variable or key that holds a secret by its name. */
    private static final Pattern SECRET_NAME =
            Pattern.compile("(?i).*(SECRET|PASSWORD|PASSWD|TOKEN|JAAS|PRIVATE_KEY|API_KEY|CREDENTIAL).*");
    /** {@code ${NAME:-value}} or {@code ${NAME-value}}: a value used when the operator sets none. */
    private static final Pattern FALLBACK = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*):?-([^}]*)}");

    private SecretsCheck() {}

    /** The files under deploy/ and docker-compose.yml that git tracks, relative to the checkout. */
    static List<String> committedDeployFiles(Path root) {
        Tools.Result result = Tools.run(root, "git", "ls-files", "--", "deploy", "docker-compose.yml", ".env");
        if (result.exitCode() != 0) {
            throw new AssertionError("git ls-files failed: " + result.err());
        }
        return result.out().lines().filter(line -> !line.isBlank()).toList();
    }

    static List<String> problems(Path root, List<String> files) {
        List<String> problems = new ArrayList<>();
        for (String file : files) {
            Path path = root.resolve(file);
            if (!Files.isRegularFile(path) || file.contains("/src/")) {
                continue; // test code and fixtures are not deployed
            }
            String text;
            try {
                text = Files.readString(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Matcher fallback = FALLBACK.matcher(text);
            while (fallback.find()) {
                if (SECRET_NAME.matcher(fallback.group(1)).matches()) {
                    problems.add(file + ": " + fallback.group(1) + " falls back to a value written in the file");
                }
            }
            String name = path.getFileName().toString();
            if (name.endsWith(".env") || name.equals(".env")) {
                text.lines()
                        .map(line -> line.split("=", 2))
                        .filter(kv -> kv.length == 2 && !kv[1].isBlank())
                        .filter(kv -> SECRET_NAME.matcher(kv[0].trim()).matches())
                        .forEach(kv -> problems.add(file + ": " + kv[0].trim() + " is written in the file"));
            }
            if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                for (Map<String, Object> doc : Tools.documents(text)) {
                    yaml(file, doc, problems);
                }
            }
        }
        return problems;
    }

    private static void yaml(String file, Map<String, Object> doc, List<String> problems) {
        for (Object generator : list(doc.get("secretGenerator"))) {
            for (Object literal : list(at(generator, "literals"))) {
                String key = String.valueOf(literal).split("=", 2)[0];
                if (SECRET_NAME.matcher(key).matches()) {
                    problems.add(
                            file + ": Secret " + string(generator, "name") + " has " + key + " written in the file");
                }
            }
        }
        if ("Secret".equals(doc.get("kind"))) {
            for (String field : List.of("data", "stringData")) {
                map(doc.get(field))
                        .keySet()
                        .forEach(key -> problems.add(file + ": Secret " + string(doc, "metadata", "name") + " has "
                                + key + " written in the file"));
            }
        }
        containers(doc).forEach(container -> {
            for (Object env : list(at(container, "env"))) {
                String key = string(env, "name");
                if (key != null
                        && at(env, "value") != null
                        && SECRET_NAME.matcher(key).matches()) {
                    problems.add(
                            file + ": container " + string(container, "name") + " has " + key + " written in the file");
                }
            }
        });
    }

    private static List<Object> containers(Map<String, Object> doc) {
        List<Object> containers = new ArrayList<>(list(at(doc, "spec", "template", "spec", "containers")));
        containers.addAll(list(at(doc, "spec", "template", "spec", "initContainers")));
        return containers;
    }
}
