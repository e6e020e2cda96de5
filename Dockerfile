# One image per deployable (the four services and the web portal), built from this repository:
#   docker build --build-arg SERVICE=units-service -t thidua/units-service:0.1.0-SNAPSHOT .
#   docker build --build-arg SERVICE=portal -t thidua/portal:0.1.0-SNAPSHOT .
# (docker-compose.yml builds all five; deploy/verify-images.sh builds and starts them with podman.)
# Build arguments: SERVICE (required), BUILD_IMAGE / RUN_IMAGE (a JDK 17 and a JRE 17 image, Debian or Ubuntu
# based), MAVEN_ARGS (extra Maven flags, e.g. -o) and MAVEN_USER_HOME (where the wrapper and the local repository live).
ARG BUILD_IMAGE=eclipse-temurin:17-jdk
ARG RUN_IMAGE=eclipse-temurin:17-jre

FROM ${BUILD_IMAGE} AS build
ARG SERVICE
ARG MAVEN_ARGS=""
ARG MAVEN_USER_HOME=/root/.m2
RUN test -n "${SERVICE}" || { echo "build with --build-arg SERVICE=<units|campaigns|awards|notifications>-service or SERVICE=portal" >&2; exit 1; }
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
COPY deploy/docker/healthcheck deploy/docker/train-class-data /app/
# Class-data sharing (ADR 6, ADR 51): a training start records the classes the deployable loads into /app/app.jsa. No
# database answers during the build, so a service's start ends at Flyway's first connection, by then most classes are
# loaded; the portal needs neither database nor Kafka and is stopped once it is live (ADR 56).
RUN /app/train-class-data /app/app.jar /app/app.jsa && rm /app/train-class-data \
 && chmod 0444 /app/app.jsa /app/app.jar && chmod 0555 /app/healthcheck
USER 10001:10001
# The JVM sizes its heap from the container's memory limit; these are overridable by environment.
ENV JDK_JAVA_OPTIONS="-XX:MaxRAMPercentage=70 -XX:+ExitOnOutOfMemoryError -Xss512k"
# Log lines: text for people (the default), json for a log store (compose and Kubernetes set it; ADR 0090).
ENV THIDUA_LOG_FORMAT=text
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/app.jsa", "-Xlog:cds=off", "-Xlog:class+path=off", "-jar", "/app/app.jar"]
