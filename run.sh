#!/usr/bin/env bash
# Builds what is needed and starts Incentives Workbench on Payara Micro with the embedded
# H2 database and demo data. Ctrl-C stops it; the data stays in the data directory.
#
#   ./run.sh                       http://localhost:8080/
#   PORT=9090 ./run.sh             another port
#   INCENTIVES_DATA_DIR=/tmp/iw ./run.sh   another data directory (see README: configuration)
#   INCENTIVES_DEMO=false ./run.sh         no demo data and no demo sign-ins (the application's
#                                          own default; this script turns demo mode on)
#   INCENTIVES_MANAGEMENT_ENDPOINTS=true ./run.sh   keep Payara's /metrics, /openapi and /health
#                                          (off by default; only behind a network that hides them)
set -euo pipefail
cd "$(dirname "$0")"

PORT="${PORT:-8080}"
# Demo mode is off in the application unless asked for; this script is the demo, so it asks.
export INCENTIVES_DEMO="${INCENTIVES_DEMO:-true}"
PAYARA_VERSION=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml)
MICRO_JAR="target/payara-micro-${PAYARA_VERSION}.jar"
WAR="web-ui/target/incentives-workbench.war"

echo "Building Incentives Workbench (tests skipped; run 'mvn verify' for them)..."
mvn -B -q -DskipTests -pl web-ui -am install
if [ ! -f "$MICRO_JAR" ]; then
    mvn -B -q dependency:copy -Dartifact="fish.payara.extras:payara-micro:${PAYARA_VERSION}" \
        -DoutputDirectory=target -Dmdep.overWriteReleases=false
fi

# Server settings applied before Payara Micro boots (README: Security).
PREBOOT="payara/preboot.asadmin"
if [[ "${INCENTIVES_MANAGEMENT_ENDPOINTS:-false}" =~ ^(true|1|yes|y|on)$ ]]; then
    mkdir -p target
    grep -v -e 'metrics-configuration' -e 'openapi-configuration' -e 'healthcheck-configuration' \
        "$PREBOOT" > target/preboot-management.asadmin
    PREBOOT="target/preboot-management.asadmin"
fi

# Print the URL and the demo sign-ins once the application answers.
(
    for _ in $(seq 1 180); do
        if curl -fsS -o /dev/null "http://localhost:${PORT}/api/status" 2>/dev/null; then
            echo
            echo "================================================================"
            echo " Incentives Workbench is running at http://localhost:${PORT}/"
            echo " Data directory: ${INCENTIVES_DATA_DIR:-$HOME/.incentives-workbench}"
            if [[ "${INCENTIVES_DEMO,,}" =~ ^(true|1|yes|y|on)$ ]]; then
                echo " Demo sign-ins (password coop-demo-2027):"
                echo "   alex  incentives user,  Contoso Cloud Services"
                echo "   ann   incentives admin, Contoso Cloud Services"
                echo "   bob   incentives admin, Fabrikam Solutions"
                echo "   rita  reviewer"
                echo "   paul  program admin"
            fi
            echo " Stop with Ctrl-C."
            echo "================================================================"
            exit 0
        fi
        sleep 1
    done
    echo "Incentives Workbench did not answer within 180 s: see the log above." >&2
) &

exec java ${JAVA_OPTS:--Xmx1g} -jar "$MICRO_JAR" \
    --prebootcommandfile "$PREBOOT" \
    --deploy "$WAR" --contextroot / \
    --port "$PORT" --nocluster
