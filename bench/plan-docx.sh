#!/usr/bin/env bash
# Plan documents benchmark (80-line appendix): median of 10 warm runs of DOCX, PDF and XLSX, each
# with its ratio to a floor measured in the same run (bare POI DOCX, same 80x7 plain-text table).
# Run:  bench/plan-docx.sh        (extra Maven options may follow, e.g. bench/plan-docx.sh -o)
# Target: DOCX under 1 s warm.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test "$@"
exec java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" bench.PlanDocxBenchmark
