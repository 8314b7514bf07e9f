#!/usr/bin/env bash
# The single test command of Loyalty Lab: formatting, lints (native and
# wasm32), the CDNOW data for the calibration test, all native tests, the wasm32 tests (the core in Node.js, the app
# in headless Chromium), the app's release build and the end-to-end tests in
# Chromium. It first installs whatever of its tools is missing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/tools/wasm-opt/node_modules/.bin:$PATH"

step() {
    printf '\n==> %s\n' "$*"
}

step "Tools: scripts/install-tools.sh --browser (installs only what is missing)"
bash scripts/install-tools.sh --browser

step "Formatting: cargo fmt --all -- --check"
cargo fmt --all -- --check

step "Lints: cargo clippy --workspace --all-targets -- -D warnings"
cargo clippy --workspace --all-targets -- -D warnings

step "Lints (wasm32): cargo clippy -p loyalty-sim -p loyalty-calibrate -p loyalty-classroom -p loyalty-lab --all-targets --target wasm32-unknown-unknown -- -D warnings"
cargo clippy -p loyalty-sim -p loyalty-calibrate -p loyalty-classroom -p loyalty-lab --all-targets --target wasm32-unknown-unknown -- -D warnings

# The calibration test on real data (crates/calibrate/tests/cdnow.rs) fails
# without it, so it comes before the tests.
step "Data: scripts/fetch-data.sh (the CDNOW logs into target/data/, outside git)"
bash scripts/fetch-data.sh

step "Tests: cargo test --workspace (the sharding test requires GNU parallel here)"
LOYALTY_REQUIRE_PARALLEL=1 cargo test --workspace

step "Determinism (wasm32, Node.js): cargo test -p loyalty-sim --target wasm32-unknown-unknown --test determinism"
cargo test -p loyalty-sim --target wasm32-unknown-unknown --test determinism

step "Browser tests (wasm32, headless Chromium): cargo test -p loyalty-lab --target wasm32-unknown-unknown --test browser"
CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}" \
    cargo test -p loyalty-lab --target wasm32-unknown-unknown --test browser

step "App build: trunk build --release"
trunk build --release

step "End-to-end (Chromium, playwright-core): node tests/e2e/e2e.mjs"
node tests/e2e/e2e.mjs

step "All steps passed"
