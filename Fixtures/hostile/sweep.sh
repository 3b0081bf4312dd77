#!/usr/bin/env bash
# The no-crash sweep (CI runs it): a release build audits every article of
# ../shared/corpus and the generated giant cases, and fails on any crash
# (exit status >= 128) or any article that could not be audited.
#
#   bash Fixtures/hostile/sweep.sh
#
# Prints the number of articles and claims, and the time and peak memory of each case.
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK="${SWEEP_DIR:-/tmp/isnad-sweep}"
mkdir -p "$WORK"
# linked statically, as the tool ships on Linux: no dynamic symbol lookup at start-up, no PLT call per retain and release
swift build -c release --static-swift-stdlib --product audit >/dev/null
BIN=.build/release/audit
run() {  # run NAME ARGS...: the exit status, never a crash
  local name=$1; shift
  local status=0
  /usr/bin/time -f "%e s, peak %M KB" -o "$WORK/time" "$BIN" "$@" > "$WORK/out.json" 2> "$WORK/err" || status=$?
  if [ "$status" -ge 128 ]; then echo "sweep: $name CRASHED (status $status)"; tail -20 "$WORK/err"; exit 1; fi
  echo "sweep: $name: exit $status, $(tail -1 "$WORK/time")"
  return 0
}
if [ -f ../shared/corpus/saudinewsnet.jsonl.gz ]; then
  [ -f "$WORK/corpus.done" ] || { rm -rf "$WORK/corpus"; python3 ../shared/tools/unpack-corpus "$WORK/corpus" >/dev/null; touch "$WORK/corpus.done"; }
  run corpus --format json --no-pretty --fail-on none "$WORK/corpus"
  python3 - "$WORK/out.json" <<'PY'
import json, sys
t = json.load(open(sys.argv[1]))["totals"]
print(f"sweep: corpus: {t['articles']} articles, {t['claims']} claims, {t['errors']} not audited")
sys.exit(1 if t["errors"] else 0)
PY
fi
# a 50 MB article on one line with no punctuation at all
python3 - "$WORK/line50.txt" <<'PY'
import random, sys
words = "قال في من الوزير إن أن المسؤول على وأضاف مصادر الحكومة اليوم عن وزارة رويترز نفى بحسب رفض التعليق".split()
random.seed(50)
with open(sys.argv[1], "w", encoding="utf-8") as f:
    n = 0
    while n < 50_000_000:
        chunk = " ".join(random.choice(words) for _ in range(10000)) + " "
        f.write(chunk); n += len(chunk.encode())
PY
# over the default --max-article-bytes (16 MB): the limit is raised to audit it
run "50 MB line" --format json --no-pretty --fail-on none --max-article-bytes 60000000 "$WORK/line50.txt"
for f in Fixtures/hostile/*.txt; do run "$f" --fail-on none "$f"; done
echo "sweep: no crash"
