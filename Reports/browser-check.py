#!/usr/bin/env python3
"""Renders an HTML audit sheet in a real browser (headless Chromium, Debian's
`chromium`) and checks it: the page loads with no console error or page error,
it lays out right to left, and every claim is highlighted and focusable. Saves a
PNG of the page.

    python3 Reports/browser-check.py SHEET.html OUT.png

Exit 0 when every check passes, 1 otherwise (each failed check is printed)."""
import os, shutil, sys
from playwright.sync_api import sync_playwright

def main(sheet, png):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("browser-check: chromium not found (apt-get install chromium)"); return 2
    problems = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1100, "height": 900})
        console = []
        page.on("console", lambda m: console.append(m) if m.type in ("error", "warning") else None)
        page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
        requests = []
        page.on("request", lambda r: requests.append(r.url) if not r.url.startswith(("file:", "data:", "about:")) else None)
        page.goto("file://" + os.path.abspath(sheet), wait_until="load")
        for m in console:
            problems.append(f"console {m.type}: {m.text}")
        for r in requests:
            problems.append(f"external request (the sheet must work offline): {r}")
        facts = page.evaluate("""() => {
            const html = document.documentElement;
            const article = document.getElementById('article');
            const marks = [...document.querySelectorAll('mark.claim')];
            const first = marks[0];
            const ar = article ? article.getBoundingClientRect() : null;
            const fr = first ? first.getBoundingClientRect() : null;
            return {
              dir: html.getAttribute('dir'), lang: html.getAttribute('lang'),
              computedDir: getComputedStyle(article || html).direction,
              marks: marks.length,
              rows: document.querySelectorAll('#claims tbody tr').length,
              labelled: marks.filter(m => m.dataset.label && m.tabIndex === 0).length,
              // right to left: the first claim starts at the right edge of the article box
              firstRightGap: (ar && fr) ? Math.round(ar.right - fr.right) : null,
              firstLeftGap: (ar && fr) ? Math.round(fr.left - ar.left) : null,
              svg: document.querySelectorAll('svg rect').length,
              scripts: document.querySelectorAll('script').length,
            };
        }""")
        if facts["dir"] != "rtl" or facts["computedDir"] != "rtl":
            problems.append(f"not right to left: dir={facts['dir']} computed={facts['computedDir']}")
        if facts["lang"] != "ar":
            problems.append(f"lang is {facts['lang']!r}, not 'ar'")
        if facts["marks"] == 0 or facts["marks"] != facts["rows"]:
            problems.append(f"{facts['marks']} highlighted claims for {facts['rows']} claim rows")
        if facts["labelled"] != facts["marks"]:
            problems.append(f"only {facts['labelled']} of {facts['marks']} claims carry a label and are focusable")
        if facts["firstRightGap"] is None or facts["firstRightGap"] > facts["firstLeftGap"]:
            problems.append(f"the first claim is not laid out from the right (gaps right {facts['firstRightGap']}, left {facts['firstLeftGap']})")
        if facts["svg"] < 5:
            problems.append("the label chart is missing")
        if facts["scripts"]:
            problems.append(f"{facts['scripts']} script element(s) in the sheet")
        # focusing a claim shows its label, source and evidence
        page.focus("mark.claim")
        tip = page.evaluate("() => { const t = document.activeElement.querySelector('.tip'); return t ? [getComputedStyle(t).display, t.innerText] : null }")
        if not tip or tip[0] == "none" or "source" not in tip[1]:
            problems.append(f"focusing a claim does not show its details: {tip}")
        page.evaluate("() => document.activeElement.blur()")
        page.screenshot(path=png, full_page=False)
        # contest links resolve both ways: a denial's "contests" link reaches a claim row that
        # links back to it with "contested by", and following the link makes that row the target
        links = page.evaluate("""() => {
            const rowOf = a => a.closest('tr');
            const out = {count: 0, broken: []};
            for (const a of document.querySelectorAll('#claims a.contests, #claims a.contested-by')) {
                out.count++;
                const target = document.getElementById(a.getAttribute('href').slice(1));
                const back = a.classList.contains('contests') ? 'a.contested-by' : 'a.contests';
                const from = rowOf(a);
                if (!target) { out.broken.push(a.getAttribute('href') + ': no such element'); continue; }
                if (![...target.querySelectorAll(back)].some(b => b.getAttribute('href') === '#' + from.id))
                    out.broken.push(a.getAttribute('href') + ': no link back to #' + from.id);
            }
            return out;
        }""")
        for b in links["broken"]:
            problems.append(f"contest link does not resolve both ways: {b}")
        if links["count"]:
            page.click("#claims a.contests")
            hit = page.evaluate("() => { const t = document.querySelector(':target'); return t ? t.id : null }")
            if not hit or not hit.startswith("claim-"):
                problems.append(f"following a contest link does not reach a claim row (target {hit})")
        browser.close()
    for pr in problems:
        print("browser-check:", pr)
    print(f"browser-check: {sheet}: {facts['marks']} claims highlighted, {links['count']} contest links both ways, right to left, "
          f"{'no console errors' if not console else str(len(console)) + ' console messages'}; {'OK' if not problems else 'FAILED'}; screenshot {png}")
    return 1 if problems else 0

if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__); sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
