#!/usr/bin/env python3
"""Regenerates the examples in README.md from the tool's real output.

Each example is a fenced block between two comments naming the command that
produces it, run from the repository root with `audit` the built binary:

    <!-- example: audit --format line Fixtures/readme/budget.txt -->
    ```
    ...output...
    ```
    <!-- /example -->

    python3 Reports/readme-examples.py           # rewrite README.md
    python3 Reports/readme-examples.py --check   # exit 1 and show a diff when README.md has drifted

`AUDIT_BIN` names the binary (default: .build/debug/audit, else .build/release/audit).
A test (ReadmeExamplesTests) runs --check.
"""
import difflib
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
README = os.path.join(ROOT, "README.md")
EXAMPLE = re.compile(r"(<!-- example: (.*?) -->\n)(```[a-z]*\n)(.*?)(```\n<!-- /example -->)", re.S)


def binary():
    if os.environ.get("AUDIT_BIN"):
        return os.path.abspath(os.environ["AUDIT_BIN"])
    for config in ("debug", "release"):
        path = os.path.join(ROOT, ".build", config, "audit")
        if os.access(path, os.X_OK):
            return path
    sys.exit("readme-examples: no built audit binary (run swift build, or set AUDIT_BIN)")


def render(text, bindir):
    env = {k: v for k, v in os.environ.items() if k not in ("ISNAD_RULES", "ISNAD_TEMPLATES", "GITHUB_STEP_SUMMARY")}
    env.update(PATH=bindir + os.pathsep + env.get("PATH", ""), NO_COLOR="1", LC_ALL="C.UTF-8")
    problems = []

    def run(match):
        command = match.group(2)
        r = subprocess.run(["bash", "-c", command], cwd=ROOT, env=env, capture_output=True, text=True)
        # 1 only says that the article fails the policy (the examples show failing claims)
        if r.returncode not in (0, 1):
            problems.append(f"README.md: example `{command}` exited with {r.returncode}: {r.stderr.strip()}")
        output = r.stdout.rstrip("\n")
        return match.group(1) + match.group(3) + (output + "\n" if output else "") + match.group(5)

    out = EXAMPLE.sub(run, text)
    if problems:
        sys.exit("\n".join(problems))
    return out


def main():
    check = "--check" in sys.argv[1:]
    with open(README, encoding="utf-8") as f:
        text = f.read()
    with tempfile.TemporaryDirectory() as bindir:
        os.symlink(binary(), os.path.join(bindir, "audit"))
        new = render(text, bindir)
    count = len(EXAMPLE.findall(text))
    if check:
        if new != text:
            sys.stdout.writelines(difflib.unified_diff(text.splitlines(True), new.splitlines(True), "README.md", "README.md (regenerated)"))
            print(f"README.md: examples out of date: run python3 Reports/readme-examples.py", file=sys.stderr)
            return 1
        print(f"README.md: {count} examples up to date")
        return 0
    if new != text:
        with open(README + ".tmp", "w", encoding="utf-8") as f:
            f.write(new)
        os.replace(README + ".tmp", README)
    print(f"README.md: {count} examples regenerated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
