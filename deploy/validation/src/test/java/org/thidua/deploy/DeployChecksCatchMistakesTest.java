package org.thidua.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thidua.deploy.Yamls.at;
import static org.thidua.deploy.Yamls.list;
import static org.thidua.deploy.Yamls.map;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks fail on the mistakes an operator would meet first: each test breaks one thing in a copy of the files. */
class DeployChecksCatchMistakesTest {

    private static final Deployments deployments = Deployments.rendered();
    private final Suite suite = deployments.suite;
    private final Map<String, Object> compose = Yamls.copy(deployments.compose);
    private final List<Map<String, Object>> dev = Yamls.copy(deployments.kubernetes.get("dev"));
    private final List<Map<String, Object>> prod = Yamls.copy(deployments.kubernetes.get("prod"));

    @Test
    void aWrongContainerPort() {
        map(list(container(dev, "awards-service").get("ports")).get(0)).put("containerPort", 8080);

        assertThat(KubernetesCheck.problems(suite, "dev", dev))
                .contains(
                        "dev awards-service: containerPort http is 8080, the service listens on 8083",
                        "dev awards-service readinessProbe: port http is 8080, the service listens on 8083");
    }

    @Test
    void aMissingTopic() {
        dev.removeIf(o -> "KafkaTopic".equals(o.get("kind")) && "thidua.reviews.v1".equals(at(o, "spec", "topicName")));

        assertThat(KubernetesCheck.problems(suite, "dev", dev))
                .containsExactly("dev Kafka: no KafkaTopic for thidua.reviews.v1");
    }

    @Test
    void aTopicSizedOtherwiseThanTheServicesCreateIt() {
        prod.stream()
                .filter(o -> "KafkaTopic".equals(o.get("kind")))
                .findFirst()
                .ifPresent(topic -> map(topic.get("spec")).put("partitions", 3));

        assertThat(KubernetesCheck.problems(suite, "prod", prod))
                .anyMatch(
                        p -> p.contains("THIDUA_MESSAGING_PARTITIONS=6 but KafkaTopic") && p.contains("partitions 3"));
    }

    @Test
    void anEnvironmentVariableNoConfigurationReads() {
        map(map(map(compose.get("services")).get("units-service")).get("environment"))
                .put("DATASOURCES_DEFAULT_PASWORD", "typo");
        List<Object> env =
                new ArrayList<>(list(container(prod, "campaigns-service").get("env")));
        env.add(Map.of("name", "THIDUA_CAMPAIGNS_TIMEZONE", "value", "UTC"));
        container(prod, "campaigns-service").put("env", env);

        assertThat(ComposeCheck.problems(suite, compose))
                .containsExactly(
                        "compose units-service: environment DATASOURCES_DEFAULT_PASWORD is read by nothing in units-service's configuration");
        assertThat(KubernetesCheck.problems(suite, "prod", prod))
                .containsExactly(
                        "prod campaigns-service: environment THIDUA_CAMPAIGNS_TIMEZONE is read by nothing in campaigns-service's configuration");
    }

    @Test
    void aProbeOfAPathThatDoesNotExist() {
        map(at(container(dev, "units-service"), "livenessProbe", "httpGet")).put("path", "/healthz");

        assertThat(KubernetesCheck.problems(suite, "dev", dev))
                .containsExactly(
                        "dev units-service livenessProbe: path /healthz is not a health endpoint of the service "
                                + "[/health, /health/liveness, /health/readiness]");
    }

    @Test
    void aComposeHealthcheckOnAnotherPortAndAnUnhealthyDependency() {
        Map<String, Object> notifications = map(map(compose.get("services")).get("notifications-service"));
        map(notifications.get("healthcheck"))
                .put("test", List.of("CMD", "/app/healthcheck", "http://127.0.0.1:8081/health/readiness"));
        map(map(notifications.get("depends_on")).get("mailpit")).put("condition", "service_started");

        assertThat(ComposeCheck.problems(suite, compose))
                .containsExactlyInAnyOrder(
                        "compose notifications-service: healthcheck asks port 8081, the service listens on 8084",
                        "compose notifications-service: depends_on mailpit without condition service_healthy");
        assertThat(AgreementCheck.problems(suite, compose, "dev", dev))
                .containsExactly("compose and dev notifications-service: health check ports differ, 8081 and 8084");
    }

