#!/usr/bin/env bash
# Retained heap per signed-in session with the plan wizard open (issue 13 item 2): starts the
# application on Payara Micro, opens real Chromium sessions (playwright-core, one browser context
# each: own cookies, own HTTP and Vaadin session) that sign in as a partner and open the plan
# wizard, and compares the live heap (after a full GC) without and with them. Also prints each
# sign-in's time to a settled home page (item 5) and the classes that grew most.
#
#   bench/heap.sh                    20 sessions on port 18101
#   SESSIONS=10 PORT=18102 bench/heap.sh
#   WAR=/path/other.war bench/heap.sh     measure another build
#
# Needs the WAR (mvn -o -q -pl web-ui -am package -DskipTests), Payara Micro in the local Maven
# repository, Node 20 and Chromium (/usr/bin/chromium); installs playwright-core (npm) into
# target/bench/node the first time.
set -euo pipefail
cd "$(dirname "$0")/.."

SESSIONS="${SESSIONS:-20}"
PORT="${PORT:-18101}"
JAVA_OPTS="${JAVA_OPTS:--Xmx1g}"
PAYARA_VERSION=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml)
MICRO_JAR="${MICRO_JAR:-$HOME/.m2/repository/fish/payara/extras/payara-micro/${PAYARA_VERSION}/payara-micro-${PAYARA_VERSION}.jar}"
WAR="${WAR:-web-ui/target/incentives-workbench.war}"
WORK="target/bench"
NODE_DIR="$WORK/node"
BASE="http://localhost:${PORT}/"
mkdir -p "$WORK"

if [ ! -d "$NODE_DIR/node_modules/playwright-core" ]; then
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --prefix "$NODE_DIR" --no-audit --no-fund --no-save playwright-core@1.65.1 >/dev/null
fi
export PLAYWRIGHT_CORE="$PWD/$NODE_DIR/node_modules/playwright-core"

SERVER_PID=""; NODE_PID=""
cleanup() {
    [ -n "$NODE_PID" ] && kill "$NODE_PID" 2>/dev/null || true
    [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
}
trap cleanup EXIT

echo "Starting the application (port $PORT)..."
INCENTIVES_DATA_DIR="$WORK/heap-data" INCENTIVES_DEMO=true \
    java $JAVA_OPTS -jar "$MICRO_JAR" --prebootcommandfile payara/preboot.asadmin \
    --deploy "$WAR" --contextroot / --port "$PORT" --nocluster > "$WORK/heap-server.log" 2>&1 &
SERVER_PID=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "${BASE}login" || true)" = 200 ]; do
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "the server stopped: $WORK/heap-server.log" >&2; exit 1; }
    sleep 0.5
done

# live heap in bytes: a class histogram runs a full GC first and counts only reachable objects
live_heap() { jcmd "$SERVER_PID" GC.class_histogram > "$1"; awk '/^Total/ {print $3}' "$1"; }

# opens N sessions and keeps them until its stdin closes; waits for READY
open_sessions() {
    local fifo="$WORK/sessions-$1.in"; rm -f "$fifo"; mkfifo "$fifo"
    node bench/sessions.cjs "$BASE" "$1" plans/new < "$fifo" > "$WORK/sessions-$1.out" 2>&1 &
    NODE_PID=$!
    exec 3> "$fifo"
    until grep -q READY "$WORK/sessions-$1.out"; do
        kill -0 "$NODE_PID" 2>/dev/null || { cat "$WORK/sessions-$1.out" >&2; exit 1; }
        sleep 0.5
    done
}
close_sessions() { exec 3>&-; wait "$NODE_PID" 2>/dev/null || true; NODE_PID=""; }

# Warm-up: one session loads every class and cache the wizard needs; it stays in both figures.
open_sessions 1
close_sessions
live_heap "$WORK/histo-before.txt" > /dev/null
before=$(live_heap "$WORK/histo-before.txt")

open_sessions "$SESSIONS"
live_heap "$WORK/histo-after.txt" > /dev/null
after=$(live_heap "$WORK/histo-after.txt")
signins=$(sed -n 's/^READY [0-9]* sign-in ms: //p' "$WORK/sessions-$SESSIONS.out")
close_sessions

echo "live heap without the sessions: $((before / 1024)) kB"
echo "live heap with $SESSIONS sessions:   $((after / 1024)) kB"
echo "per session (plan wizard open): $(( (after - before) / SESSIONS / 1024 )) kB   (target <= 150 kB)"
echo "sign-in to a settled home page, ms, in order: $signins"
echo "  median of the warm ones (2nd on): $(echo "$signins" | tr ' ' '\n' | tail -n +2 | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') ms"
echo "classes that grew most (bytes per session, instances per session):"
python3 - "$WORK/histo-before.txt" "$WORK/histo-after.txt" "$SESSIONS" <<'PY'
import re, sys
def read(path):
    rows = {}
    for line in open(path):
        m = re.match(r'\s*\d+:\s+(\d+)\s+(\d+)\s+(\S+)', line)
        if m:
            rows[m.group(3)] = (int(m.group(1)), int(m.group(2)))
    return rows
before, after, n = read(sys.argv[1]), read(sys.argv[2]), int(sys.argv[3])
growth = sorted(((after[c][1] - before.get(c, (0, 0))[1], after[c][0] - before.get(c, (0, 0))[0], c) for c in after), reverse=True)
for size, count, name in growth[:20]:
    print(f"  {size / n / 1024:8.1f} kB  {count / n:8.0f}  {name}")
PY
