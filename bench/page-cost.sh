#!/usr/bin/env bash
# CPU per page next to the static page, one session, same run (PostgreSQL, the dashboard benchmark's
# data): wall time, CPU of the app + client JVM and of the local PostgreSQL, ratio to the static page.
# Run:  bench/page-cost.sh        (extra Maven options may follow, e.g. bench/page-cost.sh -o)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test "$@"
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" bench.PageCostBenchmark
