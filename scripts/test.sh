#!/usr/bin/env bash
# The single test command of Loyalty Lab: formatting, lints (native and
# wasm32), all tests, the wasm32 release build and the wasm32 determinism
# tests (in Node.js). It first installs whatever of its tools is missing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

step() {
    printf '\n==> %s\n' "$*"
}

step "Tools: scripts/install-tools.sh (installs only what is missing)"
bash scripts/install-tools.sh

step "Formatting: cargo fmt --all -- --check"
cargo fmt --all -- --check

step "Lints: cargo clippy --workspace --all-targets -- -D warnings"
cargo clippy --workspace --all-targets -- -D warnings

step "Lints (wasm32): cargo clippy -p loyalty-sim --all-targets --target wasm32-unknown-unknown -- -D warnings"
cargo clippy -p loyalty-sim --all-targets --target wasm32-unknown-unknown -- -D warnings

step "Tests: cargo test --workspace"
cargo test --workspace

step "Build (wasm32): cargo build -p loyalty-sim --release --target wasm32-unknown-unknown"
cargo build -p loyalty-sim --release --target wasm32-unknown-unknown

step "Determinism (wasm32, Node.js): cargo test -p loyalty-sim --target wasm32-unknown-unknown --test determinism"
cargo test -p loyalty-sim --target wasm32-unknown-unknown --test determinism

step "All steps passed"
