#!/usr/bin/env bash
# Indicators benchmark: 1,000,000 dossiers over 168 communes generated in PostgreSQL (PARINDEX_TEST_PG_URL/_USER/
# _PASSWORD, default jdbc:postgresql://localhost:5432/parindex_test, parindex/parindex; schema bench_indicators).
# BENCH_DB=h2: the same on an H2 file database in a fresh temporary directory; BENCH_DOSSIERS sets the size.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test "$@"
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" bench.IndicatorsBenchmark
