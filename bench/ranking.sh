#!/usr/bin/env bash
# Ranking benchmark: 3,321 communes × 80 scored leaves, H2 and PostgreSQL (PARINDEX_TEST_PG_URL/_USER/_PASSWORD,
# default jdbc:postgresql://localhost:5432/parindex_test, parindex/parindex; skipped with a message if unreachable).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test "$@"
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" bench.RankingBenchmark
