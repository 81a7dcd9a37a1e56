#!/usr/bin/env bash
# Installs what is missing, builds everything and serves Frontdoor on http://127.0.0.1:3000
# with the embedded defaults (SQLite and files under ./data).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
scripts/install-tools.sh
scripts/build-app.sh
cargo build --release --locked -p frontdoor-server
echo "==> Frontdoor: http://${FRONTDOOR_ADDRESS:-127.0.0.1:3000}"
exec target/release/frontdoor
