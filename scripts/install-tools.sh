#!/usr/bin/env bash
# Installs what scripts/test.sh needs and is missing, skipping whatever is
# already present in the right version: the wasm32 target, clippy, rustfmt and
# wasm-bindgen-test-runner 0.2.130 (it must match the wasm-bindgen version in
# Cargo.lock). Node.js (20 or later) must already be installed. Non-interactive.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

WASM_BINDGEN_VERSION="0.2.130"
TARGET="wasm32-unknown-unknown"

echo "==> Toolchain: $(rustc --version), $(cargo --version)"

if rustup target list --installed | grep -qx "$TARGET"; then
    echo "==> Target $TARGET: present"
else
    echo "==> Target $TARGET: installing"
    rustup target add "$TARGET"
fi

missing=()
installed_components="$(rustup component list --installed)"
for component in clippy rustfmt; do
    if grep -q "^${component}\(-\|$\)" <<<"$installed_components"; then
        echo "==> Component $component: present"
    else
        missing+=("$component")
    fi
done
if ((${#missing[@]})); then
    echo "==> Components ${missing[*]}: installing"
    rustup component add "${missing[@]}"
fi

current=""
if command -v wasm-bindgen >/dev/null 2>&1; then
    current="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" || current=""
fi
if [[ "$current" == "$WASM_BINDGEN_VERSION" ]] && command -v wasm-bindgen-test-runner >/dev/null 2>&1; then
    echo "==> wasm-bindgen-cli $WASM_BINDGEN_VERSION: present"
else
    echo "==> wasm-bindgen-cli $WASM_BINDGEN_VERSION: installing (found: ${current:-none})"
    force=()
    if [[ -n "$current" ]]; then
        force=(--force)
    fi
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" ${force[@]+"${force[@]}"}
fi

if ! command -v node >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 && [[ "$(id -u)" == 0 ]]; then
    echo "==> Node.js: installing Debian's nodejs"
    apt-get update -qq && apt-get install -y -qq nodejs
fi
if command -v node >/dev/null 2>&1; then
    echo "==> Node.js: $(node --version)"
else
    echo "error: Node.js is required to run the wasm32 tests (wasm-bindgen-test-runner); install Node.js 20 or later" >&2
    exit 1
fi
