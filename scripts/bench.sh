#!/usr/bin/env bash
# Benchmark (not a test): prints bundle and page sizes, and requests per second with p99 latency
# for a question page under load on loopback, beside an axum hello-world measured the same way.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
scripts/install-tools.sh
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
scripts/build-app.sh >/dev/null
cargo build --release --locked -q -p frontdoor-server --bin frontdoor --example hello

data="$(mktemp -d)"
FRONTDOOR_ADDRESS=127.0.0.1:3900 FRONTDOOR_DATABASE_URL="sqlite://$data/bench.db" RUST_LOG=warn target/release/frontdoor &
app=$!
target/release/examples/hello 127.0.0.1:3901 &
hello=$!
trap 'kill $app $hello 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 50); do curl -sf http://127.0.0.1:3900/api/v1/openapi.json >/dev/null && curl -sf http://127.0.0.1:3901/ >/dev/null && break; sleep 0.2; done

out="$(node scripts/bench-sizes.mjs http://127.0.0.1:3900)"
echo "$out" | grep -v '^SESSION'
session="$(echo "$out" | sed -n 's/^SESSION //p')"

load() { # name url [header]
  local result
  result="$(wrk -t1 -c64 -d10s --latency ${3:+-H "$3"} "$2")"
  printf '%-34s %8s requests/s   p99 %s\n' "$1" "$(echo "$result" | awk '/Requests\/sec/ {print $2}')" "$(echo "$result" | awk '$1 == "99%" {print $2}')"
}
echo "== load on loopback (wrk, 1 thread, 64 connections, 10 s each; 2 cores shared with the server)"
load "question page (address)" http://127.0.0.1:3900/report-missed-bin/address "Cookie: fd_session=$session"
load "axum hello world" http://127.0.0.1:3901/
