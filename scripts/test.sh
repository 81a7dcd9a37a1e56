#!/usr/bin/env bash
# Installs the test dependencies and runs every test: the shared rules, the server over HTTP on
# SQLite and on PostgreSQL, the definition and translation checks, and the journeys in headless
# Chromium.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
scripts/install-tools.sh --test

echo "==> the shared rules build for the browser"
cargo check --locked -q -p frontdoor-domain --target wasm32-unknown-unknown

echo "==> unit and HTTP tests (SQLite)"
cargo test --locked

echo "==> HTTP tests again on PostgreSQL, two servers on one database and S3"
scripts/with-postgres.sh cargo test --locked -p frontdoor-server

echo "==> service definitions"
cargo run --locked -q -p frontdoor-server -- check

echo "==> translations: every shipped language complete, no variable or plural form amiss"
cargo run --locked -q -p frontdoor-server -- check-translations

echo "==> browser app"
scripts/build-app.sh

echo "==> browser tests (Chromium, JavaScript on and off, axe-core)"
node --test tests/browser/