    @Test
    void imagesThatDifferBetweenComposeAndKubernetes() {
        container(prod, "awards-service").put("image", "thidua/awards-service:0.0.9");

        assertThat(AgreementCheck.problems(suite, compose, "prod", prod))
                .containsExactly("compose and prod awards-service: images differ, thidua/awards-service:"
                        + suite.version() + " and thidua/awards-service:0.0.9");
    }

    @Test
    void aContainerThatMayRunAsRootOrWriteItsFilesystem() {
        Map<String, Object> deployment = deployment(prod, "units-service");
        map(at(deployment, "spec", "template", "spec", "securityContext")).remove("runAsNonRoot");
        map(container(prod, "units-service").get("securityContext")).put("readOnlyRootFilesystem", false);

        assertThat(KubernetesCheck.problems(suite, "prod", prod))
                .containsExactly(
                        "prod units-service: runAsNonRoot is not true",
                        "prod units-service: the root filesystem is not read-only");
    }

    @Test
    void aConsumerLagScalerOnAGroupTheServiceDoesNotUse() {
        prod.stream()
                .filter(o -> "ScaledObject".equals(o.get("kind")))
                .findFirst()
                .ifPresent(scaled -> map(at(list(at(scaled, "spec", "triggers")).get(0), "metadata"))
                        .put("consumerGroup", "notifications"));

        assertThat(KubernetesCheck.problems(suite, "prod", prod))
                .containsExactly("prod ScaledObject notifications-service: consumer group notifications is not one of "
                        + "notifications-service's [notifications-service]");
    }

    @Test
    void aDatabaseOrMailServerNoServiceServes() {
        KubernetesCheck.named(dev, "ConfigMap", configMapOf(dev, "notifications-service"))
                .ifPresent(cm -> map(cm.get("data")).put("SMTP_PORT", "587"));

        assertThat(KubernetesCheck.problems(suite, "dev", dev))
                .containsExactly(
                        "dev notifications-service: SMTP_HOST points at mailpit:587, which no rendered Service serves");
    }

    @Test
    void aSettingGivenToSomeServicesButNotToAnotherThatReadsIt() {
        map(map(map(compose.get("services")).get("campaigns-service")).get("environment"))
                .remove("THIDUA_SECURITY_JWT_SECRET");

        assertThat(ComposeCheck.problems(suite, compose))
                .containsExactly("compose campaigns-service: reads "
                        + "THIDUA_SECURITY_JWT_SECRET, which awards-service, notifications-service, units-service are given, "
                        + "but is not");
    }

    @Test
    void aSharedSecretWithAKeyNoServiceReads() {
        Map<String, Object> secret = dev.stream()
                .filter(o -> "Secret".equals(o.get("kind")))
                .filter(o -> Yamls.string(o, "metadata", "name").startsWith("thidua-security-"))
                .findFirst()
                .orElseThrow();
        map(secret.get("data")).put("THIDUA_SECURITY_JWT_SECRT", "eA==");

        assertThat(KubernetesCheck.problems(suite, "dev", dev))
                .hasSize(4)
                .allMatch(problem -> problem.endsWith(
                        "environment THIDUA_SECURITY_JWT_SECRT is read by nothing in the services sharing Secret "
                                + Yamls.string(secret, "metadata", "name")));
    }

    @Test
    void aPortPublishedOnEveryInterface() {
        map(map(compose.get("services")).get("units-service")).put("ports", List.of("8081:8081/tcp"));
        map(map(compose.get("services")).get("mailpit"))
                .put("ports", List.of(Map.of("target", 8025, "published", 8025, "host_ip", "0.0.0.0")));

        assertThat(ComposeCheck.problems(suite, compose))
                .containsExactlyInAnyOrder(
                        "compose units-service: port 8081 is published on every interface, not 127.0.0.1",
                        "compose mailpit: port 8025 is published on 0.0.0.0, not 127.0.0.1");
    }

