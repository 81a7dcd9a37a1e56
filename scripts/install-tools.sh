#!/usr/bin/env bash
# Installs what Frontdoor needs to build and serve, skipping anything already present.
#   scripts/install-tools.sh          build tools: wasm32 target, trunk, wasm-bindgen-cli, wasm-opt
#   scripts/install-tools.sh --test   and Chromium, ClamAV and PostgreSQL for the tests
# Native libraries: libheif (Debian's libheif-dev) to turn iPhone HEIC photos into JPEG.
# Everything comes from crates.io, npm or Debian's packages, at pinned versions.
set -euo pipefail

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130   # must equal the wasm-bindgen crate in Cargo.lock

root="$(cd "$(dirname "$0")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:$PATH"
say() { printf '==> %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 15 minutes, once)"
  cargo install "trunk@$TRUNK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 4 minutes, once)"
  # Not --locked: its lock file names a webpki-roots version the registry does not carry.
  cargo install "wasm-bindgen-cli@$WASM_BINDGEN_VERSION"
fi

if [ ! -x "$root/node_modules/.bin/wasm-opt" ] || [ ! -d "$root/node_modules/playwright-core" ] || [ ! -d "$root/node_modules/axe-core" ]; then
  say "installing node packages (wasm-opt from binaryen; playwright-core and axe-core for the browser tests)"
  (cd "$root" && npm ci --no-audit --no-fund)
fi

# Debian packages still missing: libheif-dev to build; Chromium, ClamAV's clamd, PostgreSQL (a
# throwaway server, scripts/with-postgres.sh) and Noto fonts (Arabic, Urdu and Bengali letters,
# so the right-to-left pages are laid out as residents' phones show them) for the tests.
packages=()
dpkg -s libheif-dev >/dev/null 2>&1 || packages+=(libheif-dev)
if [ "${1:-}" = "--test" ]; then
  [ -x /usr/bin/chromium ] || packages+=(chromium)
  [ -x /usr/sbin/clamd ] || packages+=(clamav-daemon)
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || packages+=(postgresql)
  dpkg -s fonts-noto-core >/dev/null 2>&1 || packages+=(fonts-noto-core)
fi
if [ "${#packages[@]}" -gt 0 ]; then
  say "installing ${packages[*]} from Debian"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
fi

if [ "${1:-}" = "--test" ] && ! [ -x "$root/.tools/venv/bin/moto_server" ]; then
  say "installing moto from PyPI (an S3-compatible server for the storage test)"
  python3 -m venv "$root/.tools/venv"
  "$root/.tools/venv/bin/pip" install -q --disable-pip-version-check "moto[server]==5.1.22"
fi
if [ "${1:-}" = "--test" ] && ! [ -x "$root/.tools/venv/bin/aiosmtpd" ]; then
  say "installing aiosmtpd from PyPI (an SMTP server the mail tests send to)"
  [ -x "$root/.tools/venv/bin/pip" ] || python3 -m venv "$root/.tools/venv"
  "$root/.tools/venv/bin/pip" install -q --disable-pip-version-check "aiosmtpd==1.4.6"
fi

# Trunk builds offline (Trunk.toml), so fetch the crates first.
(cd "$root" && cargo fetch --locked -q)
say "tools ready"
