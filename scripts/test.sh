#!/usr/bin/env bash
# npm test — the whole suite on a fresh Debian/Ubuntu machine: installs what it needs, then
# lint (boundaries + per-runtime typecheck) → build → unit/integration (vitest) → end-to-end in Chromium
# through the harness (Playwright) → real-Electron smoke (skips with a reason without the binary).
# Network-using tiers run in a loopback-only network namespace. Ends with "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/setup.sh

ensure_packages "${PACKAGES_TEST[*]}" "${PACKAGES_TEST_NO_RECOMMENDS[*]}"
ensure_node_modules
rm -rf test-results && mkdir -p test-results

status=0
step() { # step NAME CMD... — runs every tier even after a failure, remembers the failure
  log "── $1"
  shift
  "$@" || { status=1; log "FAILED: $*"; printf '%s\n' "$*" >> test-results/failed-steps.txt; }
}

step "lint: eslint boundaries + typecheck per runtime" npm run lint --silent
step "build: electron-vite (main, preload, renderer)" npm run build --silent
step "unit + integration (vitest)" in_loopback_namespace npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
step "end-to-end in Chromium via the harness (Playwright)" in_loopback_namespace npx playwright test
step "real-Electron smoke" npx playwright test -c test/electron/playwright.config.ts

node scripts/summarize-tests.mjs || status=1
exit $status
