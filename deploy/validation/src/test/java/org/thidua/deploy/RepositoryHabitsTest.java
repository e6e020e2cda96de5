package org.thidua.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The habits the repository keeps (issue 18, ADR 101, ADR 102): the specification is in docs/ and names what exists,
 * versions are named once in the parent pom, the formatter is part of the build, and Java code imports what it uses.
 */
class RepositoryHabitsTest {

    /** The enums state-machines.md describes: each of their constants must appear on the page. */
    private static final Map<String, String> STATE_ENUMS = Map.of(
            "CampaignState", "CampaignState",
            "RegistrationState", "RegistrationState",
            "CovenantState", "CovenantState",
            "ScoreSheetState", "ScoreSheetState",
            "PeriodState", "PeriodState",
            "NominationState", "NominationState",
            "AwardState", "AwardState",
            "DeliveryState", "DeliveryState",
            "CouncilSession", "State",
            "Objection", "State");

    private static final Pattern FQN = Pattern.compile(
            "(?<![\\w.\"])((?:java|javax|jakarta|io|org|com|reactor|ch|net)\\.(?:[a-z_][a-z0-9_]*\\.)*)([A-Z]\\w*)");

    private final Repository repository = Repository.here();
    private final Path root = repository.root();
    private final List<Path> javaFiles = files(".java");
    /** Every class's files by simple name (a name may be used in several modules). */
    private final Map<String, List<Path>> classes = new HashMap<>();

    RepositoryHabitsTest() {
        for (Path file : javaFiles) {
            classes.computeIfAbsent(file.getFileName().toString().replace(".java", ""), k -> new ArrayList<>())
                    .add(file);
        }
    }

    @Test
    void theSpecificationIsInTheRepositoryAndNothingCitesTheFileThatIsNot() {
        for (String page : List.of("domain.md", "rules.md", "state-machines.md", "events.md")) {
            assertThat(root.resolve("docs").resolve(page)).as(page).isRegularFile();
        }
        List<String> citing = new ArrayList<>();
        for (String extension : List.of(".md", ".java", ".json", ".yml", ".yaml", ".xml", ".sh")) {
            for (Path file : files(extension)) {
                String text = read(file);
                boolean pointsOnward = text.contains("Superseded in part by ADR 101");
                if (text.contains("DESIGN.md")
                        && !pointsOnward
                        && !file.endsWith("RepositoryHabitsTest.java")
                        && !file.getFileName().toString().startsWith("0101-")) {
                    citing.add(root.relativize(file).toString());
                }
            }
        }
        assertThat(citing)
                .as("files citing DESIGN.md without pointing at docs/ (ADR 101)")
                .isEmpty();
    }

    @Test
    void theSpecificationNamesClassesAndMethodsThatExist() {
        Pattern named = Pattern.compile("`([A-Z][a-z]\\w*)(?:\\.([a-zA-Z]\\w*))?`");
        List<String> missing = new ArrayList<>();
        for (String page : List.of("domain.md", "rules.md", "state-machines.md")) {
            Matcher m = named.matcher(read(root.resolve("docs").resolve(page)));
            while (m.find()) {
                List<Path> files = classes.getOrDefault(m.group(1), List.of());
                Pattern member = Pattern.compile("\\b" + m.group(2) + "\\b");
                if (files.isEmpty()) {
                    missing.add(page + ": class " + m.group(1));
                } else if (m.group(2) != null
                        && files.stream().noneMatch(f -> member.matcher(read(f)).find())) {
                    missing.add(page + ": " + m.group(1) + "." + m.group(2));
                }
            }
        }
        assertThat(missing)
                .as("names on the specification pages that the sources do not have")
                .isEmpty();
    }

    @Test
    void everyStateOfEveryStateMachineIsOnItsPage() {
        String page = read(root.resolve("docs/state-machines.md"));
        Map<String, Set<String>> absent = new LinkedHashMap<>();
        STATE_ENUMS.forEach((holder, enumName) -> {
            Pattern declaration = Pattern.compile("enum\\s+" + enumName + "\\s*\\{([^;}]*)");
            Matcher body = classes.getOrDefault(holder, List.of()).stream()
                    .map(f -> declaration.matcher(codeOnly(read(f))))
                    .filter(Matcher::find)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no enum " + enumName + " in " + holder));
            for (String constant : body.group(1).split(",")) {
                String state = constant.strip();
                if (!state.isEmpty() && !page.contains(state)) {
                    absent.computeIfAbsent(holder, k -> new TreeSet<>()).add(state);
                }
            }
        });
        assertThat(absent).as("states state-machines.md does not mention").isEmpty();
    }

