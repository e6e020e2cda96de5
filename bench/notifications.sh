#!/usr/bin/env bash
# notifications-service fan-out of one campaign launch to N units into the embedded SMTP server, against a plain
# Jakarta Mail loop over one reused connection, in one run; with several instances, how the fan-out is shared.
# Usage: bench/notifications.sh [units=10000] [instances=1]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl notifications-service,bench -am package -DskipTests -Dmaven.jar.forceCreation=true
exec java -Xmx1g -cp "bench/target/classes:$(cat bench/target/bench.classpath)" org.thidua.bench.NotificationsBenchmark "$@"
