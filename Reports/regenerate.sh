#!/usr/bin/env bash
# Regenerates Reports/: the audit sheets of the 23 seed and snn articles of
# Fixtures/gold/dev in every
# format (Reports/sheets/, with index pages), and the browser check's screenshot of
# a seed article's HTML sheet at 1280 px and 420 px (Reports/seed-05.png and
# Reports/seed-05-420.png, needs chromium and playwright). The HTML and Markdown sheets are
# in Arabic, the default of --lang.
#
#   bash Reports/regenerate.sh            # sheets and screenshot
#   bash Reports/regenerate.sh --sheets   # sheets only
#
# A test (ReportsTests) fails when Reports/sheets is out of date.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build >/dev/null
rm -rf Reports/sheets
status=0
.build/debug/audit -o Reports/sheets --format text,json,markdown,html,sarif,github,line Fixtures/gold/dev/seed-*.txt Fixtures/gold/dev/snn-*.txt || status=$?
# exit 1 only says that fixtures carry unsourced claims
[ "$status" -le 1 ] || exit "$status"
if [ "${1:-}" != "--sheets" ]; then
  python3 Reports/browser-check.py Reports/sheets/seed-05.html Reports/seed-05.png
fi
