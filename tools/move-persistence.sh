#!/usr/bin/env bash
# Moves Sql, JsonColumns and DataSourceTuning (and their tests) from platform/messaging (org.thidua.messaging) to
# platform/persistence (org.thidua.persistence), ADR 97, and rewrites every module's imports.
#
# Re-runnable: after merging a branch written before the move, run it again from the repository's root; files
# already moved are left alone and only the imports of the newly merged code are rewritten. It prints what it does.
# Needs git, sed and python3. Then: ./mvnw -o -B -q -DskipTests compile (or test-compile) to check.
set -euo pipefail
cd "$(git rev-parse --show-toplevel)"

from=platform/messaging/src
to=platform/persistence/src
classes=(Sql JsonColumns DataSourceTuning)

mkdir -p "$to/main/java/org/thidua/persistence" "$to/test/java/org/thidua/persistence"
for class in "${classes[@]}"; do
    for kind in main:"$class" test:"${class}Test"; do
        dir=${kind%%:*}
        name=${kind#*:}
        source="$from/$dir/java/org/thidua/messaging/$name.java"
        target="$to/$dir/java/org/thidua/persistence/$name.java"
        if [[ -f "$source" ]]; then
            echo "move   $source -> $target"
            git mv "$source" "$target"
            sed -i 's/^package org\.thidua\.messaging;/package org.thidua.persistence;/' "$target"
        fi
    done
done

# every import and fully qualified use, in every module (sources, tests, bench, system tests, deploy)
pattern='org\.thidua\.messaging\.\(Sql\|JsonColumns\|DataSourceTuning\)\b'
files=$(git grep -l -e 'org\.thidua\.messaging\.\(Sql\|JsonColumns\|DataSourceTuning\)\b' -- '*.java' || true)
for file in $files; do
    echo "import $file"
    sed -i "s/$pattern/org.thidua.persistence.\1/g" "$file"
done
# keep each run of org.thidua imports in order (org.thidua.persistence now sorts after the service's own packages)
if [[ -n "$files" ]]; then
    python3 - $files <<'PY'
import pathlib, sys
for name in sys.argv[1:]:
    path = pathlib.Path(name)
    lines = path.read_text().split("\n")
    i = 0
    while i < len(lines):
        if lines[i].startswith("import org.thidua."):
            j = i
            while j < len(lines) and lines[j].startswith("import org.thidua."):
                j += 1
            lines[i:j] = sorted(dict.fromkeys(lines[i:j]))
            i = j
        else:
            i += 1
    path.write_text("\n".join(lines))
PY
fi

# classes still in package org.thidua.messaging used these without an import: give them one; and the moved classes
# may use what stays in messaging (they do not today; the compiler would say so)
python3 - "${classes[@]}" <<'PY'
import pathlib, re, subprocess, sys
classes = sys.argv[1:]
files = subprocess.run(["git", "grep", "-l", "-e", "^package org.thidua.messaging;", "--", "*.java"],
                       capture_output=True, text=True).stdout.split()
for name in files:
    path = pathlib.Path(name)
    text = path.read_text()
    body = re.sub(r'(?m)^(package|import) .*$', '', text)
    body = re.sub(r'//.*|/\*[\s\S]*?\*/|"(?:\\.|[^"\\])*"', '', body)
    needed = [c for c in classes if re.search(r'\b' + c + r'\b', body)
              and f"import org.thidua.persistence.{c};" not in text]
    if not needed:
        continue
    lines = text.split("\n")
    for c in needed:
        imp = f"import org.thidua.persistence.{c};"
        imports = [i for i, l in enumerate(lines) if l.startswith("import ") and not l.startswith("import static ")]
        thidua = [i for i in imports if lines[i].startswith("import org.thidua.")]
        if thidua:
            pos = next((i for i in thidua if lines[i] > imp), thidua[-1] + 1)
        elif imports:
            pos = imports[-1] + 1
        else:
            pos = next(i for i, l in enumerate(lines) if l.startswith("package ")) + 1
            lines.insert(pos, "")
            pos += 1
        lines.insert(pos, imp)
        print(f"import {name} (same package before the move): {c}")
    path.write_text("\n".join(lines))
PY

# the moved classes' dependencies: Hikari's configuration (DataSourceTuning) and Jackson (JsonColumns)
python3 - <<'PY'
import pathlib
pom = pathlib.Path("platform/persistence/pom.xml")
text = pom.read_text()
wanted = [("io.micronaut.sql", "micronaut-jdbc-hikari"), ("com.fasterxml.jackson.core", "jackson-databind")]
for group, artifact in wanted:
    if f"<artifactId>{artifact}</artifactId>" in text:
        continue
    block = (f"    <dependency>\n      <groupId>{group}</groupId>\n      <artifactId>{artifact}</artifactId>\n"
             f"    </dependency>\n")
    anchor = "    <dependency>\n      <groupId>org.junit.jupiter</groupId>"
    text = text.replace(anchor, block + anchor, 1)
    print(f"pom    platform/persistence/pom.xml: {group}:{artifact}")
pom.write_text(text)
PY
echo "done: now ./mvnw -o -B -q -DskipTests test-compile"
