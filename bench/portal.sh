#!/usr/bin/env bash
# The portal's pages with U units in G groups and N concurrent signed-in people, side by side with the calls to the
# services' APIs each page makes, measured the same way in the same run (issue 15).
# Usage: bench/portal.sh [units=2000] [groups=40] [users=50] [requests per page=2000]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl units-service,campaigns-service,awards-service,notifications-service,portal,bench -am package \
  -DskipTests -Dmaven.jar.forceCreation=true
exec java -Xmx1g -cp "bench/target/classes:$(cat bench/target/bench.classpath)" org.thidua.bench.PortalBenchmark "$@"
