#!/usr/bin/env bash
# One-stop dossier import on PostgreSQL (PARINDEX_TEST_PG_URL/_USER/_PASSWORD, default
# jdbc:postgresql://localhost:5432/parindex_test, parindex/parindex; a fresh schema, dropped afterwards):
# BENCH_DOSSIERS (1,000,000) records over BENCH_DOSSIER_UNITS (4) units as CSV and JSON, imported through
# the service the API uses in a JVM capped at 512 MB, against COPY of the same rows into the same table in
# the same run (ratios printed); then p95 of 100 pushes of 1,000 records until visible in the indicators.
# BENCH_DB=h2: the same on an H2 file database in a fresh temporary directory (deleted afterwards), against
# H2's own CSVREAD bulk load of the same CSV files (see bench/README.md, "Issue 12 on H2").
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test "$@"
exec java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" bench.DossierBenchmark
