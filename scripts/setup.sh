#!/usr/bin/env bash
# Installs what building and testing textlens needs, skipping whatever is already there (safe to rerun):
#   the wasm32 Rust target, wasm-bindgen-cli at exactly the version Cargo.lock pins, the npm dev
#   dependencies, and (with --browser) Debian's chromium for the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
# cargo install puts tools here; a fresh shell may not have it on PATH yet.
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

want_browser=false
for arg in "$@"; do
  case "$arg" in
    --browser) want_browser=true ;;
    *) echo "setup.sh: unknown argument $arg" >&2; exit 2 ;;
  esac
done

log() { printf '[setup] %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The CLI must match the wasm-bindgen crate exactly; Cargo.toml pins it with "=".
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
installed=$( (wasm-bindgen --version 2>/dev/null || true) | awk '{ print $2 }')
if [ "$installed" != "$bindgen_version" ]; then
  log "installing wasm-bindgen-cli $bindgen_version (was: ${installed:-none}); takes about 2 minutes"
  # Not --locked: its lock file names a crate version this registry lacks (see TOOLCHAIN notes in README).
  cargo install wasm-bindgen-cli --version "$bindgen_version" --quiet
fi

# Reinstall when the lock file's content differs from the one last installed (a content stamp, not
# mtimes: a fresh checkout or worktree makes package-lock.json look newer than an up-to-date install).
lock_stamp=node_modules/.textlens-lock.sha256
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -x node_modules/.bin/esbuild ] || [ ! -d node_modules/playwright-core ] \
   || ! sha256sum --status -c "$lock_stamp" 2>/dev/null; then
  log "installing npm dev dependencies"
  npm ci --no-audit --no-fund --loglevel=error
  sha256sum package-lock.json > "$lock_stamp"
fi

if $want_browser && [ ! -x /usr/bin/chromium ]; then
  log "installing Debian's chromium for the browser tests"
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq chromium >/dev/null
fi
log "ready"
