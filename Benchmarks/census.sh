#!/usr/bin/env bash
# Times `audit rules census` against the audit of the same input, in one session.
#
#   Benchmarks/census.sh [N]      the first N records of ../shared/corpus (default 0 = all 30,336)
#
# Both read the corpus as JSON lines from `zcat` on standard input, as the issue's command does:
#   zcat corpus | audit --input jsonl --format jsonl --jobs 1 -            (output to /dev/null)
#   zcat corpus | audit rules census --input jsonl --jobs 1 -              (output to /dev/null)
# alternating, RUNS times each (default 3); prints the best wall time of each (and the medians: the
# machine is shared and its timings drift), their ratio
# (the census must take no more than 2x the audit), the census with --jobs 2, and the peak
# resident memory of each (`/usr/bin/time -v`, largest over the runs). The census output of
# --jobs 1 and --jobs 2 is compared (it must be the same bytes).
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-0}"
RUNS="${RUNS:-3}"
WORK="${BENCH_DIR:-/tmp/isnad-census-bench}"
CORPUS=../shared/corpus/saudinewsnet.jsonl.gz
mkdir -p "$WORK"
swift build -c release --static-swift-stdlib --product audit >/dev/null
BIN=.build/release/audit

feed() { if [ "$N" = 0 ]; then zcat "$CORPUS"; else zcat "$CORPUS" | head -n "$N"; fi; }

# timed NAME OUT CMD...: runs CMD reading the corpus; appends "seconds kbytes" to $WORK/NAME.times
timed() {
  local name=$1 out=$2; shift 2
  feed | /usr/bin/time -v -o "$WORK/$name.time" "$@" > "$out" 2> "$WORK/$name.stderr" || true
  local wall kb
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$WORK/$name.time")
  kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$WORK/$name.time")
  echo "$wall $kb" >> "$WORK/$name.times"
}

rm -f "$WORK"/*.times
for _ in $(seq "$RUNS"); do
  timed audit /dev/null "$BIN" --input jsonl --format jsonl --jobs 1 -
  timed census1 "$WORK/census-1.txt" "$BIN" rules census --input jsonl --jobs 1 -
  timed census2 "$WORK/census-2.txt" "$BIN" rules census --input jsonl --jobs 2 -
done

best() { sort -n "$WORK/$1.times" | head -1 | cut -d' ' -f1; }
median() { sort -n "$WORK/$1.times" | cut -d' ' -f1 | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
peak() { sort -n -k2 "$WORK/$1.times" | tail -1 | cut -d' ' -f2; }
A=$(best audit); C1=$(best census1); C2=$(best census2)
MA=$(median audit); MC1=$(median census1); MC2=$(median census2)
RECORDS=$( (feed || true) | wc -l)
echo "$RECORDS records, best of $RUNS alternating runs, output to /dev/null (census of --jobs 1 and 2 kept to compare)"
printf 'audit --format jsonl --jobs 1 : %7.2f s   peak %6.1f MB\n' "$A" "$(echo "$(peak audit) / 1024" | bc -l)"
printf 'rules census --jobs 1        : %7.2f s   peak %6.1f MB   ratio to the audit %.2fx (must be <= 2x)\n' \
  "$C1" "$(echo "$(peak census1) / 1024" | bc -l)" "$(echo "$C1 / $A" | bc -l)"
printf 'rules census --jobs 2        : %7.2f s   peak %6.1f MB   speed-up over --jobs 1 %.2fx\n' \
  "$C2" "$(echo "$(peak census2) / 1024" | bc -l)" "$(echo "$C1 / $C2" | bc -l)"
printf 'medians                      : audit %.2f s, census --jobs 1 %.2f s (ratio %.2fx), --jobs 2 %.2f s\n' "$MA" "$MC1" "$(echo "$MC1 / $MA" | bc -l)" "$MC2"
if cmp -s "$WORK/census-1.txt" "$WORK/census-2.txt"; then echo "census output: same bytes with --jobs 1 and --jobs 2"; else echo "census output DIFFERS between --jobs 1 and --jobs 2"; exit 1; fi
