#!/usr/bin/env bash
# The yearly round on PostgreSQL (PARINDEX_TEST_PG_URL/_USER/_PASSWORD, default
# jdbc:postgresql://localhost:5432/parindex_test, parindex/parindex; a fresh schema, dropped afterwards):
# BENCH_UNITS (168) communes × 80 leaves with evidence, self-assessed, submitted, appraised in rounds 1
# and 2 through the service layer; the appraiser's page of a unit under 50 signed-in sessions
# (BENCH_SECONDS, 20; 0 skips it), measured once the pages are steady and the JIT compilers done (their
# CPU ≤ 3 % of the JVM's in a warm-up slice; up to 4 min of warm-up), with the compilers', collector's and
# hypervisor's (steal) share of the measured slices printed; then publication timed against a floor measured in the same run
# (the SQL ranking aggregate + one batch insert of as many plan-line rows). Prints the ratio and a
# SHA-256 of everything publication stored (equal before and after a change to how it writes), and a
# second floor: storing the same entries, plan texts, sections and lines by COPY into tables of the same
# shape (keys and foreign keys included).
# BENCH_JAVA_OPTS: extra JVM options, e.g. -XX:StartFlightRecording=settings=profile,filename=x.jfr
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test "$@"
exec java -Xmx1g ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" bench.RoundBenchmark
