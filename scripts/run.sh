#!/usr/bin/env bash
# Runs Loyalty Lab: builds the web app and serves it on
# http://127.0.0.1:8080 (Ctrl+C stops it). Installs what is missing first
# (the wasm32 target, wasm-bindgen-cli and Trunk; the first time takes about
# 15 minutes, later starts take seconds).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/tools/wasm-opt/node_modules/.bin:$PATH"
bash scripts/install-tools.sh
echo "==> Serving Loyalty Lab on http://127.0.0.1:8080 (Ctrl+C to stop)"
exec trunk serve --release "$@"
