package org.thidua.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The source tree: the root pom's version, properties and modules, each module's pom, and the services. */
final class Repository {

    static final String SERVICE_PARENT = "thidua-service-parent";

    private final Path root;
    private final Element rootPom;
    private final Map<String, Path> modulesByArtifactId = new LinkedHashMap<>();

    private Repository(Path root) {
        this.root = root;
        this.rootPom = pom(root);
        for (String module : children(rootPom, "modules", "module")) {
            Path dir = root.resolve(module).normalize();
            if (Files.isRegularFile(dir.resolve("pom.xml"))) {
                modulesByArtifactId.put(text(pom(dir), "artifactId").orElseThrow(), dir);
            }
        }
    }

    /** The checkout this test runs in ({@code -Dthidua.root}, set by the module's pom). */
    static Repository here() {
        return new Repository(Path.of(System.getProperty("thidua.root", "../.."))
                .toAbsolutePath()
                .normalize());
    }

    Path root() {
        return root;
    }

    Path file(String relative) {
        return root.resolve(relative);
    }

    /** The project version, which is also every image's tag. */
    String version() {
        return text(rootPom, "version").orElseThrow();
    }

    String property(String name) {
        return child(rootPom, "properties")
                .flatMap(p -> text(p, name))
                .orElseThrow(() -> new IllegalStateException("no <" + name + "> in the root pom"));
    }

    Optional<Path> module(String artifactId) {
        return Optional.ofNullable(modulesByArtifactId.get(artifactId));
    }

    /** The modules built on the service parent, in the root pom's order. */
    List<Path> serviceModules() {
        return modulesByArtifactId.values().stream()
                .filter(dir -> child(pom(dir), "parent")
                        .flatMap(p -> text(p, "artifactId"))
                        .filter(SERVICE_PARENT::equals)
                        .isPresent())
                .toList();
    }

    /**
     * The repository modules whose code and {@code application.yml} make up the configuration of {@code module}: the
     * module itself, its parents in the repository, and the org.thidua modules it depends on at run time, transitively.
     */
    List<Path> runtimeModules(Path module) {
        List<Path> found = new ArrayList<>();
        collect(module, found);
        return found;
    }

    private void collect(Path module, List<Path> found) {
        if (found.contains(module)) {
            return;
        }
        found.add(module);
        Element pom = pom(module);
        child(pom, "parent")
                .flatMap(p -> text(p, "artifactId"))
                .flatMap(this::module)
                .ifPresent(parent -> collect(parent, found));
        for (Element dependency : elements(pom, "dependencies", "dependency")) {
            String scope = text(dependency, "scope").orElse("compile");
            if (text(dependency, "groupId").filter("org.thidua"::equals).isPresent()
                    && !scope.equals("test")
                    && !scope.equals("provided")) {
                module(text(dependency, "artifactId").orElseThrow()).ifPresent(dep -> collect(dep, found));
            }
        }
    }

    static Element pom(Path moduleDir) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder()
                    .parse(moduleDir.resolve("pom.xml").toFile())
                    .getDocumentElement();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + moduleDir.resolve("pom.xml"), e);
        }
    }

    static String artifactId(Path moduleDir) {
        return text(pom(moduleDir), "artifactId").orElseThrow();
    }

    private static Optional<Element> child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> text(Element parent, String name) {
        return child(parent, name).map(e -> e.getTextContent().trim());
    }

    private static List<Element> elements(Element parent, String container, String name) {
        List<Element> found = new ArrayList<>();
        child(parent, container).ifPresent(c -> {
            for (Node n = c.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && e.getTagName().equals(name)) {
                    found.add(e);
                }
            }
        });
        return found;
    }

    private static List<String> children(Element parent, String container, String name) {
        return elements(parent, container, name).stream()
                .map(e -> e.getTextContent().trim())
                .toList();
    }
}
