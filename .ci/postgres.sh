#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests, in a temporary folder, on loopback only.
#   source .ci/postgres.sh   → starts it, exports CLOUDPC_TEST_DATABASE_URL, and stops it (and
#                              deletes the folder) when the calling shell exits.
# Debian's PostgreSQL 15 (the machine image has it; elsewhere `apt-get install postgresql`).
# initdb refuses to run as root, so the cluster belongs to the `postgres` user.
cloudpc_pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$cloudpc_pg_bin" ] || [ ! -x "$cloudpc_pg_bin/initdb" ]; then
  echo "postgres.sh: no PostgreSQL server binaries under /usr/lib/postgresql (apt-get install postgresql)" >&2
  return 1 2>/dev/null || exit 1
fi
cloudpc_pg_dir=$(mktemp -d /tmp/cloudpc-pg.XXXXXX)
cloudpc_pg_port=${CLOUDPC_PG_PORT:-$(node -e "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })")}
cloudpc_pg_as() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
cloudpc_pg_stop() {
  cloudpc_pg_as "$cloudpc_pg_bin/pg_ctl" -D "$cloudpc_pg_dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$cloudpc_pg_dir"
}
if [ "$(id -u)" = 0 ]; then chown postgres "$cloudpc_pg_dir"; fi
cloudpc_pg_as "$cloudpc_pg_bin/initdb" -D "$cloudpc_pg_dir/data" -A trust -U postgres >"$cloudpc_pg_dir/initdb.log" 2>&1
cloudpc_pg_as "$cloudpc_pg_bin/pg_ctl" -D "$cloudpc_pg_dir/data" \
  -o "-p $cloudpc_pg_port -k $cloudpc_pg_dir -c listen_addresses=127.0.0.1 -c fsync=off" \
  -l "$cloudpc_pg_dir/server.log" -w start >/dev/null
trap cloudpc_pg_stop EXIT
export CLOUDPC_TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$cloudpc_pg_port/postgres"
echo "PostgreSQL for the tests: $CLOUDPC_TEST_DATABASE_URL ($("$cloudpc_pg_bin/postgres" --version))"
