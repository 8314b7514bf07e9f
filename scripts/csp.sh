#!/usr/bin/env bash
# Trunk post-build hook (see Trunk.toml): puts the Content-Security-Policy
# into the built index.html. The policy allows scripts only from the page's
# own origin plus the one inline module script Trunk writes to start the
# wasm, by its SHA-256 hash (it changes with every build, so it is computed
# here), and WebAssembly compilation ('wasm-unsafe-eval'). Nothing may be
# loaded from or sent to any other origin.
#
# Needs only bash and coreutils (sha256sum, base64): it also runs on the
# machine that only serves the app (scripts/run.sh).
set -euo pipefail
html="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}/index.html"
page="$(<"$html")"
marker='<script type="module">'
[[ "$page" == *"$marker"* ]] || { echo "csp.sh: no inline module script in $html" >&2; exit 1; }
script="${page#*"$marker"}"
script="${script%%</script>*}"
hex="$(printf '%s' "$script" | sha256sum | cut -d' ' -f1)"
# Hex to bytes with printf's \x escapes, then base64.
hash="$(printf "$(sed 's/../\\x&/g' <<<"$hex")" | base64 -w0)"
placeholder='__INLINE_SCRIPT_HASH__'
[[ "$page" == *"$placeholder"* ]] || { echo "csp.sh: no $placeholder in $html" >&2; exit 1; }
# $(<file) drops trailing newlines; write the page back with one.
printf '%s\n' "${page//"$placeholder"/"sha256-$hash"}" >"$html"
