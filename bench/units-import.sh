#!/usr/bin/env bash
# units-service CSV import: 10,000 units (Vietnamese names, a two-level hierarchy) in one file, through the real
# service jar, database and broker; the time the request takes, and until every unit.registered event is on Kafka.
# Usage: bench/units-import.sh [units=10000] [runs=3]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl units-service,bench -am install -DskipTests
exec java -Xmx1g -cp "bench/target/classes:$(cat bench/target/bench.classpath)" org.thidua.bench.UnitsImportBenchmark "$@"
