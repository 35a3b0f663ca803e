#!/usr/bin/env bash
# One Payara Micro node of the local cluster, in the background, on the PostgreSQL of
# cluster/postgres.sh. Its session ids end in ".<name>" (-DjvmRoute), which nginx routes on.
#
#   cluster/node.sh start a 18001     start node "a" on port 18001 (log: target/cluster/node-a.log)
#   cluster/node.sh stop a            stop it (SIGTERM, then SIGKILL after 30 s)
#   cluster/node.sh kill a            kill -9, as a crash
#   cluster/node.sh wait a 18001      wait until it answers /api/status (at most NODE_WAIT seconds, 600)
#
# The WAR and the Payara Micro jar come from the build (cluster/run.sh builds them). Environment:
# JAVA_OPTS (-Xmx512m -XX:+UseSerialGC), PG_PORT, PG_PASSWORD, and any INCENTIVES_* setting
# (README: Configuration), e.g. INCENTIVES_DEMO=true.
set -euo pipefail
cd "$(dirname "$0")/.."

DIR="$PWD/target/cluster"
PAYARA_VERSION=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml)
MICRO_JAR="${MICRO_JAR:-$PWD/target/payara-micro-${PAYARA_VERSION}.jar}"
WAR="${WAR:-$PWD/web-ui/target/incentives-workbench.war}"
NAME="${2:?node name, e.g. a}"
PID_FILE="$DIR/node-$NAME.pid"
LOG="$DIR/node-$NAME.log"

alive() {
    [ -f "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null
}

case "$1" in
    start)
        PORT="${3:?port}"
        if alive; then
            echo "node $NAME already runs (pid $(cat "$PID_FILE"))" >&2
            exit 1
        fi
        [ -f "$WAR" ] && [ -f "$MICRO_JAR" ] || { echo "build first: cluster/run.sh builds $WAR and $MICRO_JAR" >&2; exit 1; }
        mkdir -p "$DIR/node-$NAME"
        # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
        INCENTIVES_DB_URL="${INCENTIVES_DB_URL:-$(cluster/postgres.sh url)}" \
        INCENTIVES_DB_USER="${INCENTIVES_DB_USER:-incentives}" \
        INCENTIVES_DB_PASSWORD="${INCENTIVES_DB_PASSWORD:-${PG_PASSWORD:-incentives}}" \
        INCENTIVES_DATA_DIR="$DIR/node-$NAME" \
        INCENTIVES_NODE_NAME="$NAME" \
        INCENTIVES_TRUSTED_PROXIES="${INCENTIVES_TRUSTED_PROXIES:-127.0.0.1}" \
        nohup java ${JAVA_OPTS:--Xmx512m -XX:+UseSerialGC} -DjvmRoute="$NAME" -jar "$MICRO_JAR" \
            --prebootcommandfile payara/preboot.asadmin \
            --deploy "$WAR" --contextroot / --port "$PORT" --nocluster \
            > "$LOG" 2>&1 < /dev/null &
        echo $! > "$PID_FILE"
        echo "node $NAME starting on port $PORT (pid $!, log $LOG)"
        ;;
    wait)
        PORT="${3:?port}"
        deadline=$((SECONDS + ${NODE_WAIT:-600}))
        until curl -fsS -o /dev/null "http://127.0.0.1:$PORT/api/status" 2>/dev/null; do
            if ! alive; then
                echo "node $NAME stopped: see $LOG" >&2
                exit 1
            fi
            if [ $SECONDS -ge $deadline ]; then
                echo "node $NAME did not answer within ${NODE_WAIT:-600} s: see $LOG" >&2
                exit 1
            fi
            sleep 1
        done
        ;;
    stop)
        if alive; then
            pid=$(cat "$PID_FILE")
            kill "$pid"
            for _ in $(seq 1 30); do
                kill -0 "$pid" 2>/dev/null || break
                sleep 1
            done
            kill -9 "$pid" 2>/dev/null || true
        fi
        rm -f "$PID_FILE"
        ;;
    kill)
        if alive; then
            kill -9 "$(cat "$PID_FILE")"
        fi
        rm -f "$PID_FILE"
        ;;
    *)
        echo "usage: $0 start NAME PORT | wait NAME PORT | stop NAME | kill NAME" >&2
        exit 2
        ;;
esac
