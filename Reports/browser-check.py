#!/usr/bin/env python3
"""Renders an HTML audit sheet in a real browser (headless Chromium, Debian's
`chromium`) and checks it at a desktop width (1280 px) and a phone width (420 px):

- the page loads with no console error or page error, and asks for nothing online;
- `lang` and `dir` agree with the sheet's language (ar: rtl, en: ltr), and the
  article itself (Arabic) lays out right to left in either;
- every claim is highlighted, labelled and focusable, and focusing one shows its details;
- every evidence item and source of the claims table is isolated for bidi
  (`<bdi>` or unicode-bidi: isolate), so a rule id or a Latin name never reorders the words around it;
- the rule ids of the claims sit behind a `<details>` toggle that opens;
- the share bar runs in reading order (its first label starts at the right in Arabic);
- nothing scrolls sideways (document.scrollingElement.scrollWidth <= innerWidth), at 420 px too,
  not even while a claim's tooltip is shown;
- no empty "source:" line on an unsourced claim.

Saves a PNG of the page at 1280 px (and OUT-420.png at 420 px).

    python3 Reports/browser-check.py SHEET.html OUT.png [--lang ar|en]

`--lang` says which language the sheet must be in (default: ar). Exit 0 when every
check passes, 1 otherwise (each failed check is printed)."""
import os, shutil, sys
from playwright.sync_api import sync_playwright

WIDTHS = (1280, 420)

FACTS = """() => {
    const html = document.documentElement;
    const article = document.getElementById('article');
    const marks = [...document.querySelectorAll('mark.claim')];
    const first = marks[0];
    const ar = article ? article.getBoundingClientRect() : null;
    // the first line of the first claim
    const fr = first ? first.getClientRects()[0] : null;
    const isolated = e => e.tagName === 'BDI' || getComputedStyle(e).unicodeBidi === 'isolate';
    const items = [...document.querySelectorAll('#claims .items > *, #claims .ev')];
    const evidence = [...document.querySelectorAll('#claims .ev')];
    const rects = [...document.querySelectorAll('svg rect')].filter(r => parseFloat(r.getAttribute('width')) > 0);
    const rows = [...document.querySelectorAll('#claims tbody tr')];
    return {
      dir: html.getAttribute('dir'), lang: html.getAttribute('lang'),
      computedDir: getComputedStyle(html).direction,
      articleDir: article ? getComputedStyle(article).direction : null,
      marks: marks.length,
      rows: rows.length,
      labelled: marks.filter(m => m.dataset.label && m.tabIndex === 0).length,
      // the article is Arabic: the first claim starts at the right edge of the article box
      firstRightGap: (ar && fr) ? Math.round(ar.right - fr.right) : null,
      firstLeftGap: (ar && fr) ? Math.round(fr.left - ar.left) : null,
      svg: document.querySelectorAll('svg rect').length,
      firstBarX: rects.length ? parseFloat(rects[0].getAttribute('x')) : null,
      firstBarEnd: rects.length ? parseFloat(rects[0].getAttribute('x')) + parseFloat(rects[0].getAttribute('width')) : null,
      scripts: document.querySelectorAll('script').length,
      evidence: evidence.length,
      notIsolated: items.filter(e => !isolated(e)).map(e => e.outerHTML.slice(0, 80)),
      details: document.querySelectorAll('#claims details.rules > summary').length,
      rulesOutsideDetails: rows.filter(r => [...r.querySelectorAll('code')].some(c => !c.closest('details'))).length,
      // a cell shown as a line of a card (narrow screens) is never an empty "source:" line
      emptyCardLines: [...document.querySelectorAll('#claims td')].filter(td => getComputedStyle(td).display === 'block' && td.textContent.trim() === '').length,
      scrollWidth: document.scrollingElement.scrollWidth,
      innerWidth: window.innerWidth,
      wideCells: [...document.querySelectorAll('table')].filter(t => t.getBoundingClientRect().right > window.innerWidth + 1 || t.getBoundingClientRect().left < -1).map(t => t.id || t.className || 'table'),
      // a source line only where there is a source: never on an unsourced claim, never empty
      emptySource: [...document.querySelectorAll('.tip .source')].filter(s => !s.querySelector('bdi') || s.closest('mark').dataset.label === 'unsourced').length
                   + marks.filter(m => m.dataset.label === 'unsourced' && /(source|المصدر)\s*:/.test(m.querySelector('.tip').textContent)).length,
    };
}"""


