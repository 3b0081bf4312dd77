#!/usr/bin/env bash
# Times `audit` against ripgrep over the same articles and the same lexicon, in one run.
#
#   Benchmarks/run.sh [N]      N articles of ../shared/corpus (default 3000; 0 = all 30,336)
#
# The lexicon is every literal word sequence of the shipped rules (`audit rules
# patterns`), so both tools look for the same strings. Reports, best of RUNS runs
# (default 5, alternating):
#   - audit --format jsonl --fail-on none --jobs 1 against rg -F -f LEXICON --count-matches -j1
#     (MB/s and the ratio), and with --format json; timed with their output sent to
#     /dev/null, as hyperfine does by default: the work of each tool, formatting and
#     write calls included, not the disk's;
#   - the same jsonl audit with its output written to a file on the disk, and that ratio;
#   - the speed-up of --jobs 2 over --jobs 1 (same output, checked on files written untimed);
#   - audit's peak resident memory, its start-up time (loading the shipped rules and
#     auditing an empty file) both cold (--no-cache: the YAML parsed) and cached (from a
#     compiled-pack cache in $WORK/cache, filled by an untimed run first), and the time per
#     stage (--profile).
# Every other run reads the pack from that warm cache ($WORK/cache, never the user's own).
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-3000}"
RUNS="${RUNS:-5}"
# without ripgrep every ratio would be against a command that failed at once
command -v rg >/dev/null 2>&1 || { echo "Benchmarks/run.sh: ripgrep (rg) is not installed; install it first (Debian: apt-get install ripgrep)" >&2; exit 2; }
WORK="${BENCH_DIR:-/tmp/isnad-bench}"
mkdir -p "$WORK"
# linked statically, as the tool ships on Linux: no dynamic symbol lookup at start-up, no PLT call per retain and release
swift build -c release --static-swift-stdlib --product audit >/dev/null
BIN=.build/release/audit
if [ ! -f "$WORK/articles.$N" ]; then
  rm -rf "$WORK/articles"
  python3 ../shared/tools/unpack-corpus "$WORK/articles" --limit "$N"
  touch "$WORK/articles.$N"
fi
"$BIN" rules patterns Rules > "$WORK/lexicon.txt"
MB=$(du -sb "$WORK/articles" | awk '{printf "%.1f", $1/1e6}')
FILES=$(find "$WORK/articles" -name '*.txt' | wc -l)
: > "$WORK/empty.txt"
# one cache for the whole run, warmed untimed: the timed runs all start from it
export ISNAD_CACHE_DIR="$WORK/cache"
"$BIN" --fail-on none "$WORK/empty.txt" > /dev/null

secs() { python3 -c "import sys; print(float(sys.argv[2]) - float(sys.argv[1]))" "$1" "$2"; }
best() { python3 -c "import sys; print(min(map(float, sys.argv[1:])))" "$@"; }
timed() {  # timed OUT CMD...: seconds
  # untimed first: the previous run's output is removed (a regular file under $WORK only,
  # never a device such as /dev/null) and every dirty page written to disk, so the kernel's
  # write-back of the last run (243 MB of JSON) does not take one of the two cores during
  # this one; this run's own output is written inside the timing
  local t0 t1
  case "$1" in "$WORK"/*) [ -f "$1" ] && rm -f "$1" ;; esac
  sync; t0=$(date +%s.%N); "${@:2}" > "$1" || true; t1=$(date +%s.%N); secs "$t0" "$t1"
}
J1=(); J2=(); JS=(); R=(); S=(); JF=()
for _ in $(seq "$RUNS"); do
  J1+=("$(timed /dev/null "$BIN" --format jsonl --fail-on none --jobs 1 "$WORK/articles")")
  R+=("$(timed /dev/null rg -F -f "$WORK/lexicon.txt" --count-matches -j1 "$WORK/articles")")
  J2+=("$(timed /dev/null "$BIN" --format jsonl --fail-on none --jobs 2 "$WORK/articles")")
  JS+=("$(timed /dev/null "$BIN" --format json --fail-on none --jobs 1 "$WORK/articles")")
done
# the runs that write to the disk come after all the others: the host's write of 243 MB
# would otherwise slow whichever run follows, on a VM whose disk work shares its cores
for _ in $(seq "$RUNS"); do
  JF+=("$(timed "$WORK/audit1.jsonl" "$BIN" --format jsonl --fail-on none --jobs 1 "$WORK/articles")")
done
SC=()
for _ in 1 2 3 4 5; do
  S+=("$(timed /dev/null "$BIN" --fail-on none --no-cache "$WORK/empty.txt")")
  SC+=("$(timed /dev/null "$BIN" --fail-on none "$WORK/empty.txt")")
done
# determinism: --jobs 2 writes the bytes --jobs 1 wrote (untimed)
"$BIN" --format jsonl --fail-on none --jobs 2 "$WORK/articles" > "$WORK/audit2.jsonl" || true
cmp -s "$WORK/audit1.jsonl" "$WORK/audit2.jsonl" || { echo "run.sh: --jobs 2 output differs from --jobs 1"; exit 1; }
rm -f "$WORK/audit2.jsonl"
PEAK=$( { /usr/bin/time -f "%M" "$BIN" --format jsonl --fail-on none --jobs 1 "$WORK/articles" > /dev/null; } 2>&1 | tail -1)
PEAK2=$( { /usr/bin/time -f "%M" "$BIN" --format jsonl --fail-on none --jobs 2 "$WORK/articles" > /dev/null; } 2>&1 | tail -1)
"$BIN" --format jsonl --fail-on none --jobs 1 --profile "$WORK/articles" 2> "$WORK/profile.txt" > /dev/null

python3 - "$(best "${J1[@]}")" "$(best "${R[@]}")" "$(best "${J2[@]}")" "$(best "${JS[@]}")" "$(best "${S[@]}")" \
  "$MB" "$FILES" "$(wc -l < "$WORK/lexicon.txt")" "$PEAK" "$RUNS" "$PEAK2" "$(best "${JF[@]}")" "$(stat -c %s "$WORK/audit1.jsonl")" "$(best "${SC[@]}")" <<'PY'
import sys
j1, r, j2, js, start, mb, files, lex, peak, runs, peak2, jf, outsize, cached = map(float, sys.argv[1:])
print(f"{int(files)} articles, {mb:.1f} MB, lexicon of {int(lex)} literals, best of {int(runs)} runs")
print(f"audit jsonl --jobs 1 : {j1:6.2f} s  {mb / j1:6.2f} MB/s")
print(f"audit json  --jobs 1 : {js:6.2f} s  {mb / js:6.2f} MB/s")
print(f"audit jsonl --jobs 2 : {j2:6.2f} s  {mb / j2:6.2f} MB/s  speed-up over --jobs 1: {j1 / j2:4.2f}x")
print(f"rg -F -j1            : {r:6.2f} s  {mb / r:6.2f} MB/s")
print(f"ratio audit/rg (jsonl, 1 core): {j1 / r:5.2f}x   (json: {js / r:5.2f}x)   output to /dev/null")
print(f"audit jsonl --jobs 1 to a file: {jf:6.2f} s  {mb / jf:6.2f} MB/s  ratio to rg {jf / r:5.2f}x  ({outsize / 1e6:.0f} MB written to disk)")
print(f"peak memory {peak / 1024:.0f} MB (--jobs 2: {peak2 / 1024:.0f} MB); start-up with the shipped rules {start * 1000:.0f} ms cold (--no-cache), {cached * 1000:.0f} ms cached")
PY
sed 's/^profile: /stages (--jobs 1, --profile): /' "$WORK/profile.txt"