    @Test
    void modulePomsNameNoVersionsOfTheirOwn() {
        Set<String> properties = new HashSet<>();
        Element rootPom = Repository.pom(root);
        for (Element p : elements(rootPom, "properties")) {
            for (Node n = p.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    properties.add(e.getTagName());
                }
            }
        }
        List<String> versions = new ArrayList<>();
        for (Path pom : files("pom.xml")) {
            if (pom.getParent().equals(root) || !pom.getFileName().toString().equals("pom.xml")) {
                continue;
            }
            Element project = Repository.pom(pom.getParent());
            for (String kind : List.of("dependency", "plugin")) {
                var nodes = project.getElementsByTagName(kind);
                for (int i = 0; i < nodes.getLength(); i++) {
                    Element element = (Element) nodes.item(i);
                    String version = childText(element, "version");
                    if (version == null) {
                        continue;
                    }
                    // a module's own dependencyManagement may pin for itself, with a version the parent names
                    boolean managedHere = "dependencies".equals(((Element) element.getParentNode()).getTagName())
                            && element.getParentNode().getParentNode() instanceof Element m
                            && m.getTagName().equals("dependencyManagement");
                    String property = version.replaceAll("^\\$\\{(.+)}$", "$1");
                    if (!(managedHere && properties.contains(property))) {
                        versions.add(root.relativize(pom) + ": " + childText(element, "artifactId") + " " + version);
                    }
                }
            }
        }
        assertThat(versions)
                .as("versions named in module poms (name them in the parent pom)")
                .isEmpty();
    }

    @Test
    void theFormatterIsCheckedByTheBuildAndTheEditorIsToldTheSameRules() {
        String pom = read(root.resolve("pom.xml"));
        assertThat(pom)
                .contains("<artifactId>spotless-maven-plugin</artifactId>")
                .contains("<goal>check</goal>")
                .contains("<removeUnusedImports/>")
                .contains("<importOrder>");
        String editorConfig = read(root.resolve(".editorconfig"));
        assertThat(editorConfig)
                .contains("root = true")
                .contains("charset = utf-8")
                .contains("end_of_line = lf")
                .contains("insert_final_newline = true")
                .contains("max_line_length = 120");
    }

    /**
     * No fully qualified names in Java code: an import names the class once. Kept only where two classes of one file
     * share a simple name (the import takes one, the other stays qualified), and in comments and strings.
     */
    @Test
    void javaCodeImportsWhatItUsesInsteadOfQualifyingItInline() {
        List<String> inline = new ArrayList<>();
        for (Path file : javaFiles) {
            String relative = root.relativize(file).toString();
            String source = read(file);
            String code = codeOnly(source);
            Map<String, String> imports = new HashMap<>();
            Matcher imported =
                    Pattern.compile("(?m)^import\\s+([\\w.]+\\.(\\w+))\\s*;").matcher(source);
            while (imported.find()) {
                imports.put(imported.group(2), imported.group(1));
            }
            int body = Math.max(code.lastIndexOf("\nimport "), code.indexOf("package "));
            body = code.indexOf(';', Math.max(body, 0));
            Map<String, Set<String>> packagesBySimpleName = new HashMap<>();
            List<String[]> found = new ArrayList<>();
            Matcher m = FQN.matcher(code);
            while (m.find()) {
                if (m.start() > body) {
                    String pkg = m.group(1).substring(0, m.group(1).length() - 1);
                    packagesBySimpleName
                            .computeIfAbsent(m.group(2), k -> new HashSet<>())
                            .add(pkg);
                    found.add(new String[] {pkg, m.group(2)});
                }
            }
            for (String[] name : found) {
                String qualified = name[0] + "." + name[1];
                Pattern declared = Pattern.compile("\\b(class|interface|enum|record)\\s+" + name[1] + "\\b");
                boolean samePackageNamesake = classes.getOrDefault(name[1], List.of()).stream()
                        .anyMatch(other -> other.getParent().equals(file.getParent()));
                boolean clash = packagesBySimpleName.get(name[1]).size() > 1
                        || imports.containsKey(name[1]) && !imports.get(name[1]).equals(qualified)
                        || declared.matcher(code).find()
                        || samePackageNamesake && !name[0].equals(packageOf(source));
                if (!clash) {
                    inline.add(relative + ": " + qualified);
                }
            }
        }
        assertThat(inline).as("fully qualified names inline (import them)").isEmpty();
    }

    /** The source with comments, strings, text blocks and character literals blanked. */
    static String codeOnly(String source) {
        StringBuilder code = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            int end;
            if (source.startsWith("//", i)) {
                end = source.indexOf('\n', i);
                end = end < 0 ? n : end;
            } else if (source.startsWith("/*", i)) {
                end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                end = i + 3;
                do {
                    end = source.indexOf("\"\"\"", end);
                } while (end > 0 && source.charAt(end - 1) == '\\' && end++ > 0);
                end = end < 0 ? n : end + 3;
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                char quote = source.charAt(i);
                end = i + 1;
                while (end < n && source.charAt(end) != quote) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, n);
            } else {
                code.append(source.charAt(i++));
                continue;
            }
            code.append(" ".repeat(end - i));
            i = end;
        }
        return code.toString();
    }

    private static String packageOf(String source) {
        Matcher m = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;").matcher(source);
        return m.find() ? m.group(1) : "";
    }

    private List<Path> files(String suffix) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(suffix))
                    .filter(p -> {
                        String path = root.relativize(p).toString();
                        return !path.startsWith(".git")
                                && !path.contains("/target/")
                                && !path.startsWith("target/")
                                && !path.contains("node_modules")
                                && !path.startsWith(".thidua");
                    })
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Element> elements(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static String childText(Element parent, String name) {
        List<Element> found = elements(parent, name);
        return found.isEmpty() ? null : found.get(0).getTextContent().trim();
    }
}
