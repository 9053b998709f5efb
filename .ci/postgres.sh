#!/usr/bin/env bash
# Start a throwaway PostgreSQL on 127.0.0.1 for the tests that need one, when this machine has
# the server binaries. Prints the DATABASE_URL on success, nothing on failure (tests then skip).
# Usage: url=$(bash .ci/postgres.sh start DIR PORT); bash .ci/postgres.sh stop DIR
set -u
cmd=${1:-start}; dir=${2:-/tmp/calm-ci-pg}; port=${3:-55432}
initdb=$(command -v initdb || ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | head -1)
pg_ctl=$(command -v pg_ctl || ls /usr/lib/postgresql/*/bin/pg_ctl 2>/dev/null | head -1)
[ -n "$initdb" ] && [ -n "$pg_ctl" ] || exit 0
run() {  # PostgreSQL refuses to run as root: use the postgres account when we are root.
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || return 1
    su postgres -s /bin/sh -c "$*"
  else
    sh -c "$*"
  fi
}
case "$cmd" in
  start)
    rm -rf "$dir"; mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    run "'$initdb' -D '$dir/data' -U calm --auth=trust -E UTF8 >'$dir/initdb.log' 2>&1" || exit 0
    run "'$pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -t 30 -o \"-c listen_addresses=127.0.0.1 -p $port -k '$dir'\" start >/dev/null 2>&1" || exit 0
    run "psql -h 127.0.0.1 -p $port -U calm -d postgres -c 'CREATE DATABASE calm_test' >/dev/null 2>&1" || exit 0
    echo "postgresql://calm@127.0.0.1:$port/calm_test"
    ;;
  stop)
    run "'$pg_ctl' -D '$dir/data' -m fast stop >/dev/null 2>&1" || true
    ;;
esac
