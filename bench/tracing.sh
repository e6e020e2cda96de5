#!/usr/bin/env bash
# What tracing costs (ADR 94): the outbox relay and the notifications fan-out with tracing off, sampled at 10 % and at
# 100 %, in one run.
# Usage: bench/tracing.sh [relay events=20000] [fan-out units=2000]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl notifications-service,bench -am package -DskipTests -Dmaven.jar.forceCreation=true
exec java -Xmx1g -cp "bench/target/classes:$(cat bench/target/bench.classpath)" org.thidua.bench.TracingCostBenchmark "$@"
