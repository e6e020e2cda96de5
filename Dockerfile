# One image per service, built from this repository:
#   docker build --build-arg SERVICE=units-service -t thidua/units-service:0.1.0-SNAPSHOT .
# (docker-compose.yml builds all four; deploy/verify-images.sh builds and starts them with podman.)
# Build arguments: SERVICE (required), BUILD_IMAGE / RUN_IMAGE (a JDK 17 and a JRE 17 image, Debian or Ubuntu
# based), MAVEN_ARGS (extra Maven flags, e.g. -o) and MAVEN_USER_HOME (where the wrapper and the local repository live).
ARG BUILD_IMAGE=eclipse-temurin:17-jdk
ARG RUN_IMAGE=eclipse-temurin:17-jre

FROM ${BUILD_IMAGE} AS build
ARG SERVICE
ARG MAVEN_ARGS=""
ARG MAVEN_USER_HOME=/root/.m2
RUN test -n "${SERVICE}" || { echo "build with --build-arg SERVICE=<units|campaigns|awards|notifications>-service" >&2; exit 1; }
WORKDIR /src
COPY . .
# The service and the modules it is built from, tests skipped (they ran in CI); the jar is the shaded runnable one.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q ${MAVEN_ARGS} -Dmaven.repo.local="${MAVEN_USER_HOME}/repository" \
        -pl "${SERVICE}" -am package -Dmaven.test.skip=true \
 && cp "${SERVICE}/target/${SERVICE}-"*.jar /app.jar

FROM ${RUN_IMAGE}
ARG SERVICE
LABEL org.opencontainers.image.title="${SERVICE}"
RUN useradd --uid 10001 --user-group --home-dir /app --no-create-home --shell /usr/sbin/nologin thidua
WORKDIR /app
COPY --from=build /app.jar /app/app.jar
COPY deploy/docker/healthcheck /app/healthcheck
# Class-data sharing (ADR 6): a training start records the classes the service loads into /app/app.jsa. No database
# answers during the build, so the start ends at Flyway's first connection, by then most classes are loaded.
RUN DATASOURCES_DEFAULT_URL=jdbc:mysql://127.0.0.1:1/training KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:1 \
    java -XX:ArchiveClassesAtExit=/app/app.jsa -Xlog:cds=off -jar /app/app.jar >/dev/null 2>&1; \
    test -s /app/app.jsa && chmod 0444 /app/app.jsa /app/app.jar && chmod 0555 /app/healthcheck
USER 10001:10001
# The JVM sizes its heap from the container's memory limit; these are overridable by environment.
ENV JDK_JAVA_OPTIONS="-XX:MaxRAMPercentage=70 -XX:+ExitOnOutOfMemoryError -Xss512k"
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/app.jsa", "-Xlog:cds=off", "-Xlog:class+path=off", "-jar", "/app/app.jar"]
