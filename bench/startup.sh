#!/usr/bin/env bash
# Start-up time of Incentives Workbench against the same Payara Micro serving a hello-world WAR
# (issue 13 item 1): time from launching the JVM to the first HTTP 200 of the sign-in page
# (/login) versus the hello page (/), in alternating rounds on the same machine, medians and ratio.
#
#   bench/startup.sh                 5 rounds (hello and app alternate; the order flips each round)
#   ROUNDS=3 bench/startup.sh        fewer rounds
#   FRESH=true bench/startup.sh      every app start on an empty data directory (migrations + demo data)
#   KEEP_LOGS=true bench/startup.sh  keep each server's log under target/bench/logs/
#   JAVA_OPTS="-Xmx512m" ...         JVM options for both servers (default -Xmx1g, as ./run.sh)
#   EXTRA_APP_OPTS="..."             JVM options for the app only (e.g. to try a setting)
#   PORT=18100                       the port both servers use (one at a time)
#   BEFORE_WAR=/path/old.war         also time an older build of the app in the same rounds
#
# Needs the WAR (mvn -o -q -pl web-ui -am package -DskipTests) and Payara Micro in the local
# Maven repository (any earlier build of integration-tests fetched it). The app runs on an H2
# database in target/bench/data with demo data, as ./run.sh does; without FRESH the first start
# that creates it is not timed.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS="${ROUNDS:-5}"
PORT="${PORT:-18100}"
JAVA_OPTS="${JAVA_OPTS:--Xmx1g}"
EXTRA_APP_OPTS="${EXTRA_APP_OPTS:-}"
FRESH="${FRESH:-false}"
KEEP_LOGS="${KEEP_LOGS:-false}"
PAYARA_VERSION=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml)
MICRO_JAR="${MICRO_JAR:-$HOME/.m2/repository/fish/payara/extras/payara-micro/${PAYARA_VERSION}/payara-micro-${PAYARA_VERSION}.jar}"
APP_WAR="${APP_WAR:-web-ui/target/incentives-workbench.war}"
BEFORE_WAR="${BEFORE_WAR:-}"
WORK="target/bench"
DATA="$WORK/data"
LOGS="$WORK/logs"

[ -f "$MICRO_JAR" ] || { echo "Payara Micro not found: $MICRO_JAR" >&2; exit 1; }
[ -f "$APP_WAR" ] || { echo "WAR not found: $APP_WAR (mvn -o -q -pl web-ui -am package -DskipTests)" >&2; exit 1; }
mkdir -p "$WORK" "$LOGS"

# The hello-world WAR: one static page, nothing else.
HELLO_WAR="$WORK/hello.war"
if [ ! -f "$HELLO_WAR" ]; then
    rm -rf "$WORK/hello" && mkdir -p "$WORK/hello"
    echo '<!doctype html><title>Hello</title><p>Hello, world</p>' > "$WORK/hello/index.html"
    (cd "$WORK/hello" && jar --create --file ../hello.war index.html)
fi

SERVER_PID=""
stop_server() {
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    SERVER_PID=""
}
trap stop_server EXIT

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# start <name> <war> <path> <log> [extra JVM options...]: sets ELAPSED, ms from launch to the first 200,
# and CPU, ms of processor time the server's JVM used until then (steadier than wall time when
# other work shares the machine)
start() {
    local name="$1" war="$2" path="$3" log="$4"; shift 4
    local t0 t1 code
    t0=$(now_ms)
    INCENTIVES_DATA_DIR="$DATA" INCENTIVES_DEMO=true \
        java $JAVA_OPTS "$@" -jar "$MICRO_JAR" --prebootcommandfile payara/preboot.asadmin \
        --deploy "$war" --contextroot / --port "$PORT" --nocluster > "$log" 2>&1 &
    SERVER_PID=$!
    while :; do
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://localhost:${PORT}${path}" || true)
        [ "$code" = "200" ] && break
        if ! kill -0 "$SERVER_PID" 2>/dev/null; then
            echo "$name: the server stopped before answering; log: $log" >&2; exit 1
        fi
        sleep 0.1
    done
    t1=$(now_ms)
    CPU=$(awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$SERVER_PID/stat")
    stop_server
    ELAPSED=$(( t1 - t0 ))
}

run_app() { start app "$APP_WAR" /login "$1" $EXTRA_APP_OPTS; }
run_hello() { start hello "$HELLO_WAR" / "$1"; }
run_before() { start before "$BEFORE_WAR" /login "$1" $EXTRA_APP_OPTS; }

if [ "$FRESH" = "true" ]; then
    rm -rf "$DATA"
elif [ ! -d "$DATA" ]; then
    echo "Preparing the demo database (first start, not timed)..."
    run_app "$LOGS/prepare.log"
fi

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

declare -A WALL CPUS
CONTENDERS=(hello app)
[ -n "$BEFORE_WAR" ] && CONTENDERS+=(before)
for round in $(seq 1 "$ROUNDS"); do
    [ "$FRESH" = "true" ] && rm -rf "$DATA"
    # rotate the order, so no contender always runs first or after the same one
    n=${#CONTENDERS[@]}
    for i in $(seq 0 $((n - 1))); do
        which=${CONTENDERS[$(( (i + round - 1) % n ))]}
        log="$LOGS/${which}-${round}.log"
        "run_$which" "$log"
        WALL[$which]+="$ELAPSED "; CPUS[$which]+="$CPU "
        printf 'round %d  %-6s %6.1f s  (cpu %6.1f s)\n' "$round" "$which" "$(echo "$ELAPSED / 1000" | bc -l)" "$(echo "$CPU / 1000" | bc -l)"
        [ "$KEEP_LOGS" = "true" ] || rm -f "$log"
    done
done

med() { printf '%s\n' $1 | median; }
hello=$(med "${WALL[hello]}"); hello_cpu=$(med "${CPUS[hello]}")
echo "medians of $ROUNDS rounds        wall      cpu"
for which in "${CONTENDERS[@]}"; do
    wall=$(med "${WALL[$which]}"); cpu=$(med "${CPUS[$which]}")
    case $which in hello) label="hello-world WAR (/)";; app) label="Incentives Workbench (/login)";; before) label="before: $(basename "$BEFORE_WAR")";; esac
    printf '  %-30s %6.1f s %6.1f s' "$label" "$(echo "$wall / 1000" | bc -l)" "$(echo "$cpu / 1000" | bc -l)"
    [ "$which" = hello ] && echo || printf '   ratio %.2fx wall, %.2fx cpu\n' "$(echo "$wall / $hello" | bc -l)" "$(echo "$cpu / $hello_cpu" | bc -l)"
done
echo "target: app <= 1.30x hello"
