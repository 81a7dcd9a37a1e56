#!/usr/bin/env bash
# Builds the browser app (WebAssembly, hydrating the server's pages) into dist/.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:$PATH"
cd "$root"
TRUNK_SKIP_VERSION_CHECK=true trunk build --release
node scripts/precompress.mjs dist
