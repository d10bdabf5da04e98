#!/usr/bin/env bash
# The one command that sets up, builds and runs every test: engine unit tests (doctest via
# ctest) natively and under AddressSanitizer + UndefinedBehaviorSanitizer, short libFuzzer runs,
# CLI behaviour and native/WebAssembly parity, and the page end to end in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh

echo "== unit tests under AddressSanitizer and UndefinedBehaviorSanitizer"
bash scripts/sanitize.sh

echo "== short fuzz runs (FUZZ_SECONDS=600 scripts/fuzz.sh for a real campaign)"
FUZZ_SECONDS=${FUZZ_SECONDS:-20} bash scripts/fuzz.sh

echo "== engine unit tests (doctest)"
ctest --test-dir build --output-on-failure

echo "== CLI, parity and end-to-end tests (node --test)"
node --test --test-concurrency=1 tests/cli/ tests/parity/ tests/e2e/
