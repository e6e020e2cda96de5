#!/usr/bin/env bash
# Outbox relay vs the raw Kafka producer on the same embedded broker, in one run.
# Usage: bench/relay.sh [events=100000] [seconds at 1,000 events/s=30]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl bench -am install -DskipTests
exec java -Xmx1g -cp "bench/target/classes:$(cat bench/target/bench.classpath)" org.thidua.bench.RelayBenchmark "$@"
