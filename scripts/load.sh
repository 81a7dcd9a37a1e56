#!/usr/bin/env bash
# Load (a benchmark, not a test): simulated residents reporting a missed bin, all at once, on
#   1. two servers on one PostgreSQL (a throwaway one) sharing one evidence store, each request
#      sent to the other server than the last, as a load balancer without sticky sessions would;
#   2. one server on SQLite, the embedded default.
# Prints reports sent, requests a second, p50/p95/p99 latency, errors, and whether every request
# a resident was given a reference for is stored exactly once. Exits non-zero if not.
#   RESIDENTS=200 SECONDS_EACH=60 scripts/load.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
residents="${RESIDENTS:-200}"
seconds="${SECONDS_EACH:-60}"

pids=()
data="$(mktemp -d)"
trap 'kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$data"' EXIT

# Starts $1 servers on database $2 (ports 3910, 3911, …) and runs the residents against them.
run() {
  local count="$1" database="$2" servers=()
  for i in $(seq 0 $((count - 1))); do
    if curl -s "http://127.0.0.1:$((3910 + i))/" >/dev/null 2>&1; then
      echo "port $((3910 + i)) is taken: stop what runs there first" >&2
      exit 1
    fi
    FRONTDOOR_ADDRESS="127.0.0.1:$((3910 + i))" FRONTDOOR_DATABASE_URL="$database" \
      FRONTDOOR_EVIDENCE_STORE="$data/evidence" FRONTDOOR_UPLOAD_DIR="$data/uploads-$i" FRONTDOOR_OUTBOX_DIR="$data/outbox" \
      FRONTDOOR_SECURE_COOKIES=false FRONTDOOR_DATABASE_CONNECTIONS=16 RUST_LOG=warn \
      target/release/frontdoor &
    pids+=($!)
    servers+=("http://127.0.0.1:$((3910 + i))")
  done
  for s in "${servers[@]}"; do
    for _ in $(seq 100); do curl -sf "$s/readyz" >/dev/null && break; sleep 0.2; done
    curl -sf "$s/readyz" >/dev/null || { echo "$s did not become ready" >&2; exit 1; }
  done
  local list
  list="$(IFS=,; echo "${servers[*]}")"
  target/release/examples/residents --servers "$list" --residents "$residents" \
    --seconds "$seconds" --database "$database"
}

case "${1:-all}" in
  all)
    scripts/install-tools.sh --test >/dev/null
    cargo build --release --locked -q -p frontdoor-server --bin frontdoor --example residents
    echo "== $residents residents for $seconds s: two servers on PostgreSQL"
    scripts/with-postgres.sh scripts/load.sh postgres
    echo "== $residents residents for $seconds s: one server on SQLite"
    scripts/load.sh sqlite
    ;;
  postgres)
    psql -q "$FRONTDOOR_TEST_POSTGRES/postgres" -c "CREATE DATABASE load"
    run 2 "$FRONTDOOR_TEST_POSTGRES/load"
    ;;
  sqlite)
    run 1 "sqlite://$data/load.db"
    ;;
esac
