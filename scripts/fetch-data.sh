#!/usr/bin/env bash
# Fetches the CDNOW transaction logs that the calibration tests use: they
# ship inside the PyPI wheel of `lifetimes` 0.11.3, which is downloaded (not
# installed) and unpacked into target/data/, outside git. The data are never
# committed. Skips the download when the files are already there.
#
#   bash scripts/fetch-data.sh      # then: cargo test -p loyalty-calibrate --test cdnow
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

DIR="target/data/lifetimes-0.11.3"
SAMPLE="$DIR/lifetimes/datasets/CDNOW_sample.txt"
if [[ -s "$SAMPLE" ]]; then
    echo "==> CDNOW data: present ($SAMPLE)"
    exit 0
fi
PIP=""
for candidate in pip3 pip; do
    if command -v "$candidate" >/dev/null 2>&1; then
        PIP="$candidate"
        break
    fi
done
if [[ -z "$PIP" ]] && command -v python3 >/dev/null 2>&1 && python3 -m pip --version >/dev/null 2>&1; then
    PIP="python3 -m pip"
fi
if [[ -z "$PIP" ]]; then
    echo "error: pip is needed to fetch the CDNOW data (scripts/install-tools.sh --browser installs it)" >&2
    exit 1
fi
echo "==> CDNOW data: downloading the lifetimes 0.11.3 wheel with $PIP"
mkdir -p "$DIR"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
$PIP download --quiet --no-deps --only-binary=:all: lifetimes==0.11.3 -d "$tmp"
wheel="$(ls "$tmp"/*.whl)"
if command -v unzip >/dev/null 2>&1; then
    unzip -q -o "$wheel" 'lifetimes/datasets/*' -d "$DIR"
else
    python3 -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); [z.extract(n, sys.argv[2]) for n in z.namelist() if n.startswith("lifetimes/datasets/")]' "$wheel" "$DIR"
fi
test -s "$SAMPLE"
echo "==> CDNOW data: $SAMPLE ($(wc -l <"$SAMPLE") rows)"
