#!/usr/bin/env bash
# nginx (Debian's package: apt-get install -y nginx) in front of the local cluster's nodes, with
# sticky sessions: a session id ends in ".<node>" (Payara's jvmRoute, set by cluster/node.sh), and
# a request carrying one goes to that node; when the node is down, to the others (the user signs in
# again there). A request without a session goes to any node.
#
#   cluster/nginx.sh start 18000 a:18001 b:18002   listen on 18000, nodes a and b
#   cluster/nginx.sh stop
set -euo pipefail
cd "$(dirname "$0")/.."

DIR="$PWD/target/cluster/nginx"
CONF="$DIR/nginx.conf"

case "$1" in
    start)
        PORT="${2:?port}"
        shift 2
        [ $# -gt 0 ] || { echo "name the nodes: a:18001 b:18002 ..." >&2; exit 2; }
        mkdir -p "$DIR/temp"
        # the workers run as an unprivileged user when started by root: they write their buffers here
        chmod 1777 "$DIR/temp"
        {
            echo "worker_processes 1;"
            echo "pid $DIR/nginx.pid;"
            echo "error_log $DIR/error.log warn;"
            echo "events { worker_connections 1024; }"
            echo "http {"
            echo "    access_log $DIR/access.log;"
            echo "    client_body_temp_path $DIR/temp/body;"
            echo "    proxy_temp_path $DIR/temp/proxy;"
            echo "    fastcgi_temp_path $DIR/temp/fastcgi;"
            echo "    uwsgi_temp_path $DIR/temp/uwsgi;"
            echo "    scgi_temp_path $DIR/temp/scgi;"
            echo "    client_max_body_size 25m;"
            echo "    server_tokens off;"
            echo "    map \$http_upgrade \$connection_upgrade { default upgrade; '' ''; }"
            echo "    map \$cookie_JSESSIONID \$incentives_node {"
            echo "        default all_nodes;"
            for node in "$@"; do
                echo "        ~\\.${node%%:*}\$ node_${node%%:*};"
            done
            echo "    }"
            echo "    upstream all_nodes {"
            for node in "$@"; do
                echo "        server 127.0.0.1:${node##*:};"
            done
            echo "    }"
            for node in "$@"; do
                echo "    upstream node_${node%%:*} {"
                echo "        server 127.0.0.1:${node##*:};"
                for other in "$@"; do
                    [ "$other" = "$node" ] || echo "        server 127.0.0.1:${other##*:} backup;"
                done
                echo "    }"
            done
            echo "    server {"
            echo "        listen 127.0.0.1:$PORT;"
            echo "        location / {"
            echo "            proxy_pass http://\$incentives_node;"
            echo "            proxy_http_version 1.1;"
            echo "            proxy_set_header Host \$http_host;"
            echo "            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;"
            echo "            proxy_set_header X-Forwarded-Proto \$scheme;"
            echo "            proxy_set_header Upgrade \$http_upgrade;"
            echo "            proxy_set_header Connection \$connection_upgrade;"
            echo "            proxy_read_timeout 300s;"
            echo "            proxy_next_upstream error timeout http_502 http_503;"
            echo "        }"
            echo "    }"
            echo "}"
        } > "$CONF"
        if [ -f "$DIR/nginx.pid" ] && kill -0 "$(cat "$DIR/nginx.pid")" 2>/dev/null; then
            nginx -p "$DIR" -c "$CONF" -s reload
        else
            nginx -p "$DIR" -c "$CONF"
        fi
        echo "nginx on http://localhost:$PORT/ in front of $*"
        ;;
    stop)
        if [ -f "$DIR/nginx.pid" ] && kill -0 "$(cat "$DIR/nginx.pid")" 2>/dev/null; then
            nginx -p "$DIR" -c "$CONF" -s quit
            for _ in $(seq 1 20); do
                [ -f "$DIR/nginx.pid" ] || break
                sleep 0.5
            done
        fi
        ;;
    *)
        echo "usage: $0 start PORT NAME:PORT... | stop" >&2
        exit 2
        ;;
esac