def check(page, width, want_lang, problems):
    page.set_viewport_size({"width": width, "height": 900})
    f = page.evaluate(FACTS)
    where = f"{width} px"
    want_dir = "rtl" if want_lang == "ar" else "ltr"
    if f["lang"] != want_lang:
        problems.append(f"{where}: lang is {f['lang']!r}, not {want_lang!r}")
    if f["dir"] != want_dir or f["computedDir"] != want_dir:
        problems.append(f"{where}: page direction dir={f['dir']} computed={f['computedDir']}, not {want_dir}")
    if f["articleDir"] not in ("rtl", None):
        problems.append(f"{where}: the article is not laid out right to left ({f['articleDir']})")
    claims = f["rows"] > 0
    if f["marks"] != f["rows"]:
        problems.append(f"{where}: {f['marks']} highlighted claims for {f['rows']} claim rows")
    if f["labelled"] != f["marks"]:
        problems.append(f"{where}: only {f['labelled']} of {f['marks']} claims carry a label and are focusable")
    if claims and (f["firstRightGap"] is None or (f["firstRightGap"] > f["firstLeftGap"] and f["firstRightGap"] > 24)):
        problems.append(f"{where}: the first claim is not laid out from the right (gaps right {f['firstRightGap']}, left {f['firstLeftGap']})")
    if f["svg"] < 5:
        problems.append(f"{where}: the label chart is missing")
    elif f["firstBarX"] is not None:
        # reading order: the first label's bar starts at the right edge (100) in Arabic, at 0 in English
        if want_dir == "rtl" and abs(f["firstBarEnd"] - 100) > 0.2:
            problems.append(f"{where}: the share bar does not run right to left (first bar ends at {f['firstBarEnd']})")
        if want_dir == "ltr" and f["firstBarX"] > 0.2:
            problems.append(f"{where}: the share bar does not run left to right (first bar starts at {f['firstBarX']})")
    if f["scripts"]:
        problems.append(f"{where}: {f['scripts']} script element(s) in the sheet")
    if claims and f["evidence"] == 0:
        problems.append(f"{where}: no evidence item in the claims table")
    if f["notIsolated"]:
        problems.append(f"{where}: {len(f['notIsolated'])} evidence/source items not isolated for bidi, e.g. {f['notIsolated'][0]}")
    if claims and f["details"] == 0:
        problems.append(f"{where}: no <details> toggle for the rule ids in the claims table")
    if f["rulesOutsideDetails"]:
        problems.append(f"{where}: {f['rulesOutsideDetails']} claim rows show rule ids outside the details toggle")
    if f["emptySource"]:
        problems.append(f"{where}: {f['emptySource']} tooltips with an empty source line")
    if f["emptyCardLines"]:
        problems.append(f"{where}: {f['emptyCardLines']} empty lines (such as an empty source) in the claim cards")
    if f["scrollWidth"] > f["innerWidth"]:
        problems.append(f"{where}: the page scrolls sideways (scrollWidth {f['scrollWidth']} > innerWidth {f['innerWidth']}; too wide: {f['wideCells']})")
    # the toggle opens and shows the rule ids
    if f["details"]:
        opened = page.evaluate("""() => { const d = document.querySelector('#claims details.rules');
            const code = d.querySelector('code');
            const hidden = !code.checkVisibility();
            d.querySelector('summary').click();
            const shown = code.checkVisibility();
            const ok = d.open && hidden && shown; d.open = false; return ok }""")
        if not opened:
            problems.append(f"{where}: the rule ids toggle does not open, or shows the ids while closed")
    # focusing a claim shows its label and why
    if not claims:
        return f
    page.focus("mark.claim")
    tip = page.evaluate("() => { const t = document.activeElement.querySelector('.tip'); return t ? [getComputedStyle(t).display, t.innerText] : null }")
    if not tip or tip[0] == "none" or len(tip[1].strip()) < 3:
        problems.append(f"{where}: focusing a claim does not show its details: {tip}")
    page.evaluate("() => document.activeElement.blur()")
    # no claim's tooltip, shown, reaches past the screen or makes the page scroll sideways
    wide = page.evaluate("""() => { const out = []; for (const m of document.querySelectorAll('mark.claim')) { m.focus();
        const r = m.querySelector('.tip').getBoundingClientRect();
        if (r.left < 0 || r.right > innerWidth || document.scrollingElement.scrollWidth > innerWidth) out.push(m.getAttribute('aria-describedby')) }
        document.activeElement.blur(); return out }""")
    if wide:
        problems.append(f"{where}: {len(wide)} tooltips reach past the screen when shown (e.g. {wide[0]})")
    return f


def main(sheet, png, want_lang="ar"):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("browser-check: chromium not found (apt-get install chromium)"); return 2
    problems = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": WIDTHS[0], "height": 900})
        console = []
        page.on("console", lambda m: console.append(m) if m.type in ("error", "warning") else None)
        page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
        requests = []
        page.on("request", lambda r: requests.append(r.url) if not r.url.startswith(("file:", "data:", "about:")) else None)
        page.goto("file://" + os.path.abspath(sheet), wait_until="load")
        facts = None
        for width in WIDTHS:
            facts = check(page, width, want_lang, problems)
            out = png if width == WIDTHS[0] else os.path.splitext(png)[0] + f"-{width}.png"
            page.screenshot(path=out, full_page=False)
        for m in console:
            problems.append(f"console {m.type}: {m.text}")
        for r in requests:
            problems.append(f"external request (the sheet must work offline): {r}")
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
    print(f"browser-check: {sheet} ({want_lang}, {' and '.join(f'{w} px' for w in WIDTHS)}): {facts['marks']} claims highlighted, {links['count']} contest links both ways, "
          f"{facts['evidence']} evidence items isolated, "
          f"{'no console errors' if not console else str(len(console)) + ' console messages'}; {'OK' if not problems else 'FAILED'}; screenshot {png}")
    return 1 if problems else 0


if __name__ == "__main__":
    args = sys.argv[1:]
    lang = "ar"
    if "--lang" in args:
        i = args.index("--lang")
        if i + 1 >= len(args) or args[i + 1] not in ("ar", "en"):
            print(__doc__); sys.exit(2)
        lang = args[i + 1]
        del args[i:i + 2]
    if len(args) != 2:
        print(__doc__); sys.exit(2)
    sys.exit(main(args[0], args[1], lang))
