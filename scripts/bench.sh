#!/usr/bin/env bash
# The benchmark (not part of the tests): installs what is missing, builds the release site and the
# single file, and prints the performance budget's table. See scripts/bench.mjs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >&2
export PATH="$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
exec node scripts/bench.mjs
