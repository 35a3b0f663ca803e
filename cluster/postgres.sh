#!/usr/bin/env bash
# A local PostgreSQL for a production trial and the cluster scripts, from Debian's `postgresql`
# package (apt-get install -y postgresql): its own data directory, port and socket, nothing of the
# system's cluster touched. As root (initdb refuses root) it runs as the `postgres` user.
#
#   cluster/postgres.sh start    create (first time) and start; database and user `incentives`
#   cluster/postgres.sh reset    drop and create the database `incentives` again (empty)
#   cluster/postgres.sh psql ... psql on the database as its owner (e.g. psql -c 'select 1')
#   cluster/postgres.sh stop     stop it (the data stays)
#   cluster/postgres.sh url      the JDBC URL
#
# Settings (environment): PG_PORT (55432), PG_DATA (target/cluster/pgdata; as root, where the
# `postgres` user cannot reach that: /var/tmp/incentives-workbench-pgdata-<port>), PG_BIN (the newest
# /usr/lib/postgresql/*/bin), PG_PASSWORD (the `incentives` user's password, default incentives).
set -euo pipefail
cd "$(dirname "$0")/.."

PG_PORT="${PG_PORT:-55432}"
if [ -z "${PG_DATA:-}" ]; then
    PG_DATA="$PWD/target/cluster/pgdata"
    # as root the server runs as `postgres`, which must reach the directory (not so under /root)
    if [ "$(id -u)" = 0 ]; then
        mkdir -p "$(dirname "$PG_DATA")"
        if ! runuser -u postgres -- test -x "$(dirname "$PG_DATA")" 2>/dev/null; then
            PG_DATA="/var/tmp/incentives-workbench-pgdata-$PG_PORT"
        fi
    fi
fi
PG_PASSWORD="${PG_PASSWORD:-incentives}"
PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"
SOCKET_DIR=/tmp
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
    echo "PostgreSQL not found: apt-get install -y postgresql (or set PG_BIN)" >&2
    exit 1
fi

# initdb and postgres refuse to run as root: run them as the package's `postgres` user then
as_owner() {
    if [ "$(id -u)" = 0 ]; then
        (cd / && runuser -u postgres -- "$@")
    else
        "$@"
    fi
}

psql_admin() {
    as_owner "$PG_BIN/psql" -h "$SOCKET_DIR" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@"
}

init() {
    [ -f "$PG_DATA/PG_VERSION" ] && return 0
    mkdir -p "$PG_DATA"
    if [ "$(id -u)" = 0 ]; then
        id postgres >/dev/null 2>&1 || { echo "as root this needs the 'postgres' user of Debian's postgresql package" >&2; exit 1; }
        chown postgres "$PG_DATA"
    fi
    chmod 700 "$PG_DATA"
    as_owner "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 >/dev/null
    cat >> "$PG_DATA/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$SOCKET_DIR'
max_connections = 100
CONF
}

running() {
    as_owner "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1
}

create_database() {
    if [ -z "$(psql_admin -c "select 1 from pg_roles where rolname = 'incentives'")" ]; then
        psql_admin -c "create role incentives login password '$PG_PASSWORD'"
    fi
    if [ -z "$(psql_admin -c "select 1 from pg_database where datname = 'incentives'")" ]; then
        psql_admin -c "create database incentives owner incentives encoding 'UTF8'"
    fi
}

case "${1:-start}" in
    start)
        init
        if ! running; then
            as_owner "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" -w -t 60 start >/dev/null
        fi
        create_database
        echo "PostgreSQL on 127.0.0.1:$PG_PORT, database incentives, user incentives ($PG_DATA)"
        ;;
    reset)
        psql_admin -c "drop database if exists incentives with (force)"
        create_database
        ;;
    psql)
        shift
        as_owner "$PG_BIN/psql" -h "$SOCKET_DIR" -p "$PG_PORT" -U postgres -d incentives -v ON_ERROR_STOP=1 "$@"
        ;;
    stop)
        if [ -f "$PG_DATA/PG_VERSION" ] && running; then
            as_owner "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null
        fi
        ;;
    url)
        echo "jdbc:postgresql://127.0.0.1:$PG_PORT/incentives"
        ;;
    *)
        echo "usage: $0 start|reset|psql|stop|url" >&2
        exit 2
        ;;
esac
