#!/usr/bin/env bash
# Dashboard load benchmark on PostgreSQL (PARINDEX_TEST_PG_URL/_USER/_PASSWORD, default
# jdbc:postgresql://localhost:5432/parindex_test, parindex/parindex): 200 units × 50 tasks, the app on a
# random port with profile postgres and a fresh schema, 50 concurrent sessions for BENCH_SECONDS (20) per
# phase: a static page, then the dashboard page / province page / task list. Prints p50/p95/p99, req/s, ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test "$@"
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" bench.DashboardBenchmark
