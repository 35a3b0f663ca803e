#!/usr/bin/env bash
# The production shape on one machine: PostgreSQL (cluster/postgres.sh), two Payara Micro nodes
# (cluster/node.sh) and nginx with sticky sessions in front (cluster/nginx.sh). Prints the URL once
# both nodes answer; Ctrl-C stops everything (the database's data stays in target/cluster/pgdata).
#
#   cluster/run.sh                          http://localhost:18000/ with demo data
#   INCENTIVES_DEMO=false INCENTIVES_ADMIN_PASSWORD=... cluster/run.sh   no demo, a first admin
#   PORT=18000 NODE_PORTS="18001 18002 18003" cluster/run.sh            three nodes
#
# Needs: JDK 17, Maven, curl, and Debian's postgresql and nginx packages
# (apt-get update && apt-get install -y postgresql nginx).
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${PORT:-18000}"
read -r -a NODE_PORTS <<< "${NODE_PORTS:-18001 18002}"
export INCENTIVES_DEMO="${INCENTIVES_DEMO:-true}"
PAYARA_VERSION=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml)

if [ "${SKIP_BUILD:-false}" != true ]; then
    echo "Building Incentives Workbench (tests skipped)..."
    mvn -B -q -DskipTests -pl web-ui -am package
fi
if [ ! -f "target/payara-micro-${PAYARA_VERSION}.jar" ]; then
    mvn -B -q dependency:copy -Dartifact="fish.payara.extras:payara-micro:${PAYARA_VERSION}" \
        -DoutputDirectory=target -Dmdep.overWriteReleases=false
fi

names=()
nodes=()
i=0
for port in "${NODE_PORTS[@]}"; do
    name=$(printf "\\x$(printf %x $((97 + i)))")
    names+=("$name")
    nodes+=("$name:$port")
    i=$((i + 1))
done

stop_all() {
    trap - INT TERM EXIT
    echo "Stopping the cluster..."
    cluster/nginx.sh stop || true
    for name in "${names[@]}"; do
        cluster/node.sh stop "$name" || true
    done
    cluster/postgres.sh stop || true
}
trap stop_all INT TERM EXIT

cluster/postgres.sh start
# all nodes at once: the database decides who migrates and seeds (README: Running several nodes)
for node in "${nodes[@]}"; do
    cluster/node.sh start "${node%%:*}" "${node##*:}"
done
cluster/nginx.sh start "$PORT" "${nodes[@]}"
# as long as a node lives, it may still be deploying (minutes on a busy machine); Ctrl-C gives up
for node in "${nodes[@]}"; do
    NODE_WAIT="${NODE_WAIT:-3600}" cluster/node.sh wait "${node%%:*}" "${node##*:}"
done

echo
echo "================================================================"
echo " Incentives Workbench (${#nodes[@]} nodes) is running at http://localhost:${PORT}/"
for node in "${nodes[@]}"; do
    echo "   node ${node%%:*}: http://localhost:${node##*:}/  log target/cluster/node-${node%%:*}.log"
done
echo " PostgreSQL: $(cluster/postgres.sh url) (cluster/postgres.sh psql)"
if [[ "${INCENTIVES_DEMO,,}" =~ ^(true|1|yes|y|on)$ ]]; then
    echo " Demo sign-ins: alex, ann, bob, rita, paul (password coop-demo-2027)"
fi
echo " Stop with Ctrl-C."
echo "================================================================"
# keep running until Ctrl-C or until every node has stopped
while ls target/cluster/node-*.pid >/dev/null 2>&1; do
    alive=false
    for name in "${names[@]}"; do
        pid_file="target/cluster/node-$name.pid"
        if [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null; then
            alive=true
        fi
    done
    $alive || break
    sleep 5
done
