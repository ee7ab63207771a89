#!/usr/bin/env bash
# Command 2: install what is missing, then run every test layer; exits non-zero if any fails.
#   1. native: the pure core (cargo test)
#   2. browser: the storage edge, wasm-bindgen-test in headless Chromium
#   3. end-to-end: the release build and the single file driven in Chromium (node --test + playwright-core),
#      the current Chromium and real Chromium 86, 88, 92 and 109 (tests/e2e/old-browsers.test.mjs)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

echo "== 1/3 native tests (core)"
cargo test --locked --offline

echo "== 2/3 browser tests (storage and compression edges, headless Chromium)"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
CHROMEDRIVER=/usr/bin/chromedriver \
WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --locked --offline --target wasm32-unknown-unknown --test browser_storage --test browser_share

echo "== 3/3 end-to-end tests (release build and the single file in Chromium)"
bash scripts/build.sh
bash scripts/build-single.sh
node --test --test-concurrency=1 tests/e2e/
