#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the store/API tests.
#
#   apt-get install -y postgresql          # Debian/Ubuntu: binaries in /usr/lib/postgresql/*/bin
#   eval "$(scripts/pg_test_server.sh)"    # starts it and exports SITREP_TEST_POSTGRES_URL
#   python -m pytest -m postgres tests/
#   scripts/pg_test_server.sh stop         # stops it and removes the data directory
#   scripts/pg_test_server.sh down         # stops it, keeping the data (start it again as above)
#
# Environment: PGPORT (default 5433), PGTEST_DIR (default /tmp/sitrep-pg-test),
# PGTEST_DB (default sitrep_test). Runs the server as the "postgres" user when invoked as root.
# Log messages go to stderr; stdout carries only the export line.
set -euo pipefail

PORT="${PGPORT:-5433}"
DIR="${PGTEST_DIR:-/tmp/sitrep-pg-test}"
DB="${PGTEST_DB:-sitrep_test}"
DATA="$DIR/data"
SOCK="$DIR/sock"

bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1 || true)"
if [ -z "$bindir" ] && command -v pg_ctl >/dev/null 2>&1; then
  bindir="$(dirname "$(readlink -f "$(command -v pg_ctl)")")"
fi
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "pg_test_server: PostgreSQL binaries not found; apt-get install -y postgresql" >&2
  exit 1
fi

if [ "$(id -u)" = "0" ]; then
  RUNAS_USER=postgres
  id -u "$RUNAS_USER" >/dev/null 2>&1 || useradd --system --home-dir "$DIR" --shell /bin/sh "$RUNAS_USER"
  run() { runuser -u "$RUNAS_USER" -- "$@"; }
else
  RUNAS_USER="$(id -un)"
  run() { "$@"; }
fi

if [ "${1:-start}" = "down" ]; then
  if [ -d "$DATA" ]; then
    run "$bindir/pg_ctl" -D "$DATA" -m fast -w stop >&2
  fi
  exit 0
fi

if [ "${1:-start}" = "stop" ]; then
  if [ -d "$DATA" ]; then
    run "$bindir/pg_ctl" -D "$DATA" -m fast -w stop >&2 || true
  fi
  rm -rf "$DIR"
  echo "pg_test_server: stopped and removed $DIR" >&2
  exit 0
fi

mkdir -p "$DIR" "$SOCK"
[ "$(id -u)" = "0" ] && chown -R "$RUNAS_USER" "$DIR"

if [ ! -f "$DATA/PG_VERSION" ]; then
  run "$bindir/initdb" -D "$DATA" -U "$RUNAS_USER" --auth=trust --encoding=UTF8 --locale=C.UTF-8 >&2 \
    || run "$bindir/initdb" -D "$DATA" -U "$RUNAS_USER" --auth=trust --encoding=UTF8 >&2
fi

if ! run "$bindir/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  run "$bindir/pg_ctl" -D "$DATA" -l "$DIR/server.log" -w -t 60 \
    -o "-p $PORT -k $SOCK -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >&2
fi

if ! run "$bindir/psql" -h 127.0.0.1 -p "$PORT" -U "$RUNAS_USER" -d postgres -tAc \
     "SELECT 1 FROM pg_database WHERE datname='$DB'" | grep -q 1; then
  run "$bindir/createdb" -h 127.0.0.1 -p "$PORT" -U "$RUNAS_USER" "$DB"
fi

URL="postgresql+psycopg://$RUNAS_USER@127.0.0.1:$PORT/$DB"
echo "pg_test_server: PostgreSQL running on 127.0.0.1:$PORT (data in $DATA)" >&2
echo "export SITREP_TEST_POSTGRES_URL=$URL"
