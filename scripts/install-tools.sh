#!/usr/bin/env bash
# Installs what scripts/run.sh and scripts/test.sh need and is missing,
# skipping whatever is already present in the right version: the wasm32
# target, clippy, rustfmt, wasm-bindgen-cli 0.2.130 (it must match the
# wasm-bindgen version pinned in Cargo.toml), Trunk 0.21.14, Node.js and
# Binaryen's wasm-opt 132 from npm (tools/wasm-opt: Trunk shrinks the
# page's wasm with it; scripts/run.sh and scripts/test.sh put it on PATH) and, with
# `--browser`, Debian's Chromium and ChromeDriver, Node.js, GNU parallel,
# the e2e test's npm packages and pip (scripts/fetch-data.sh downloads the
# CDNOW data with it). Non-interactive; apt-get needs root.
#
#   bash scripts/install-tools.sh            # what running the app needs
#   bash scripts/install-tools.sh --browser  # plus what the tests need
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

WASM_BINDGEN_VERSION="0.2.130"
TRUNK_VERSION="0.21.14"
BROWSER=0
if [[ "${1:-}" == "--browser" ]]; then
    BROWSER=1
fi
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

current_trunk=""
if command -v trunk >/dev/null 2>&1; then
    current_trunk="$(trunk --version 2>/dev/null | awk '{print $2}')" || current_trunk=""
fi
if [[ "$current_trunk" == "$TRUNK_VERSION" ]]; then
    echo "==> Trunk $TRUNK_VERSION: present"
else
    # --locked: without it 0.21.14 picks a lightningcss that does not build.
    echo "==> Trunk $TRUNK_VERSION: installing (found: ${current_trunk:-none}; about 10 minutes)"
    cargo install --locked trunk --version "$TRUNK_VERSION" --force
fi

# Node.js runs Binaryen's wasm-opt (npm's build of it), which Trunk calls
# for the page's wasm (index.html: data-wasm-opt="z").
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    if command -v apt-get >/dev/null 2>&1 && [[ "$(id -u)" == 0 ]]; then
        echo "==> Debian packages nodejs npm: installing"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm
    else
        echo "error: install Node.js and npm (Debian packages nodejs npm; needs root)" >&2
        exit 1
    fi
fi
if [[ -x tools/wasm-opt/node_modules/.bin/wasm-opt ]]; then
    echo "==> wasm-opt: $(tools/wasm-opt/node_modules/.bin/wasm-opt --version)"
else
    echo "==> wasm-opt 132 (npm binaryen): installing (npm ci)"
    (cd tools/wasm-opt && npm ci --no-audit --no-fund)
fi

if ((BROWSER == 0)); then
    exit 0
fi

apt_packages=()
command -v chromium >/dev/null 2>&1 || apt_packages+=(chromium)
command -v chromedriver >/dev/null 2>&1 || apt_packages+=(chromium-driver)
command -v node >/dev/null 2>&1 || apt_packages+=(nodejs)
command -v npm >/dev/null 2>&1 || apt_packages+=(npm)
if ! command -v pip3 >/dev/null 2>&1 && ! command -v pip >/dev/null 2>&1 \
    && ! python3 -m pip --version >/dev/null 2>&1; then
    apt_packages+=(python3-pip)
fi
# GNU parallel: the test of sharding `loyalty experiment` over processes.
command -v parallel >/dev/null 2>&1 || apt_packages+=(parallel)
if ((${#apt_packages[@]})); then
    if command -v apt-get >/dev/null 2>&1 && [[ "$(id -u)" == 0 ]]; then
        echo "==> Debian packages ${apt_packages[*]}: installing"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${apt_packages[@]}"
    else
        echo "error: install ${apt_packages[*]} (Debian packages; needs root)" >&2
        exit 1
    fi
fi
echo "==> Chromium: $(chromium --version 2>/dev/null || echo '?'), $(chromedriver --version 2>/dev/null | head -c 40)"
echo "==> Node.js: $(node --version), npm $(npm --version)"
echo "==> pip: $( (pip3 --version || pip --version || python3 -m pip --version) 2>/dev/null | head -c 40)"
echo "==> GNU parallel: $(parallel --version 2>/dev/null | head -n 1)"

# Every package of tests/e2e/package.json: a worktree made before one was
# added gets it from the lock file (npm ci) instead of failing at import.
e2e_missing=$(cd tests/e2e && node -e 'const p = require("./package.json");
  console.log(Object.keys(p.dependencies).filter(d => !require("fs").existsSync("node_modules/" + d)).join(" "))')
if [[ -z "$e2e_missing" ]]; then
    echo "==> e2e npm packages: present"
else
    # playwright-core (it never downloads a browser; the tests use Debian's
    # Chromium), exceljs (reads the downloaded spreadsheet back) and
    # @axe-core/playwright (the accessibility checks, tests/e2e/a11y.mjs).
    echo "==> e2e npm packages: installing (npm ci; missing: $e2e_missing)"
    (cd tests/e2e && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
fi
