#!/usr/bin/env bash
# Dashboard and task pages under load on PostgreSQL, signed in (PARINDEX_TEST_PG_URL/_USER/_PASSWORD,
# default jdbc:postgresql://localhost:5432/parindex_test, parindex/parindex): 200 units × 50 tasks, one
# PAR officer per unit and 5 appraisers, the app in-process on a random port with profile postgres and a
# fresh schema (dropped afterwards); 50 sessions sign in through the login form, then request for
# BENCH_SECONDS (20) each after a 5 s warm-up, alternating in 4 slices: a static page and the pages' mix.
# Prints p50/p95/p99, req/s, failures, the pages/static throughput ratio and the load average.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test "$@"
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" bench.DashboardBenchmark
