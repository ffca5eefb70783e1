#!/usr/bin/env bash
# Load-independent cost of each page of bench/dashboard.sh (same data): SQL statements, KB allocated
# and CPU ms on Tomcat's threads per request, one request at a time (BENCH_REQUESTS, default 300).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test "$@"
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" bench.PageFigures
