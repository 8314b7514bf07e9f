#!/usr/bin/env bash
# Runs Loyalty Lab from the command line: simulates a scenario (default: the
# Red Cube bonus programme) and prints its report. Extra arguments go to
# `loyalty run`, e.g. `bash scripts/run.sh scenarios/tiers.json --format csv`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
if [[ $# -eq 0 ]]; then
    set -- scenarios/red-cube-bonus.json
fi
cargo build --quiet --release -p loyalty-cli
exec target/release/loyalty run "$@"
