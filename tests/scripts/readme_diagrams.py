#!/usr/bin/env python3
"""The README's diagrams can be read as printed: every SVG the README shows,
as committed and as scripts/diagrams draws it again from the samples with the
README's own query, is at most MAX_WIDTH × MAX_HEIGHT pt (a page; the
coalition's two hops through statements were 4032×2617 pt, every
speaker-target pair 2952×4042 pt), with at most MAX_NODES nodes.

usage: readme_diagrams.py NEWSGRAPH SOURCE_DIR WORK_DIR
"""
import os
import re
import shutil
import subprocess
import sys

MAX_WIDTH, MAX_HEIGHT, MAX_NODES = 1000, 1300, 45
newsgraph, source, work = sys.argv[1:4]
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
failures = []


def check(ok, what):
    print(("ok: " if ok else "FAILED: ") + what)
    if not ok:
        failures.append(what)


def measure(path):
    svg = open(path, encoding="utf-8").read()
    m = re.search(r'<svg width="([\d.]+)pt" height="([\d.]+)pt"', svg)
    return float(m.group(1)), float(m.group(2)), svg.count('class="node"')


readme = open(os.path.join(source, "README.md"), encoding="utf-8").read()
shown = re.findall(r"!\[[^\]]*\]\(docs/img/([\w-]+\.svg)\)", readme)
check(len(shown) == 2, f"the README shows two diagrams ({shown})")
p = subprocess.run(["bash", os.path.join(source, "scripts", "diagrams"), newsgraph, work], cwd=source,
                   capture_output=True, text=True)
check(p.returncode == 0, "scripts/diagrams ran " + p.stderr[:300])
for name in shown:
    for where in (os.path.join(source, "docs", "img"), work):
        path = os.path.join(where, name)
        if not os.path.exists(path):
            check(False, f"{path} exists")
            continue
        width, height, nodes = measure(path)
        check(width <= MAX_WIDTH and height <= MAX_HEIGHT and 2 <= nodes <= MAX_NODES,
              f"{path}: {width:.0f}×{height:.0f} pt, {nodes} nodes")
# The README's tour draws the diagram it shows: the same query as scripts/diagrams.
script = open(os.path.join(source, "scripts", "diagrams"), encoding="utf-8").read()
query = re.search(r'-q "([^"]+)"', script).group(1)
check(f'-q "{query}"' in readme, f"the README's tour runs {query!r}")
print(f"{len(failures)} failed")
sys.exit(1 if failures else 0)
