#!/usr/bin/env bash
# campaigns-service through its HTTP API: N units register and submit score sheets concurrently at a paced rate,
# then a period of N sheets is finalized, after an unmeasured warm-up round with the first W units.
# Usage: bench/campaigns.sh [units=2000] [requests/s=500] [concurrency=64] [warm-up units W=1000]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl campaigns-service,bench -am package -DskipTests -Dmaven.jar.forceCreation=true
exec java -Xmx1g -cp "bench/target/classes:$(cat bench/target/bench.classpath)" org.thidua.bench.CampaignsBenchmark "$@"
