package org.thidua.local;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The launcher's state file ({@code <home>/run/state.properties}), read by {@code status}, {@code down},
 * {@code mail} and by a detaching {@code up -d}. Written atomically.
 */
final class StackState {

    static final String STARTING = "STARTING";
    static final String READY = "READY";
    static final String FAILED = "FAILED";
    static final String STOPPING = "STOPPING";
    static final String STOPPED = "STOPPED";

    /** One part of the stack. {@code pid} is -1 for parts running inside the launcher JVM. */
    record Part(
            String name,
            String kind,
            long pid,
            int port,
            String endpoint,
            String probe,
            Path log,
            String detail,
            String match) {}

    private final Path file;
    private final Properties props;

    private StackState(Path file, Properties props) {
        this.file = file;
        this.props = props;
    }

    static StackState fresh(Path file) {
        return new StackState(file, new Properties());
    }

    static Optional<StackState> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(reader);
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(new StackState(file, props));
    }

    synchronized String get(String key) {
        return props.getProperty(key);
    }

    synchronized String get(String key, String fallback) {
        return props.getProperty(key, fallback);
    }

    synchronized StackState set(String key, Object value) {
        if (value == null) {
            props.remove(key);
        } else {
            props.setProperty(key, String.valueOf(value));
        }
        return this;
    }

    String status() {
        return get("status", "");
    }

    long launcherPid() {
        return Long.parseLong(get("launcher.pid", "-1"));
    }

    synchronized void addPart(Part part) {
        String prefix = "part." + part.name() + ".";
        List<String> order = partNames();
        if (!order.contains(part.name())) {
            order.add(part.name());
            props.setProperty("parts", String.join(",", order));
        }
        props.setProperty(prefix + "kind", part.kind());
        props.setProperty(prefix + "pid", Long.toString(part.pid()));
        props.setProperty(prefix + "port", Integer.toString(part.port()));
        props.setProperty(prefix + "endpoint", part.endpoint());
        props.setProperty(prefix + "probe", part.probe());
        props.setProperty(prefix + "log", part.log() == null ? "" : part.log().toString());
        props.setProperty(prefix + "detail", part.detail() == null ? "" : part.detail());
        props.setProperty(prefix + "match", part.match() == null ? "" : part.match());
    }

    synchronized List<String> partNames() {
        List<String> names = new ArrayList<>();
        String value = props.getProperty("parts", "");
        for (String name : value.split(",")) {
            if (!name.isBlank()) {
                names.add(name);
            }
        }
        return names;
    }

    synchronized List<Part> parts() {
        List<Part> parts = new ArrayList<>();
        for (String name : partNames()) {
            String prefix = "part." + name + ".";
            String log = props.getProperty(prefix + "log", "");
            parts.add(new Part(
                    name,
                    props.getProperty(prefix + "kind", ""),
                    Long.parseLong(props.getProperty(prefix + "pid", "-1")),
                    Integer.parseInt(props.getProperty(prefix + "port", "0")),
                    props.getProperty(prefix + "endpoint", ""),
                    props.getProperty(prefix + "probe", ""),
                    log.isEmpty() ? null : Path.of(log),
                    props.getProperty(prefix + "detail", ""),
                    props.getProperty(prefix + "match", "")));
        }
        return parts;
    }

    synchronized void save() {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer writer = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                props.store(writer, "thidua local stack (written by org.thidua.local.Launcher)");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