    @Test
    void aSecretWrittenIntoADeployFile(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("docker-compose.yml"), """
                services:
                  db:
                    environment:
                      MYSQL_ROOT_PASSWORD: ${THIDUA_DB_ROOT_PASSWORD:-thidua-root}
                      MYSQL_DATABASE: ${THIDUA_DB_NAME:-thidua}
                """);
        Path dev = Files.createDirectories(root.resolve("deploy/k8s/overlays/dev"));
        Files.writeString(dev.resolve("kustomization.yaml"), """
                secretGenerator:
                  - name: thidua-security
                    literals:
                      - THIDUA_SECURITY_JWT_SECRET=thidua-dev-cluster-development-secret-change-me
                  - name: units-service-db
                    literals:
                      - DATASOURCES_DEFAULT_USERNAME=units
                    envs:
                      - secrets/units-service-db.env
                """);
        Files.writeString(dev.resolve("kafka.env"), "KAFKA_SASL_JAAS_CONFIG=org.apache...required password=\"x\";\n");

        assertThat(SecretsCheck.problems(
                        root,
                        List.of(
                                "docker-compose.yml",
                                "deploy/k8s/overlays/dev/kustomization.yaml",
                                "deploy/k8s/overlays/dev/kafka.env")))
                .containsExactly(
                        "docker-compose.yml: THIDUA_DB_ROOT_PASSWORD falls back to a value written in the file",
                        "deploy/k8s/overlays/dev/kustomization.yaml: Secret thidua-security has THIDUA_SECURITY_JWT_SECRET "
                                + "written in the file",
                        "deploy/k8s/overlays/dev/kafka.env: KAFKA_SASL_JAAS_CONFIG is written in the file");
    }

    @Test
    void aTopicMissingFromTheKafkaAclsOfTheServiceThatReadsIt() {
        Map<String, Object> awards =
                KubernetesCheck.named(dev, "KafkaUser", "awards-service").orElseThrow();
        list(at(awards, "spec", "authorization", "acls"))
                .removeIf(acl -> "thidua.reviews.v1".equals(Yamls.string(acl, "resource", "name")));

        assertThat(KubernetesCheck.problems(suite, "dev", dev))
                .containsExactly(
                        "dev awards-service: KafkaUser awards-service lacks Read on topic thidua.reviews.v1",
                        "dev awards-service: KafkaUser awards-service lacks Describe on topic thidua.reviews.v1");
    }

    @Test
    void kafkaAclsBeyondWhatTheServiceUses() {
        Map<String, Object> units =
                KubernetesCheck.named(prod, "KafkaUser", "units-service").orElseThrow();
        List<Object> acls = list(at(units, "spec", "authorization", "acls"));
        acls.add(Map.of(
                "resource",
                Map.of("type", "topic", "name", "thidua.awards.v1", "patternType", "literal"),
                "operations",
                List.of("Write")));
        acls.add(Map.of(
                "resource",
                Map.of("type", "topic", "name", "thidua.", "patternType", "prefix"),
                "operations",
                List.of("All")));

        assertThat(KubernetesCheck.problems(suite, "prod", prod))
                .containsExactly(
                        "prod units-service: KafkaUser units-service allows Write on topic thidua.awards.v1, which "
                                + "units-service does not use",
                        "prod units-service: KafkaUser units-service allows All on topic thidua.*, which units-service does "
                                + "not use");
    }

    @Test
    void aKafkaAnyPodMayReachAndUseWithoutLoggingIn() {
        Map<String, Object> kafka = KubernetesCheck.kind(dev, "Kafka").get(0);
        map(at(kafka, "spec", "kafka")).remove("authorization");
        Map<String, Object> listener =
                map(list(at(kafka, "spec", "kafka", "listeners")).get(0));
        listener.remove("authentication");
        listener.remove("networkPolicyPeers");

        assertThat(KubernetesCheck.problems(suite, "dev", dev))
                .contains(
                        "dev Kafka: no authorization, the KafkaUsers' ACLs are not enforced",
                        "dev Kafka listener tls: no authentication, any client may publish",
                        "dev Kafka listener tls: every pod may connect (no networkPolicyPeers)",
                        "dev units-service: KAFKA_SECURITY_PROTOCOL SASL_SSL, the listener tls of Kafka thidua needs SSL");
    }

    @Test
    void aNamespaceWithoutDefaultDenyAndADatabaseOpenToEveryPod() {
        dev.removeIf(o ->
                "NetworkPolicy".equals(o.get("kind")) && "default-deny".equals(Yamls.string(o, "metadata", "name")));
        Map<String, Object> mysql =
                KubernetesCheck.named(dev, "NetworkPolicy", "mysql").orElseThrow();
        map(list(at(mysql, "spec", "ingress")).get(0)).remove("from");

        assertThat(KubernetesCheck.problems(suite, "dev", dev))
                .containsExactly(
                        "dev NetworkPolicy: no default deny of every pod's ingress and egress",
                        "dev mysql: a NetworkPolicy admits every pod and address");
    }

    @Test
    void aServiceThatMayNotReachKafka() {
        Map<String, Object> egress =
                KubernetesCheck.named(prod, "NetworkPolicy", "services-egress").orElseThrow();
        list(at(egress, "spec", "egress")).remove(0);

        assertThat(KubernetesCheck.problems(suite, "prod", prod))
                .containsExactlyInAnyOrder(
                        "prod units-service: no NetworkPolicy lets it reach Kafka on port 9093",
                        "prod campaigns-service: no NetworkPolicy lets it reach Kafka on port 9093",
                        "prod awards-service: no NetworkPolicy lets it reach Kafka on port 9093",
                        "prod notifications-service: no NetworkPolicy lets it reach Kafka on port 9093");
    }

    @Test
    void theDevelopmentSignInTurnedOnInComposeOrKubernetes() {
        map(map(map(compose.get("services")).get("portal")).get("environment"))
                .put("THIDUA_PORTAL_DEV_SIGN_IN", "true");
        KubernetesCheck.named(dev, "ConfigMap", configMapOf(dev, "portal"))
                .ifPresent(cm -> map(cm.get("data")).put("THIDUA_PORTAL_DEV_SIGN_IN", "TRUE"));
        List<Object> env = new ArrayList<>(list(container(prod, "portal").get("env")));
        env.add(Map.of("name", "THIDUA_PORTAL_DEV_SIGN_IN", "value", "false")); // off, as it may be written
        container(prod, "portal").put("env", env);

        assertThat(ComposeCheck.problems(suite, compose))
                .containsExactly("compose portal: THIDUA_PORTAL_DEV_SIGN_IN=true "
                        + "turns the development sign-in on, which lets anyone sign in as anyone");
        assertThat(KubernetesCheck.problems(suite, "dev", dev))
                .containsExactly("dev portal: THIDUA_PORTAL_DEV_SIGN_IN=TRUE "
                        + "turns the development sign-in on, which lets anyone sign in as anyone");
        assertThat(KubernetesCheck.problems(suite, "prod", prod)).isEmpty();
    }

    @Test
    void aPortalThatMayRunAsRootOrHasNoReadinessProbe() {
        map(at(deployment(prod, "portal"), "spec", "template", "spec", "securityContext"))
                .remove("runAsNonRoot");
        container(prod, "portal").remove("readinessProbe");

        assertThat(KubernetesCheck.problems(suite, "prod", prod))
                .containsExactlyInAnyOrder(
                        "prod portal: runAsNonRoot is not true",
                        "prod portal readinessProbe: missing (an HTTP probe of /health/readiness is expected)");
        assertThat(AgreementCheck.problems(suite, compose, "prod", prod))
                .containsExactly(
                        "compose and prod portal: health checks differ, compose asks http://127.0.0.1:8080/health/readiness, "
                                + "the readiness probe null",
                        "compose and prod portal: health check ports differ, 8080 and null");
    }

    @Test
    void aPortalPointedAtAServiceThatIsNotThereOrNotReady() {
        Map<String, Object> portal = map(map(compose.get("services")).get("portal"));
        map(portal.get("environment")).put("MICRONAUT_HTTP_SERVICES_AWARDS_URL", "http://awards-service:8084");
        map(portal.get("depends_on")).remove("units-service");
        KubernetesCheck.named(dev, "ConfigMap", configMapOf(dev, "portal")).ifPresent(cm -> {
            map(cm.get("data")).put("MICRONAUT_HTTP_SERVICES_UNITS_URL", "http://units:8081");
            map(cm.get("data")).remove("MICRONAUT_HTTP_SERVICES_NOTIFICATIONS_URL");
        });

        assertThat(ComposeCheck.problems(suite, compose))
                .containsExactlyInAnyOrder(
                        "compose portal: MICRONAUT_HTTP_SERVICES_AWARDS_URL calls awards-service on port 8084, which listens on 8083",
                        "compose portal: uses units-service without depends_on it");
        assertThat(KubernetesCheck.problems(suite, "dev", dev))
                .containsExactlyInAnyOrder(
                        "dev portal: MICRONAUT_HTTP_SERVICES_UNITS_URL points at units:8081, which no rendered Service serves",
                        "dev portal: MICRONAUT_HTTP_SERVICES_NOTIFICATIONS_URL is not set (the default points at 127.0.0.1)");
    }

    @Test
    void aServiceOpenToTheOutsideThroughAnIngress() {
        Map<String, Object> ingress =
                KubernetesCheck.named(prod, "Ingress", "portal").orElseThrow();
        Map<String, Object> path =
                map(list(at(list(at(ingress, "spec", "rules")).get(0), "http", "paths"))
                        .get(0));
        map(at(path, "backend", "service")).put("name", "units-service");

        assertThat(KubernetesCheck.problems(suite, "prod", prod))
                .containsExactly(
                        "prod Ingress portal: routes to units-service, which is not the portal (the services stay inside)",
                        "prod portal: no Ingress routes to it");
    }

    @Test
    void aPortalThatMayNotReachTheServicesOrBeReachedFromTheIngressController() {
        Map<String, Object> egress =
                KubernetesCheck.named(prod, "NetworkPolicy", "portal-egress").orElseThrow();
        map(list(at(list(at(egress, "spec", "egress")).get(0), "to")).get(0))
                .put("podSelector", Map.of("matchLabels", Map.of("app.kubernetes.io/name", "units-service")));
        Map<String, Object> servicesHttp =
                KubernetesCheck.named(prod, "NetworkPolicy", "services-http").orElseThrow();
        list(at(list(at(servicesHttp, "spec", "ingress")).get(0), "from"))
                .removeIf(peer -> at(peer, "podSelector") != null);
        prod.removeIf(o ->
                "NetworkPolicy".equals(o.get("kind")) && "portal-http".equals(Yamls.string(o, "metadata", "name")));

        assertThat(KubernetesCheck.problems(suite, "prod", prod))
                .containsExactlyInAnyOrder(
                        "prod portal: no NetworkPolicy lets the ingress controller reach it",
                        "prod units-service: no NetworkPolicy lets the portal reach it",
                        "prod campaigns-service: no NetworkPolicy lets the portal reach it",
                        "prod awards-service: no NetworkPolicy lets the portal reach it",
                        "prod notifications-service: no NetworkPolicy lets the portal reach it",
                        "prod portal: no NetworkPolicy lets it reach campaigns-service on port 8082",
                        "prod portal: no NetworkPolicy lets it reach awards-service on port 8083",
                        "prod portal: no NetworkPolicy lets it reach notifications-service on port 8084");
    }

    @Test
    void emailsLinkingToAPortalAddressThatLeadsNowhere() {
        map(map(compose.get("services")).get("portal")).put("ports", List.of("127.0.0.1:8090:8080/tcp"));
        KubernetesCheck.named(prod, "ConfigMap", configMapOf(prod, "notifications-service"))
                .ifPresent(cm -> map(cm.get("data")).put("THIDUA_PORTAL_URL", "https://portal.example.org"));

        assertThat(ComposeCheck.problems(suite, compose))
                .containsExactly("compose notifications-service: "
                        + "THIDUA_PORTAL_URL http://localhost:8080 is no port the portal publishes [8090]");
        assertThat(KubernetesCheck.problems(suite, "prod", prod))
                .containsExactly("prod notifications-service: "
                        + "THIDUA_PORTAL_URL https://portal.example.org is no host of an Ingress to the portal "
                        + "[localhost, 127.0.0.1, thidua.example.org]");
    }

    /** The generated (hash-suffixed) name of a service's own ConfigMap. */
    private static String configMapOf(List<Map<String, Object>> objects, String service) {
        return list(container(objects, service).get("envFrom")).stream()
                .map(from -> Yamls.string(from, "configMapRef", "name"))
                .filter(name -> name != null && name.startsWith(service + "-"))
                .findFirst()
                .orElseThrow();
    }

    private static Map<String, Object> deployment(List<Map<String, Object>> objects, String name) {
        return KubernetesCheck.named(objects, "Deployment", name).orElseThrow();
    }

    private static Map<String, Object> container(List<Map<String, Object>> objects, String name) {
        return map(list(at(deployment(objects, name), "spec", "template", "spec", "containers"))
                .get(0));
    }
}
