#!/usr/bin/env bash
# Score-table imports of 10,000, 50,000 and 100,000 rows (CSV, XLSX, DOCX) on PostgreSQL, each with
# the bare parse of the same file as its floor, and the ratio of the largest to the smallest per row.
#   bench/imports.sh                 the timings
#   bench/imports.sh --hostile [MB]  the larger hostile corpus (bombs expanding to MB, default 300)
# PostgreSQL: PARINDEX_TEST_PG_URL/_USER/_PASSWORD (default local parindex_test, parindex/parindex).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" bench.ImportBenchmark "$@"
