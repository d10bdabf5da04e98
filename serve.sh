#!/usr/bin/env bash
# Sets up, builds and serves the page: http://127.0.0.1:${PORT:-8000}/ (foreground; Ctrl-C stops).
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh
bash scripts/build.sh
exec node web/server.mjs --root dist --port "${PORT:-8000}"
