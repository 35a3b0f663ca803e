#!/usr/bin/env bash
# Runs a benchmark of docs/benchmark.md on H2 (default) or PostgreSQL, from a fresh clone too:
# Maven builds what the persistence module needs (the -am reactor, online, so the exec plugin is
# fetched on first use) and runs the benchmark's main class with the test classpath.
#
#   bench/run.sh lists [h2|pg] [-Dname=value ...]       list pages (claims queue, My claims, plan queue, My plans)
#   bench/run.sh contention [h2|pg] [-Dname=value ...]  1,000 claims submitted at once on one fund
#   bench/run.sh generate [h2|pg]                       only the scale data (first run of lists does it too)
#
# The scale data (1,000 partners, 100,000 plans, 1,000,000 claims) is generated on first use and
# kept in BENCH_DATA (default: scale-data beside the checkout, e.g. /work/scale-data): H2 in
# BENCH_DATA/h2/incentives.mv.db (~20 min, ~5 GB), PostgreSQL in the cluster bench/pg.sh starts on
# port BENCH_PG_PORT (default 55433, data in BENCH_DATA/pg). Later runs reuse it (about a second).
# Options: -Dbenchmark.lists=claims,myclaims,plans,myplans  -Dbenchmark.warmup=30  -Dbenchmark.runs=50
#          -Dbenchmark.threads=32  -Dbenchmark.submissions=1000  -Dbenchmark.rounds=3
#          -Dscale.factor=0.05 (a small data set for trying things; use another BENCH_DATA)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
export BENCH_DATA="${BENCH_DATA:-$(cd "$ROOT/.." && pwd)/scale-data}"

WHICH="${1:-}"
ENGINE="${2:-h2}"
shift $(( $# > 2 ? 2 : $# )) || true
case "$WHICH" in
    lists) MAIN=works.incentives.persistence.scale.ListsBenchmark ;;
    contention) MAIN=works.incentives.persistence.scale.ContentionBenchmark ;;
    generate) MAIN=works.incentives.persistence.scale.ScaleData ;;
    *) sed -n '2,16p' "$0" >&2; exit 2 ;;
esac
case "$ENGINE" in
    h2)
        mkdir -p "$BENCH_DATA/h2"
        DB=(-Dscale.db="$BENCH_DATA/h2/incentives")
        ;;
    pg|postgres|postgresql)
        URL=$("$ROOT/bench/pg.sh" start)
        DB=(-Dscale.url="$URL")
        ;;
    *) echo "engine: h2 or pg, not '$ENGINE'" >&2; exit 2 ;;
esac

echo "== $WHICH on $ENGINE (data in $BENCH_DATA); building the persistence module..." >&2
exec mvn -B -q -pl persistence -am -Pbenchmark process-test-classes \
    -Dbenchmark.main="$MAIN" "${DB[@]}" "$@"
