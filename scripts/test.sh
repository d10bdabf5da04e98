#!/usr/bin/env bash
# The one command that sets up, builds and runs every test: engine unit tests (doctest via
# ctest), native/WebAssembly parity, CLI behaviour, and the page end to end in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh

echo "== engine unit tests (doctest)"
ctest --test-dir build --output-on-failure

echo "== CLI, parity and end-to-end tests (node --test)"
node --test --test-concurrency=1 tests/cli/ tests/parity/ tests/e2e/

echo "== unit tests under AddressSanitizer and UndefinedBehaviorSanitizer"
bash scripts/sanitize.sh

echo "== short fuzz runs (scripts/fuzz.sh; FUZZ_SECONDS=600 for a real campaign)"
FUZZ_SECONDS=${FUZZ_SECONDS:-20} bash scripts/fuzz.sh
