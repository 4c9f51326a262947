#!/usr/bin/env bash
# A throwaway PostgreSQL for the storage tests: `start` prints the connection string to put in FEEDHUB_TEST_POSTGRES,
# `stop` ends the server. The cluster lives in $FEEDHUB_PG_DIR (default /tmp/pg-wt), listens on 127.0.0.1 only
# (port $FEEDHUB_PG_PORT, default 55432) and trusts local TCP connections: for tests on this machine, nothing else.
# PostgreSQL refuses to run as root, so as root the server runs as the unprivileged system user pgtest.
#
#   export FEEDHUB_TEST_POSTGRES="$(bash .ci/postgres.sh start)"
#   dotnet test tests/FeedHub.Storage.Tests
#   bash .ci/postgres.sh stop
set -euo pipefail

dir=${FEEDHUB_PG_DIR:-/tmp/pg-wt}
port=${FEEDHUB_PG_PORT:-55432}
data="$dir/data"
log="$dir/server.log"

log() { echo "postgres.sh: $*" >&2; }

bin_dir() {
  local initdb
  initdb=$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$initdb" ] && dirname "$initdb"
}

install_server() {
  log "installing PostgreSQL (apt-get install -y postgresql)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q postgresql >&2 || { apt-get update -q >&2 && apt-get install -y -q postgresql >&2; }
}

# Runs a command as the server's owner: pgtest when we are root, else ourselves.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u pgtest -- "$@"
  else
    "$@"
  fi
}

prepare_owner() {
  if [ "$(id -u)" -eq 0 ] && ! id pgtest >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin pgtest
  fi
  mkdir -p "$dir"
  [ "$(id -u)" -eq 0 ] && chown pgtest "$dir"
  chmod 700 "$dir"
}

init_cluster() {
  local bin=$1
  [ -f "$data/PG_VERSION" ] && return 0
  log "creating a cluster in $data"
  # The default collation is ICU's en-US where the server has ICU, so the tests see a linguistic collation and the
  # store's byte-wise ("C") key columns are really exercised; else plain C.UTF-8.
  if ! as_owner "$bin/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
      --locale-provider=icu --icu-locale=en-US >"$dir/initdb.log" 2>&1; then
    rm -rf "$data"
    as_owner "$bin/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
  fi
}

wait_ready() {
  local bin=$1
  for _ in $(seq 1 60); do
    if "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres; then
      return 0
    fi
    sleep 0.5
  done
  log "the server did not become ready; its log:"
  cat "$log" >&2 || true
  exit 1
}

start() {
  local bin
  bin=$(bin_dir || true)
  if [ -z "$bin" ]; then
    install_server
    bin=$(bin_dir)
  fi
  prepare_owner
  init_cluster "$bin"
  if ! as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    as_owner "$bin/pg_ctl" -D "$data" -l "$log" -w -t 60 start \
      -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off -c max_connections=200" >&2
  fi
  wait_ready "$bin"
  echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
}

stop() {
  local pid
  if [ ! -f "$data/postmaster.pid" ]; then
    log "no server running in $data"
    return 0
  fi
  pid=$(head -n 1 "$data/postmaster.pid")
  kill -INT "$pid" 2>/dev/null || true # fast shutdown
  for _ in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || { log "stopped"; return 0; }
    sleep 0.5
  done
  log "the server (pid $pid) did not stop"
  exit 1
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
