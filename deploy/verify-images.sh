#!/usr/bin/env bash
# deploy/verify-images.sh - build every service image from the Dockerfile and start it for real, without Docker and
# without an image registry: podman (runc, cgroupfs), a Debian base image made by debootstrap, the embedded stack's
# Kafka and database on the host network. Not part of CI: it needs root, apt and several minutes.
#
#   deploy/verify-images.sh [all|base|build|run]     (default all = base, build, run)
#
#   base   Debian 12 rootfs by debootstrap + OpenJDK 17 from apt, imported as localhost/thidua-base:17-jre and :17-jdk
#          (kept: a second run reuses them; THIDUA_REBUILD_BASE=1 makes them again)
#   build  podman build of the five images (four services and the portal) (BUILD_IMAGE / RUN_IMAGE = the local bases), tagged thidua/<service>:<version>,
#          Maven offline against this machine's ~/.m2 (mounted as an overlay: nothing is written to it)
#   run    ./thidua up -d --infra-only on ports of its own, then each image as a container on the host network with the
#          Kubernetes restrictions (non-root, read-only root filesystem, no capabilities), waits for every
#          /health/readiness = 200 and prints how long each took; then stops everything it started.
#
# build and run use a clean export of a commit (THIDUA_VERIFY_REF, default HEAD) in $THIDUA_VERIFY_HOME/src, so what is
# verified is what is committed, whatever else the working tree holds.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$ROOT"
STEP="${1:-all}"
VERSION="$(sed -n '0,/<artifactId>thidua-parent<\/artifactId>/d; s:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)"
SERVICES=(units-service:8081 campaigns-service:8082 awards-service:8083 notifications-service:8084 portal:8080)
SUITE="${THIDUA_DEBIAN_SUITE:-bookworm}"
MIRROR="${THIDUA_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
WORK="${THIDUA_VERIFY_HOME:-/var/tmp/thidua-verify}"
JRE_IMAGE=localhost/thidua-base:17-jre
JDK_IMAGE=localhost/thidua-base:17-jdk
# the containers share the host's network: a token secret of this run only, and the services on 127.0.0.1 only
JWT_SECRET="$(head -c 48 /dev/urandom | base64 | tr -d '\n/+=')"
PORTAL_SESSION_SECRET="$(head -c 48 /dev/urandom | base64 | tr -d '\n/+=')"
PORT_OFFSET="${THIDUA_VERIFY_PORT_OFFSET:-10000}"    # services on 18081..18084, Kafka 19092, MariaDB 13307: beside a ./thidua up
KAFKA_PORT=$((9092 + PORT_OFFSET)); DB_PORT=$((3307 + PORT_OFFSET)); SMTP_PORT=$((3025 + PORT_OFFSET))
READY_TIMEOUT="${THIDUA_VERIFY_READY_TIMEOUT:-240}"
REF="${THIDUA_VERIFY_REF:-HEAD}"
SRC="$WORK/src"
PODMAN=(podman --runtime /usr/sbin/runc)

say() { printf '%s verify-images: %s\n' "$(date -u +%H:%M:%S)" "$*"; }
die() { say "FAILED: $*"; exit 1; }

