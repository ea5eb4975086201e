#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for a test run, in a temp dir on a free loopback port.
#   eval "$(tooling/postgres/throwaway.sh start)"   # sets TEST_DATABASE_URL and PG_THROWAWAY_DIR
#   tooling/postgres/throwaway.sh stop "$PG_THROWAWAY_DIR"   # stops it and removes the directory
# Tests run it without flushing to disk (fsync, synchronous_commit and full_page_writes off), which no deployment
# would; `start --durable` keeps PostgreSQL's durable defaults, for benchmarks that compare with what a real
# server pays.
# Uses the PostgreSQL binaries installed on the machine; runs the server as the `postgres` user when root.
set -euo pipefail

PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
[ -x "$PG_BIN/initdb" ] || { echo "throwaway.sh: no PostgreSQL binaries found (set PG_BIN)" >&2; exit 2; }

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

start() {
  local dir port settings="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  [ "${1:-}" = --durable ] && settings=""
  dir=$(mktemp -d /tmp/pg-throwaway.XXXXXX)
  [ "$(id -u)" = 0 ] && chown postgres "$dir"
  as_owner "$PG_BIN/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 2; }
  port=$(free_port)
  as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 $settings" \
    start >/dev/null || { cat "$dir/server.log" >&2; exit 2; }
  as_owner "$PG_BIN/createdb" -h 127.0.0.1 -p "$port" -U postgres tilskudd
  echo "export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$port/tilskudd PG_THROWAWAY_DIR=$dir"
}

stop() {
  local dir=$1
  case "$dir" in /tmp/pg-throwaway.*) ;; *) echo "throwaway.sh: not a throwaway cluster: $dir" >&2; exit 2 ;; esac
  as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start "${2:-}" ;;
  stop) stop "${2:?directory}" ;;
  *) echo "usage: $0 start [--durable] | stop DIR" >&2; exit 2 ;;
esac
