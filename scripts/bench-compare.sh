#!/usr/bin/env bash
# Compares the speed of `loyalty run` at another git revision with the
# current tree (uncommitted changes included), side by side on one machine.
#
#   bash scripts/bench-compare.sh <git-rev> [--customers N] [--days N]
#                                 [--rounds N] [--scenario FILE]
#
# It builds the `loyalty` binary of <git-rev> in a temporary `git worktree`
# with its own CARGO_TARGET_DIR (kept in target/bench-compare/<rev>, so that a
# second comparison with the same revision rebuilds only the workspace's own
# crates, not the dependencies), builds the
# current tree's binary, runs each once untimed (checking that the scenario
# is valid for both and whether their reports are identical), then times
# them interleaved (old, new, old, new, ...) for --rounds rounds and prints
# each binary's best and median wall time and the ratio old/new.
#
# A time is one `loyalty run <scenario> > /dev/null`: both runs of the
# scenario (the programme run and its baseline twin, one after the other),
# plus reading the scenario, building the report and writing it. The wall
# time is measured here, not by the binary, so any older revision can be
# compared.
#
# The scenario is --scenario FILE (default scenarios/red-cube-bonus.json)
# with simulation.customers and simulation.days set to --customers (default
# 100000) and --days (default 730), as `loyalty bench` does. The worktree
# and the temporary files are removed on exit, Ctrl+C included (after a
# `kill -9`, `git worktree prune` forgets the leftover worktree). Not part
# of scripts/test.sh.
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$(pwd)
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

usage() {
    echo "usage: bash scripts/bench-compare.sh <git-rev> [--customers N] [--days N] [--rounds N] [--scenario FILE]" >&2
    exit 2
}

rev=""
customers=100000
days=730
rounds=5
scenario="scenarios/red-cube-bonus.json"
while [ $# -gt 0 ]; do
    case "$1" in
        --customers | --days | --rounds | --scenario)
            [ $# -ge 2 ] || usage
            case "$1" in
                --customers) customers=$2 ;;
                --days) days=$2 ;;
                --rounds) rounds=$2 ;;
                --scenario) scenario=$2 ;;
            esac
            shift 2
            ;;
        -h | --help) usage ;;
        -*) echo "unknown option: $1" >&2; usage ;;
        *)
            [ -z "$rev" ] || usage
            rev=$1
            shift
            ;;
    esac
done
[ -n "$rev" ] || usage
for pair in "customers:$customers" "days:$days" "rounds:$rounds"; do
    if ! [[ "${pair#*:}" =~ ^[1-9][0-9]*$ ]]; then
        echo "--${pair%%:*} must be a positive whole number, not '${pair#*:}'" >&2
        exit 2
    fi
done
[ -f "$scenario" ] || { echo "$scenario: no such file" >&2; exit 2; }

sha=$(git rev-parse --verify --quiet "$rev^{commit}") || {
    echo "$rev: not a git revision" >&2
    exit 2
}
short=$(git rev-parse --short "$sha")
if [[ "$sha" == "$rev"* ]]; then
    old_label=$short
else
    old_label="$rev ($short)"
fi
head=$(git rev-parse --short HEAD)
if [ -n "$(git status --porcelain --untracked-files=no)" ]; then
    new_label="current tree (HEAD $head + uncommitted changes)"
else
    new_label="current tree (HEAD $head)"
fi

target=$(cargo metadata --format-version 1 --no-deps |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
cache="$target/bench-compare/$short"
mkdir -p "$cache"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/bench-compare.XXXXXX")
worktree="$tmp/worktree"
cleanup() {
    # Only this script's worktree is removed (no `git worktree prune`: other
    # worktrees of the repository are none of its business).
    if [ -e "$worktree/.git" ]; then
        git -C "$root" worktree remove --force "$worktree" ||
            echo "could not remove the worktree $worktree; see git worktree list" >&2
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "==> Building loyalty at $old_label in a temporary worktree (CARGO_TARGET_DIR=$cache)"
git worktree add --quiet --detach "$worktree" "$sha"
(cd "$worktree" && CARGO_TARGET_DIR="$cache" cargo build --release -p loyalty-cli)
cp "$cache/release/loyalty" "$tmp/loyalty-old"

echo "==> Building loyalty of the $new_label"
cargo build --release -p loyalty-cli
cp "$target/release/loyalty" "$tmp/loyalty-new"

# The scenario, resized.
sized="$tmp/scenario.json"
python3 - "$scenario" "$sized" "$customers" "$days" <<'PY'
import json, sys
src, dst, customers, days = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
with open(src) as f:
    s = json.load(f)
s.setdefault("simulation", {})
s["simulation"]["customers"] = customers
s["simulation"]["days"] = days
with open(dst, "w") as f:
    json.dump(s, f, indent=2)
PY

echo "==> Untimed run of each binary (checks the scenario, compares the reports)"
for which in old new; do
    if ! "$tmp/loyalty-$which" run "$sized" --quiet > "$tmp/report-$which.json"; then
        echo "the $which binary cannot run $scenario (resized); see above" >&2
        exit 1
    fi
done
if cmp -s "$tmp/report-old.json" "$tmp/report-new.json"; then
    same="identical"
else
    same="different (expected if the model or the report changed)"
fi

# Wall time of one `loyalty run`, in nanoseconds.
time_run() {
    local start end
    start=$(date +%s%N)
    "$1" run "$sized" --quiet > /dev/null
    end=$(date +%s%N)
    echo $((end - start))
}

echo "==> $rounds rounds, interleaved: old, new, old, new, ..."
old_times=()
new_times=()
for ((i = 1; i <= rounds; i++)); do
    old_ns=$(time_run "$tmp/loyalty-old")
    new_ns=$(time_run "$tmp/loyalty-new")
    old_times+=("$old_ns")
    new_times+=("$new_ns")
    printf '  round %d: old %.3f s, new %.3f s\n' "$i" \
        "$(echo "$old_ns" | awk '{print $1 / 1e9}')" \
        "$(echo "$new_ns" | awk '{print $1 / 1e9}')"
done

name=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1])).get("name", "?"))' "$sized")
python3 - "$old_label" "$new_label" "$name" "$customers" "$days" "$rounds" "$same" \
    "${old_times[*]}" "${new_times[*]}" <<'PY'
import statistics, sys
old_label, new_label, name, customers, days, rounds, same = sys.argv[1:8]
old = [int(t) / 1e9 for t in sys.argv[8].split()]
new = [int(t) / 1e9 for t in sys.argv[9].split()]
print()
print(f"Scenario: {name}, {int(customers):,} customers x {days} days, "
      f"{rounds} interleaved rounds.")
print("Each time is the wall time of one `loyalty run` of the scenario: both runs")
print("(the programme run and its baseline twin, one after the other), plus")
print("reading the scenario and building and writing the report.")
print(f"Reports of the two binaries: {same}.")
print()
rows = [
    ("old: " + old_label, min(old), statistics.median(old)),
    ("new: " + new_label, min(new), statistics.median(new)),
]
ratio_label = "ratio old/new (above 1: new is faster)"
width = max([len(r[0]) for r in rows] + [len(ratio_label)])
print(f"  {'':<{width}}  {'best':>9}  {'median':>9}")
for label, best, median in rows:
    print(f"  {label:<{width}}  {best:>7.3f} s  {median:>7.3f} s")
best_ratio = min(old) / min(new)
median_ratio = statistics.median(old) / statistics.median(new)
print(f"  {ratio_label:<{width}}  "
      f"{best_ratio:>9.3f}  {median_ratio:>9.3f}")
PY