tools() {
  [[ $(id -u) -eq 0 ]] || die "run as root (podman, debootstrap)"
  local missing=()
  command -v podman >/dev/null || missing+=(podman)
  [[ -x /usr/sbin/runc ]] || missing+=(runc)
  command -v debootstrap >/dev/null || missing+=(debootstrap)
  command -v curl >/dev/null || missing+=(curl)
  if ((${#missing[@]})); then
    say "installing ${missing[*]}"
    apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null || { apt-get update -q >/dev/null; apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null; }
  fi
  if [[ ! -f /etc/containers/containers.conf ]]; then
    say "writing /etc/containers/containers.conf (cgroupfs, no default ulimits)"
    mkdir -p /etc/containers
    printf '[containers]\ndefault_ulimits = []\n\n[engine]\ncgroup_manager = "cgroupfs"\n' > /etc/containers/containers.conf
  fi
}

export_source() {
  rm -rf "$SRC"; mkdir -p "$SRC"
  git -C "$ROOT" archive "$REF" | tar -x -C "$SRC"
  say "verifying $(git -C "$ROOT" rev-parse --short "$REF") ($(git -C "$ROOT" log -1 --format=%s "$REF" | cut -c1-60)...)"
}

image_exists() { "${PODMAN[@]}" image exists "$1"; }

base() {
  if [[ -z "${THIDUA_REBUILD_BASE:-}" ]] && image_exists "$JRE_IMAGE" && image_exists "$JDK_IMAGE"; then
    say "base images present: $JRE_IMAGE, $JDK_IMAGE"
    return
  fi
  local rootfs="$WORK/rootfs"
  rm -rf "$rootfs"; mkdir -p "$rootfs"
  say "debootstrap $SUITE (minbase) into $rootfs"
  debootstrap --variant=minbase "$SUITE" "$rootfs" "$MIRROR" > "$WORK/debootstrap.log" 2>&1 \
    || die "debootstrap, see $WORK/debootstrap.log"
  mount -t proc proc "$rootfs/proc"
  trap 'umount "$rootfs/proc" 2>/dev/null || true' RETURN
  say "apt-get install openjdk-17-jre-headless in the rootfs"
  chroot "$rootfs" /bin/sh -c 'apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends openjdk-17-jre-headless ca-certificates && apt-get clean && rm -rf /var/lib/apt/lists/*' \
    > "$WORK/apt-jre.log" 2>&1 || die "JRE install, see $WORK/apt-jre.log"
  umount "$rootfs/proc"
  tar -C "$rootfs" -c . | "${PODMAN[@]}" import --change 'CMD ["/bin/bash"]' - "$JRE_IMAGE" >/dev/null
  mount -t proc proc "$rootfs/proc"
  say "apt-get install openjdk-17-jdk-headless in the rootfs"
  chroot "$rootfs" /bin/sh -c 'apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends openjdk-17-jdk-headless && apt-get clean && rm -rf /var/lib/apt/lists/*' \
    > "$WORK/apt-jdk.log" 2>&1 || die "JDK install, see $WORK/apt-jdk.log"
  umount "$rootfs/proc"
  tar -C "$rootfs" -c . | "${PODMAN[@]}" import --change 'CMD ["/bin/bash"]' - "$JDK_IMAGE" >/dev/null
  rm -rf "$rootfs"
  say "base images: $("${PODMAN[@]}" images --format '{{.Repository}}:{{.Tag}} {{.Size}}' localhost/thidua-base | tr '\n' ' ')"
}

build() {
  [[ -d "$HOME/.m2/repository" ]] || die "no ~/.m2/repository: build the project once (./mvnw -B install -DskipTests)"
  for entry in "${SERVICES[@]}"; do
    local service="${entry%%:*}" started=$SECONDS
    say "building thidua/$service:$VERSION"
    "${PODMAN[@]}" build --network host --layers \
      --build-arg SERVICE="$service" --build-arg BUILD_IMAGE="$JDK_IMAGE" --build-arg RUN_IMAGE="$JRE_IMAGE" \
      --build-arg MAVEN_ARGS=-o --build-arg MAVEN_USER_HOME=/m2 \
      --volume "$HOME/.m2:/m2:O" \
      -t "thidua/$service:$VERSION" -f "$SRC/Dockerfile" "$SRC" > "$WORK/build-$service.log" 2>&1 \
      || { tail -30 "$WORK/build-$service.log"; die "build of $service, see $WORK/build-$service.log"; }
    say "built thidua/$service:$VERSION in $((SECONDS - started)) s, $("${PODMAN[@]}" image inspect --format '{{.Size}}' "thidua/$service:$VERSION" | awk '{printf "%.0f MB", $1/1e6}')"
  done
}

cleanup_run() {
  for entry in "${SERVICES[@]}"; do
    "${PODMAN[@]}" rm -f -t 10 "thidua-verify-${entry%%:*}" >/dev/null 2>&1 || true
  done
  "$SRC/thidua" down --home "$WORK/stack" >/dev/null 2>&1 || true
}

run() {
  trap cleanup_run EXIT
  say "embedded stack (infra only): Kafka $KAFKA_PORT, MariaDB $DB_PORT, SMTP $SMTP_PORT, home $WORK/stack"
  (cd "$SRC" && ./mvnw -B -q -o -pl deploy/local package -DskipTests) > "$WORK/stack-build.log" 2>&1 \
    || die "building the embedded stack, see $WORK/stack-build.log"
  "$SRC/thidua" up -d --infra-only --home "$WORK/stack" --kafka-port "$KAFKA_PORT" \
    --kafka-controller-port $((9093 + PORT_OFFSET)) --db-port "$DB_PORT" --smtp-port "$SMTP_PORT" \
    --mail-http-port $((8025 + PORT_OFFSET)) > "$WORK/stack-up.log" 2>&1 || die "stack, see $WORK/stack-up.log"
  declare -A started_at=()
  for entry in "${SERVICES[@]}"; do
    start_container "${entry%%:*}" "${entry##*:}"
    started_at[${entry%%:*}]=$(date +%s%N)
  done
  # all five start together (as after a node restart); each is polled every 0.2 s until its readiness says 200
  declare -A ready_ms=()
  local deadline=$((SECONDS + READY_TIMEOUT)) failed=0 done=0
  while ((done < ${#SERVICES[@]})); do
    for entry in "${SERVICES[@]}"; do
      local service="${entry%%:*}" port=$(( ${entry##*:} + PORT_OFFSET ))
      [[ -n "${ready_ms[$service]:-}" ]] && continue
      if curl -fsS -o /dev/null "http://127.0.0.1:$port/health/readiness" 2>/dev/null; then
        ready_ms[$service]=$(( ($(date +%s%N) - started_at[$service]) / 1000000 )); done=$((done + 1))
      elif ((SECONDS > deadline)) || [[ "$("${PODMAN[@]}" inspect --format '{{.State.Running}}' "thidua-verify-$service")" != true ]]; then
        say "$service NOT ready; its last log lines:"; "${PODMAN[@]}" logs --tail 20 "thidua-verify-$service" 2>&1 | sed 's/^/    /'
        ready_ms[$service]=failed; failed=1; done=$((done + 1))
      fi
    done
    sleep 0.2
  done
  for entry in "${SERVICES[@]}"; do
    local service="${entry%%:*}" port=$(( ${entry##*:} + PORT_OFFSET ))
    [[ "${ready_ms[$service]}" == failed ]] && continue
    local user; user="$("${PODMAN[@]}" exec "thidua-verify-$service" id -u)"
    local health; health="$(curl -fsS "http://127.0.0.1:$port/health" | grep -o '"status":"[A-Z_]*"' | head -1)"
    say "$service ready on :$port ${ready_ms[$service]} ms after its start (uid $user): /health $health"
  done
  ((failed == 0)) || die "not every service became ready"
  say "all five images built and ready"
  # class-data sharing (ADR 51): units-service restarted alone, with its archive and without, three times each
  for round in 1 2 3; do
    for share in auto off; do
      "${PODMAN[@]}" rm -f -t 30 thidua-verify-units-service >/dev/null
      start_container units-service 8081 -e JDK_JAVA_OPTIONS="-XX:MaxRAMPercentage=70 -XX:+ExitOnOutOfMemoryError -Xss512k -Xshare:$share"
      local t0; t0=$(date +%s%N)
      wait_ready units-service $((8081 + PORT_OFFSET)) || die "units-service did not restart"
      say "units-service restart $round with -Xshare:$share ready in $(( ($(date +%s%N) - t0) / 1000000 )) ms"
    done
  done
}

start_container() { # start_container SERVICE PORT [podman run options...]
  local service="$1" port=$(( $2 + PORT_OFFSET )) database="thidua_${1%-service}"
  shift 2
  "${PODMAN[@]}" rm -f "thidua-verify-$service" >/dev/null 2>&1 || true
  # the same restrictions as deploy/k8s: uid 10001, read-only root filesystem, a writable /tmp, no capabilities
  "${PODMAN[@]}" run -d --name "thidua-verify-$service" --network host \
    --read-only --tmpfs /tmp:rw,size=64m --cap-drop ALL --security-opt no-new-privileges --memory 512m \
    -e MICRONAUT_SERVER_PORT="$port" -e MICRONAUT_SERVER_HOST=127.0.0.1 \
    -e DATASOURCES_DEFAULT_URL="jdbc:mysql://127.0.0.1:$DB_PORT/$database?createDatabaseIfNotExist=true" \
    -e DATASOURCES_DEFAULT_USERNAME=thidua -e DATASOURCES_DEFAULT_PASSWORD=thidua \
    -e KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT" \
    -e SMTP_HOST=127.0.0.1 -e SMTP_PORT="$SMTP_PORT" \
    -e THIDUA_SECURITY_JWT_SECRET="$JWT_SECRET" \
    -e MICRONAUT_HTTP_SERVICES_UNITS_URL="http://127.0.0.1:$((8081 + PORT_OFFSET))" \
    -e MICRONAUT_HTTP_SERVICES_CAMPAIGNS_URL="http://127.0.0.1:$((8082 + PORT_OFFSET))" \
    -e MICRONAUT_HTTP_SERVICES_AWARDS_URL="http://127.0.0.1:$((8083 + PORT_OFFSET))" \
    -e MICRONAUT_HTTP_SERVICES_NOTIFICATIONS_URL="http://127.0.0.1:$((8084 + PORT_OFFSET))" \
    -e THIDUA_PORTAL_SESSION_SECRET="$PORTAL_SESSION_SECRET" \
    "$@" "thidua/$service:$VERSION" >/dev/null
}

wait_ready() { # wait_ready SERVICE PORT: 0 once /health/readiness answers 200
  local service="$1" port="$2" deadline=$((SECONDS + READY_TIMEOUT))
  until curl -fsS -o /dev/null "http://127.0.0.1:$port/health/readiness" 2>/dev/null; do
    if ((SECONDS > deadline)) || [[ "$("${PODMAN[@]}" inspect --format '{{.State.Running}}' "thidua-verify-$service")" != true ]]; then
      say "$service NOT ready; its last log lines:"; "${PODMAN[@]}" logs --tail 20 "thidua-verify-$service" 2>&1 | sed 's/^/    /'
      return 1
    fi
    sleep 0.2
  done
}

mkdir -p "$WORK"
tools
case "$STEP" in
  base) base ;;
  build) export_source; build ;;
  run) export_source; run ;;
  all) base; export_source; build; run ;;
  *) die "unknown step $STEP (all|base|build|run)" ;;
esac
