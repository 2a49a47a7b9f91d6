#!/usr/bin/env bash
# npm start — runs Dialdeck. With an Electron binary it starts the desktop app; without one (as on
# machines that cannot download it) it says so and starts the browser harness: the same app and
# services in Chromium on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/setup.sh

ensure_node_modules
npm run build --silent

binary_status=$(npx tsx -e "import { findElectronBinary } from './main/node/platform/electron-binary'; const b = findElectronBinary(); console.log('path' in b ? 'ok ' + b.path : 'missing ' + b.missing)")
if [[ "$binary_status" == ok* ]]; then
  exec "${binary_status#ok }" .
fi

log "Electron binary not available: ${binary_status#missing }"
log "starting the browser harness instead (same UI and services, in Chromium)"
ensure_packages "${PACKAGES_START[*]}" ""
port=${DIALDECK_HARNESS_PORT:-5180}
npx tsx main/node/harness/cli.ts --port "$port" | while IFS= read -r line; do
  printf '%s\n' "$line"
  url=$(printf '%s' "$line" | grep -o 'http://127.0.0.1:[0-9]*/#token=[A-Za-z0-9_-]*' || true)
  if [ -n "$url" ] && [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && command -v chromium >/dev/null; then
    chromium --app="$url" --user-data-dir="${XDG_CACHE_HOME:-$HOME/.cache}/dialdeck-harness-chromium" >/dev/null 2>&1 &
  elif [ -n "$url" ]; then
    log "open this address in Chromium: $url"
  fi
done
