#!/usr/bin/env bash
# Benchmark (not a test): prints bundle and page sizes; requests per second with p99 latency for
# the start, question and tracking pages under load on loopback, for a returning visitor and a new
# one (no cookie), beside an axum hello-world measured the same way; and Lighthouse mobile scores.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
scripts/install-tools.sh
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
scripts/build-app.sh >/dev/null
cargo build --release --locked -q -p frontdoor-server --bin frontdoor --example hello

data="$(mktemp -d)"
FRONTDOOR_ADDRESS=127.0.0.1:3900 FRONTDOOR_DATABASE_URL="sqlite://$data/bench.db" FRONTDOOR_OUTBOX_DIR="$data/outbox" \
  FRONTDOOR_EVIDENCE_STORE="$data/evidence" FRONTDOOR_UPLOAD_DIR="$data/uploads" RUST_LOG=warn target/release/frontdoor &
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
for page in "start page:/report-missed-bin" "question page (address):/report-missed-bin/address" "tracking page:/track"; do
  load "${page%%:*}, returning visitor" "http://127.0.0.1:3900${page#*:}" "Cookie: fd_session=$session"
  load "${page%%:*}, new visitor" "http://127.0.0.1:3900${page#*:}"
done
load "axum hello world" http://127.0.0.1:3901/
echo "sessions stored after the new visitors (one is the returning visitor's): $(sqlite3 "$data/bench.db" 'SELECT COUNT(*) FROM sessions' 2>/dev/null || echo '(sqlite3 not installed)')"

echo "== Lighthouse, mobile preset (slow 4G, 4x CPU slowdown), Debian's Chromium"
if [ ! -x .tools/lighthouse/node_modules/.bin/lighthouse ]; then
  # A folder of its own (with its own package.json, so npm does not climb to the project's).
  mkdir -p .tools/lighthouse && (cd .tools/lighthouse && { [ -f package.json ] || echo '{"private": true}' > package.json; } \
    && npm install --no-audit --no-fund --silent lighthouse@12.8.2)
fi
# The returning visitor's draft is complete, so check answers and the upload page open as GETs.
for page in "start:/report-missed-bin" "question:/report-missed-bin/address" "check:/report-missed-bin/check-answers" \
  "upload:/apply-for-a-single-person-discount/proof" "tracking:/track" "home:/"; do
  rm -f "$data/lh.json"
  CHROME_PATH=/usr/bin/chromium .tools/lighthouse/node_modules/.bin/lighthouse "http://127.0.0.1:3900${page#*:}" \
    --quiet --output=json --output-path="$data/lh.json" --only-categories=performance,accessibility,best-practices \
    --extra-headers="{\"Cookie\": \"fd_session=$session\"}" \
    --chrome-flags="--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync" >/dev/null 2>&1 || true
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const c = (k) => Math.round(r.categories[k].score * 100), a = (k) => r.audits[k].numericValue;
    console.log(`${process.argv[2].padEnd(10)} performance ${c("performance")}  accessibility ${c("accessibility")}  best practices ${c("best-practices")}  LCP ${(a("largest-contentful-paint") / 1000).toFixed(2)} s  TBT ${Math.round(a("total-blocking-time"))} ms`);
  ' "$data/lh.json" "${page%%:*}" || echo "${page%%:*}: Lighthouse did not finish"
done
# The error state is a post's answer, which the command line cannot ask for.
CHROME_PATH=/usr/bin/chromium node scripts/lighthouse.mjs http://127.0.0.1:3900 "$session"

echo "== evidence upload on loopback (resumable PATCH and a plain multipart post; server memory)"
# A service of its own, whose file question takes files of up to 200 MB.
mkdir -p "$data/services" "$data/locales"
cp -r locales/. "$data/locales/"
cat > "$data/services/bench-evidence.toml" <<'TOML'
id = "bench-evidence"
messages = "bench"
category = "apply"
standard = { days = 1, count = "working" }

