package org.thidua.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code prepare-up}, which {@code ./thidua up} runs before it hands over to {@code up} (ADR 0100): refuses when a
 * stack already runs in the data folder (never build under a running stack), else builds what {@code up} needs with
 * {@code ./mvnw -DskipTests install}: every module with {@code --build}; the launcher itself when it is older than
 * its sources; the services and the portal whose jar is missing (not with {@code --infra-only} or
 * {@code --skip-missing}).
 */
final class BuildCommand implements Command {

    static final String LAUNCHER_MODULE = "deploy/local";

    @Override
    public int run(Config config) {
        if (StackLock.heldElsewhere(config)) {
            System.err.println(StackLock.alreadyRunning(config));
            return 2;
        }
        Path marker = launcherClassFile();
        if (config.build) {
            if (!install(config, config.infraOnly ? List.of(LAUNCHER_MODULE) : List.of())) {
                return 1;
            }
        } else if (marker != null
                && stale(marker, launcherSources(config.repo))
                && !install(config, List.of(LAUNCHER_MODULE))) {
            System.err.println("thidua: the launcher (" + LAUNCHER_MODULE + ") could not be built");
            return 1;
        }
        if (!config.infraOnly && !config.skipMissing) {
            List<String> missing = missingJars(config);
            if (!missing.isEmpty()) {
                String modules = String.join(",", missing);
                if (!install(config, missing)) {
                    System.err.println("thidua: building " + modules + " failed; fix the build, or start without them: "
                            + "./thidua up --infra-only | --skip-missing");
                    return 1;
                }
                List<String> still = missingJars(config);
                if (!still.isEmpty()) {
                    System.err.println("thidua: no runnable jar for: " + String.join(" ", still)
                            + " (expected <module>/target/<module>-*.jar)");
                    return 1;
                }
            }
        }
        touch(marker); // the build is now newer than every source
        return 0;
    }

    /** The modules (services, then the portal) this start needs whose runnable jar is not there. */
    static List<String> missingJars(Config config) {
        List<ServiceSpec> needed = new ArrayList<>(config.services);
        config.portal().ifPresent(needed::add);
        return needed.stream()
                .filter(s -> config.findJar(s).isEmpty())
                .map(ServiceSpec::name)
                .toList();
    }

    /** {@code ./mvnw}'s arguments: the modules (and what they need), or every module when none is named. */
    static List<String> mavenArguments(List<String> modules) {
        List<String> args = new ArrayList<>(List.of("-B", "-q", "-DskipTests"));
        if (!modules.isEmpty()) {
            args.addAll(List.of("-pl", String.join(",", modules), "-am"));
        }
        args.add("install");
        return args;
    }

    /** Whether any of {@code sources} (files, or folders searched) is newer than {@code marker}, or it is missing. */
    static boolean stale(Path marker, List<Path> sources) {
        if (!Files.isRegularFile(marker)) {
            return true;
        }
        try {
            FileTime built = Files.getLastModifiedTime(marker);
            for (Path source : sources) {
                if (!Files.exists(source)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(source)) {
                    if (files.filter(Files::isRegularFile).anyMatch(f -> newer(f, built))) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    static List<Path> launcherSources(Path repo) {
        Path module = repo.resolve(LAUNCHER_MODULE);
        return List.of(module.resolve("src/main"), module.resolve("pom.xml"), repo.resolve("pom.xml"));
    }

    private static boolean newer(Path file, FileTime than) {
        try {
            return Files.getLastModifiedTime(file).compareTo(than) > 0;
        } catch (IOException e) {
            return true;
        }
    }

    /** The compiled launcher this JVM runs; null when it runs from a jar (nothing to keep fresh then). */
    private static Path launcherClassFile() {
        Path source = ProcessSupport.codeSourceOf(Launcher.class);
        return !Files.isDirectory(source)
                ? null
                : source.resolve(Launcher.class.getName().replace('.', '/') + ".class");
    }

    private static void touch(Path file) {
        try {
            if (file != null && Files.isRegularFile(file)) {
                Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
            }
        } catch (IOException e) {
            System.err.println("thidua: cannot touch " + file + ": " + e.getMessage());
        }
    }

    private static boolean install(Config config, List<String> modules) {
        List<String> command = new ArrayList<>();
        command.add(config.repo.resolve("mvnw").toString());
        List<String> args = mavenArguments(modules);
        command.addAll(args);
        System.err.println("thidua: building (" + String.join(" ", args.subList(3, args.size() - 1)) + ") ...");
        try {
            Process maven = new ProcessBuilder(command)
                    .directory(config.repo.toFile())
                    .inheritIO()
                    .start();
            return maven.waitFor() == 0;
        } catch (IOException e) {
            System.err.println("thidua: cannot run " + command.get(0) + ": " + e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
