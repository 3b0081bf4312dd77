#!/bin/sh
# The README's "Editing rules" walkthrough, shown there verbatim below the marker
# <!-- walkthrough: Fixtures/walkthrough/overlay.sh -->. WalkthroughTests runs it with an
# installed `audit` from an empty directory outside the source tree, and fails when the
# README and this file differ.
set -eu
# 1. Start a pack for your newsroom: an overlay that extends the shipped rules
audit rules init Newsroom
# 2. Teach it a reporting verb, غمغم "muttered", with a sentence it must match and one it must not
cat > Newsroom/muttered.yml <<'YAML'
kind: report
rules:
  - id: house.ghamghama
    description: غمغم "muttered"
    patterns: [غمغم|غمغمت|يغمغم|تغمغم|غمغموا]
    examples:
      match: ["و[[غمغم]] الوزير بأن الاتفاق قريب."]
      no_match: ["غمامة تغطي المدينة."]
YAML
# 3. Check the pack (each mistake as path:line:column: error:) and run its own tests
audit rules check Newsroom
audit rules test --coverage Newsroom
# 4. Audit with it: the claim is attributed now, nothing to rebuild
echo 'وغمغم وزير المالية محمد الجدعان بأن الاتفاق قريب.' > article.txt
audit --rules Newsroom article.txt
# 5. Or name the pack in .audit.yml, for every article in this directory and below
echo 'rules: [Newsroom]' > .audit.yml
audit article.txt
