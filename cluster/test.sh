#!/usr/bin/env bash
# Tests the production shape on this machine (README: Running several nodes): builds the WAR, then
# ClusterIT starts PostgreSQL, two Payara Micro nodes together on an empty database and nginx (the
# scripts of this directory) and checks: one migration and one seed, the expiry job runs once, a
# draft saved through node A is read through node B, and node A killed with kill -9 mid-wizard: the
# browser (Chromium) continues through nginx on node B at the saved step. A few minutes.
#
# Needs Debian's postgresql, nginx, chromium and chromium-driver (.ci/run installs them).
# Extra Maven arguments pass through, e.g. cluster/test.sh -o (offline).
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in nginx chromium chromedriver; do
    command -v "$tool" >/dev/null 2>&1 || { echo "missing $tool: apt-get install -y postgresql nginx chromium chromium-driver" >&2; exit 1; }
done
ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || { echo "missing PostgreSQL: apt-get install -y postgresql" >&2; exit 1; }

mvn -B verify -Pcluster -pl integration-tests -am -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false "$@"
