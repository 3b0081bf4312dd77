#!/usr/bin/env bash
# Times `audit` against ripgrep over the same articles and the same lexicon.
#
#   Benchmarks/run.sh [N]      N articles of ../shared/corpus (default 3000; 0 = all 30,336)
#
# The lexicon is every literal word sequence of the shipped rules
# (`audit rules patterns`), so both tools look for the same strings; ripgrep runs
# on one thread (-j1) and so does audit. Prints MB/s for each, the ratio and audit's
# peak resident memory.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-3000}"
WORK="${BENCH_DIR:-/tmp/isnad-bench}"
mkdir -p "$WORK"
swift build -c release >/dev/null
BIN=.build/release/audit
if [ ! -f "$WORK/articles.$N" ]; then
  rm -rf "$WORK/articles"
  python3 ../shared/tools/unpack-corpus "$WORK/articles" --limit "$N"
  touch "$WORK/articles.$N"
fi
"$BIN" rules patterns Rules > "$WORK/lexicon.txt"
MB=$(du -sb "$WORK/articles" | awk '{printf "%.1f", $1/1e6}')
FILES=$(find "$WORK/articles" -name '*.txt' | wc -l)

# Each tool runs RUNS times (default 3), alternating, and its best time counts:
# the machine's noise only ever adds time.
RUNS="${RUNS:-3}"
best() { python3 -c "import sys; print(min(map(float, sys.argv[1:])))" "$@"; }
A=(); R=()
for _ in $(seq "$RUNS"); do
  t0=$(date +%s.%N)
  "$BIN" --format json --fail-on none "$WORK/articles" > "$WORK/audit.json"
  t1=$(date +%s.%N)
  rg -F -f "$WORK/lexicon.txt" --count-matches -j1 "$WORK/articles" > "$WORK/rg.txt" || true
  t2=$(date +%s.%N)
  A+=("$(python3 -c "print($t1 - $t0)")"); R+=("$(python3 -c "print($t2 - $t1)")")
done
PEAK=$( { /usr/bin/time -f "%M" "$BIN" --format json --fail-on none "$WORK/articles" > /dev/null; } 2>&1 | tail -1)

python3 - "$(best "${A[@]}")" "$(best "${R[@]}")" "$MB" "$FILES" "$(wc -l < "$WORK/lexicon.txt")" "$PEAK" "$RUNS" <<'PY'
import sys
a, r, mb, files, lex, peak, runs = map(float, sys.argv[1:])
print(f"{int(files)} articles, {mb:.1f} MB, lexicon of {int(lex)} literals, best of {int(runs)} runs")
print(f"audit (json, 1 thread): {a:6.2f} s  {mb / a:6.2f} MB/s  peak {peak / 1024:.0f} MB")
print(f"rg -F -j1            : {r:6.2f} s  {mb / r:6.2f} MB/s")
print(f"ratio audit/rg       : {a / r:6.2f}x")
PY
