#!/usr/bin/env bash
# Runs a command beside a throwaway PostgreSQL (Debian's `postgresql` package): a new cluster in
# a temporary folder, owned by a non-root user when run as root, on a free loopback port. The
# command finds it in FRONTDOOR_TEST_POSTGRES (postgres://frontdoor@127.0.0.1:<port>); it is
# stopped and deleted afterwards, however the command ends.
#   scripts/with-postgres.sh cargo test -p frontdoor-server
set -euo pipefail

bin="$(compgen -G '/usr/lib/postgresql/*/bin' | sort -V | tail -n 1 || true)"
if [ -z "$bin" ]; then
  echo "PostgreSQL is not installed: run scripts/install-tools.sh --test" >&2
  exit 1
fi
dir="$(mktemp -d /tmp/frontdoor-pg.XXXXXX)"
as_owner=()
stop() {
  "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

if [ "$(id -u)" = 0 ]; then
  # PostgreSQL will not run as root.
  id frontdoor-test >/dev/null 2>&1 ||
    useradd --system --no-create-home --shell /usr/sbin/nologin frontdoor-test 2>/dev/null ||
    id frontdoor-test >/dev/null
  chown frontdoor-test "$dir"
  as_owner=(runuser -u frontdoor-test --)
fi

"${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U frontdoor --auth=trust -E UTF8 >/dev/null
"${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=200" \
  start >/dev/null || { cat "$dir/log" >&2; exit 1; }
export FRONTDOOR_TEST_POSTGRES="postgres://frontdoor@127.0.0.1:$port"
echo "==> PostgreSQL on port $port"
"$@"
