#!/usr/bin/env bash
# Builds the release site into dist/ with the pinned tools on PATH, never downloading anything.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
# The HTML target first: --release/--offline/--locked take optional values and would swallow it.
trunk build index.html --release --offline --locked
