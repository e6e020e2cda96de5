#!/usr/bin/env bash
# Each service's time from process start to readiness, and its resident memory when idle.
# Usage: bench/startup.sh [runs=3] [idle seconds=10]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q install -DskipTests
exec java -cp "bench/target/classes:$(cat bench/target/bench.classpath)" org.thidua.bench.StartupBenchmark "$@"
