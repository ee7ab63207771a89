#!/usr/bin/env bash
# Command 1: install what is missing, build the release site and serve it on http://127.0.0.1:8080/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
exec node scripts/static-server.mjs --root dist --port "${PORT:-8080}"
