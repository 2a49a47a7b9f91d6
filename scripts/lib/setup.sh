# Shared set-up for scripts/start.sh and scripts/test.sh: system packages and node_modules.
# Sourced, not run. Works on a fresh Debian/Ubuntu machine; as root it installs what is missing,
# otherwise it names what to install and stops.

log() { printf '\033[1m[dialdeck]\033[0m %s\n' "$*"; }

# Debian packages each command needs. rtpengine-daemon goes in separately without recommends (the
# metapackage would pull a kernel module build).
PACKAGES_START=(chromium fonts-wqy-microhei)
PACKAGES_TEST=(chromium fonts-wqy-microhei socat sqlite3 kamailio kamailio-websocket-modules kamailio-utils-modules kamailio-json-modules sip-tester postgresql libusb-1.0-0 iproute2 util-linux)
PACKAGES_TEST_NO_RECOMMENDS=(rtpengine-daemon)

missing_packages() {
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || printf '%s\n' "$pkg"
  done
}

ensure_packages() { # ensure_packages "normal pkgs..." "no-recommends pkgs..."
  local -a normal=($1) lean=($2)
  local -a need_normal need_lean
  mapfile -t need_normal < <(missing_packages "${normal[@]}")
  mapfile -t need_lean < <(missing_packages "${lean[@]}")
  if [ ${#need_normal[@]} -eq 0 ] && [ ${#need_lean[@]} -eq 0 ]; then return 0; fi
  if [ "$(id -u)" -ne 0 ]; then
    log "missing Debian packages: ${need_normal[*]} ${need_lean[*]}"
    log "install them with: sudo apt-get install -y ${need_normal[*]} && sudo apt-get install -y --no-install-recommends ${need_lean[*]}"
    exit 1
  fi
  log "installing Debian packages: ${need_normal[*]} ${need_lean[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  if [ ${#need_normal[@]} -gt 0 ]; then apt-get install -y -qq "${need_normal[@]}" >/dev/null; fi
  if [ ${#need_lean[@]} -gt 0 ]; then apt-get install -y -qq --no-install-recommends "${need_lean[@]}" >/dev/null; fi
}

ensure_node() {
  command -v node >/dev/null || { log "Node.js 20.19+ is required (apt-get install nodejs npm, or nodesource)"; exit 1; }
  node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' ||
    { log "Node.js 20.19 or newer is required; found $(node --version)"; exit 1; }
}

# npm ci only when package-lock.json changed since the last install (a fresh clone always installs).
ensure_node_modules() {
  ensure_node
  local stamp=node_modules/.dialdeck-lock.sha256
  local want; want=$(sha256sum package-lock.json | cut -d' ' -f1)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then return 0; fi
  log "installing npm dependencies (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
  printf '%s' "$want" > "$stamp"
}

# Runs a command inside a fresh network namespace with only loopback up, so servers and browsers
# started by tests cannot reach or be reached from any other address. Needs root (CI is root).
in_loopback_namespace() {
  if [ "$(id -u)" -eq 0 ] && command -v unshare >/dev/null && unshare -n true 2>/dev/null; then
    unshare -n bash -c 'ip link set lo up && exec "$@"' bash "$@"
  else
    log "not root (or no unshare): running '$*' in the host network namespace; tests still bind 127.0.0.1 only"
    "$@"
  fi
}
