#!/usr/bin/env bash
# Starts (or reuses) a local PostgreSQL for the benchmarks: Debian's `postgresql` package
# (any PostgreSQL 14+ binaries: PG_BIN=/path/to/bin), a cluster of its own in
# BENCH_DATA/pg (default: scale-data/pg beside the checkout, outside any build's target directory),
# on port BENCH_PG_PORT (default 55433), trust authentication on 127.0.0.1 only.
#
#   bench/pg.sh start     initdb on first use, start unless running; prints the JDBC URL
#   bench/pg.sh stop
#   bench/pg.sh url       the JDBC URL of the benchmark database
#
# As root the server runs as the `postgres` user (initdb refuses root).
set -euo pipefail

BENCH_DATA="${BENCH_DATA:-$(cd "$(dirname "$0")/../.." && pwd)/scale-data}"
PORT="${BENCH_PG_PORT:-55433}"
PGDATA="$BENCH_DATA/pg"
DB=incentives_scale
if [ -z "${PG_BIN:-}" ]; then
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
fi
url() { echo "jdbc:postgresql://127.0.0.1:${PORT}/${DB}?user=postgres&reWriteBatchedInserts=true"; }

as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
    if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/pg_ctl" ]; then
        if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
            echo "Installing Debian's postgresql package..." >&2
            apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
            PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
        else
            echo "No PostgreSQL server binaries found: install Debian's postgresql package or set PG_BIN" >&2
            exit 2
        fi
    fi
    mkdir -p "$BENCH_DATA"
    if [ ! -f "$PGDATA/PG_VERSION" ]; then
        [ "$(id -u)" = 0 ] && chown postgres "$BENCH_DATA"
        as_owner "$PG_BIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
        cat >> "$PGDATA/postgresql.conf" <<CONF
# benchmark settings (bench/pg.sh)
listen_addresses = '127.0.0.1'
port = ${PORT}
unix_socket_directories = '${PGDATA}'
shared_buffers = 1GB
effective_cache_size = 4GB
work_mem = 32MB
maintenance_work_mem = 512MB
max_wal_size = 8GB
checkpoint_timeout = 15min
random_page_cost = 1.1
max_connections = 200
CONF
    fi
    if ! as_owner "$PG_BIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; then
        as_owner "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -t 120 start >/dev/null
    fi
    if ! as_owner "$PG_BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -Atqc \
            "select 1 from pg_database where datname = '${DB}'" | grep -q 1; then
        as_owner "$PG_BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -qc "create database ${DB}"
    fi
    echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on port ${PORT}, data in ${PGDATA}" >&2
    url
}

case "${1:-start}" in
    start) start ;;
    stop) as_owner "$PG_BIN/pg_ctl" -D "$PGDATA" -m fast stop ;;
    url) url ;;
    *) echo "usage: bench/pg.sh start|stop|url" >&2; exit 2 ;;
esac