[[pages]]
id = "files"
questions = [{ id = "files", type = "file", max-files = 10, max-file-mb = 200, max-total-mb = 2000 }]
TOML
cat > "$data/locales/en-GB/services/bench-evidence.ftl" <<'FTL'
bench-title = Upload benchmark
bench-summary = Files for the benchmark
bench-standard = By { $date }
bench-files-title = Files
bench-files-label = Files
bench-files-summary = Files
bench-files-error-required = Upload a file
FTL
FRONTDOOR_ADDRESS=127.0.0.1:3902 FRONTDOOR_DATABASE_URL="sqlite://$data/upload.db" \
  FRONTDOOR_SERVICES_DIR="$data/services" FRONTDOOR_LOCALES_DIR="$data/locales" \
  FRONTDOOR_EVIDENCE_STORE="$data/evidence" FRONTDOOR_UPLOAD_DIR="$data/uploads" FRONTDOOR_OUTBOX_DIR="$data/outbox" RUST_LOG=warn \
  target/release/frontdoor &
uploader=$!
trap 'kill $app $hello $uploader 2>/dev/null; rm -rf "$data"' EXIT
base=http://127.0.0.1:3902
for _ in $(seq 50); do curl -sf "$base/api/v1/openapi.json" >/dev/null && break; sleep 0.2; done
jar="$data/cookies"
csrf="$(curl -s -c "$jar" -b "$jar" "$base/api/v1/session" | sed -n 's/.*"csrf_token":"\([^"]*\)".*/\1/p')"

pdf() { # path megabytes
  { printf '%%PDF-1.4\n'; head -c "$(($2 * 1024 * 1024))" /dev/urandom; printf '\n%%%%EOF\n'; } > "$1"
}
peak_kb() { awk '/VmHWM/ {print $2}' "/proc/$uploader/status"; }
b64() { printf '%s' "$1" | base64 -w0; }
tus() { # file name -> "status seconds bytes/s"
  local size location
  size="$(stat -c %s "$1")"
  location="$(curl -s -D - -o /dev/null -b "$jar" -X POST -H 'Tus-Resumable: 1.0.0' -H "Upload-Length: $size" \
    -H "Upload-Metadata: filename $(b64 "$2"),service $(b64 bench-evidence),question $(b64 files)" \
    -H "X-CSRF-Token: $csrf" "$base/api/v1/uploads" | tr -d '\r' | sed -n 's/^location: //Ip')"
  curl -s -o /dev/null -w '%{http_code} %{time_total} %{speed_upload}' -b "$jar" -X PATCH -T "$1" -H 'Expect:' \
    -H 'Tus-Resumable: 1.0.0' -H 'Upload-Offset: 0' -H 'Content-Type: application/offset+octet-stream' \
    -H "X-CSRF-Token: $csrf" "$base$location"
}
multipart() { # file name
  curl -s -o /dev/null -w '%{http_code} %{time_total} %{speed_upload}' -b "$jar" -H 'Expect:' \
    -F "csrf_token=$csrf" -F 'upload-files=files' -F "files=@$1;filename=$2" "$base/bench-evidence/files"
}
report() { # label "status seconds bytes/s"
  set -- "$1" $2
  printf '%-34s HTTP %s  %6.2f s  %7.1f MB/s  server peak memory %6.1f MB\n' "$1" "$2" "$3" "$(echo "$4 / 1048576" | bc -l)" "$(echo "$(peak_kb) / 1024" | bc -l)"
}
command -v bc >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq bc >/dev/null; }
pdf "$data/10.pdf" 10
pdf "$data/100.pdf" 100
pdf "$data/190.pdf" 190
printf '%-34s server peak memory %6.1f MB\n' "started, before any upload" "$(echo "$(peak_kb) / 1024" | bc -l)"
report "resumable upload, 10 MB" "$(tus "$data/10.pdf" ten.pdf)"
report "resumable upload, 100 MB" "$(tus "$data/100.pdf" hundred.pdf)"
report "resumable upload, 190 MB" "$(tus "$data/190.pdf" big.pdf)"
report "plain form post, 100 MB" "$(multipart "$data/100.pdf" hundred-again.pdf)"
report "plain form post, 190 MB" "$(multipart "$data/190.pdf" big-again.pdf)"
