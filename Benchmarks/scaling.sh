#!/usr/bin/env bash
# Linearity: the time to audit one article grows in proportion to its size. Formerly a
# wall-clock test inside `swift test` (ScalingTests); measured here, on a release build,
# where a timing means something.
#
#   Benchmarks/scaling.sh [WORDS]    an article of WORDS words (default 32000) and one of 4 x WORDS
#
# Prints the best of 5 runs of each and their ratio; fails (exit 1) when the larger
# article takes 5 times the smaller one or more.
set -euo pipefail
cd "$(dirname "$0")/.."
WORDS="${1:-32000}"
WORK="${BENCH_DIR:-/tmp/isnad-bench}"
mkdir -p "$WORK"
swift build -c release --static-swift-stdlib --product audit >/dev/null
BIN=.build/release/audit
# paragraphs of news sentences with attributions, and one long unpunctuated line, so
# segmentation, matching, source resolution and output all grow with the article
python3 - "$WORDS" "$WORK" <<'PY'
import sys
words, work = int(sys.argv[1]), sys.argv[2]
sentences = ["وقال وزير المالية محمد الجدعان إن الميزانية متوازنة", "وأضاف المسؤول أن الإيرادات ارتفعت",
             "وذكرت مصادر مطلعة أن الشركة تدرس بيع أصولها", "وارتفعت أسعار النفط في الأسواق العالمية أمس",
             "ونفت الوزارة في بيان صحة التقارير", "وبحسب وكالة رويترز فإن المحادثات مستمرة"]
for name, n in (("small", words), ("large", 4 * words)):
    out, count, k = ["عنوان الخبر\n"], 0, 0
    while count < n:
        s = sentences[k % len(sentences)]
        out.append(s + (".\n\n" if k % 7 == 6 else ". "))
        count += len(s.split(" ")); k += 1
    out.append("\n" + " ".join(["قال الوزير في السوق إن"] * (n // 20)) + "\n")
    open(f"{work}/scaling-{name}.txt", "w").write("".join(out))
PY
best() {  # best of 5 runs, in seconds
  python3 - "$@" <<'PY'
import subprocess, sys, time
runs = []
for _ in range(5):
    t = time.perf_counter()
    subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    runs.append(time.perf_counter() - t)
print(min(runs))
PY
}
S=$(best "$BIN" --format json --fail-on none "$WORK/scaling-small.txt")
L=$(best "$BIN" --format json --fail-on none "$WORK/scaling-large.txt")
python3 - "$S" "$L" "$WORDS" <<'PY'
import sys
s, l, w = float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3])
print(f"{w} words: {s * 1000:.1f} ms; {4 * w} words: {l * 1000:.1f} ms; ratio {l / s:.2f} (linear: 4, limit 5)")
sys.exit(0 if l / s < 5 else 1)
PY
