#!/usr/bin/env bash
# Installs what building and testing jixiao needs, skipping whatever is already there.
# Safe to run again: a second run installs nothing. Sourced by serve.sh and test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# The wasm-bindgen CLI must be exactly the crate's version (Cargo.lock), or Trunk tries to download one.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

install_debian_packages() {
  local wanted=(chromium chromium-driver fonts-noto-cjk fonts-arphic-ukai poppler-utils brotli python3 unzip xz-utils)
  local missing=()
  for package in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    say "apt: installing ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

install_wasm_target() {
  rustup target list --installed | grep -qx wasm32-unknown-unknown || {
    say "rustup: adding wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  }
}

install_trunk() {
  if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
    say "cargo: installing trunk $TRUNK_VERSION (takes several minutes)"
    cargo install --locked trunk --version "$TRUNK_VERSION"
  fi
}

install_wasm_bindgen_cli() {
  if wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION"; then
    return
  fi
  say "cargo: installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  if cargo install --locked wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"; then
    return
  fi
  # Its lockfile may pin a dependency the registry no longer serves (seen: webpki-roots 1.0.11):
  # build from the unpacked crate with that one dependency updated.
  say "retrying wasm-bindgen-cli with its lockfile refreshed"
  local source
  source=$(ls -d "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/wasm-bindgen-cli-"$WASM_BINDGEN_VERSION" | head -n 1)
  local work
  work=$(mktemp -d)
  cp -r "$source" "$work/cli"
  (cd "$work/cli" && cargo update -p webpki-roots && cargo install --locked --path .)
  rm -rf "$work"
}

install_node_packages() {
  # binaryen (wasm-opt 132; Debian's wasm-opt breaks the app silently), playwright-core, terser, and the
  # old Chromium builds of tests/e2e/old-browsers.test.mjs (optional: a failed one is skipped there).
  if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
      || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "npm: installing node packages from package-lock.json"
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

install_debian_packages
install_wasm_target
install_trunk
install_wasm_bindgen_cli
install_node_packages
say "cargo: fetching crates"
cargo fetch --locked --quiet
say "ready"
