#!/usr/bin/env bash
# Builds the tool as one self-contained HTML file, for machines that can only receive files: it opens
# from disk (file://) with no server. Installs what is missing first. The last line printed is the path
# of the file written.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >&2
export PATH="$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
node scripts/single-file.mjs
