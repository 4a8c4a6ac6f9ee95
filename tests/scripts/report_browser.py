#!/usr/bin/env python3
"""`newsgraph report` opened in headless Chromium (issue 21): the page loads
without console errors, its statement rows are those of `said --format
jsonl`, a filter in the address reduces them to the speaker's, an opened
statement shows its highlighted words, and a screenshot is not blank.

usage: report_browser.py NEWSGRAPH SOURCE_DIR WORK_DIR

Skips (exit 77) with a message when no Chromium is installed.
"""
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import urllib.parse
import zlib

newsgraph, source, work = sys.argv[1:4]
browser = shutil.which("chromium") or shutil.which("chromium-browser")
if not browser:
    print("SKIP: no chromium installed (scripts/install-deps installs Debian's)")
    sys.exit(77)
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
db, page = os.path.join(work, "db"), os.path.join(work, "report.html")
subprocess.run([newsgraph, "--db", db, "ingest", "--no-progress", os.path.join(source, "samples")],
               check=True, capture_output=True)
subprocess.run([newsgraph, "--db", db, "report", "--about", "United States", "-o", page], check=True)
said = subprocess.run([newsgraph, "--db", db, "said", "--about", "United States", "--format", "jsonl"],
                      check=True, capture_output=True, text=True).stdout
rows = [json.loads(line) for line in said.splitlines() if line.strip()]
failures = []


def chromium(fragment, *flags):
    url = "file://" + urllib.parse.quote(os.path.abspath(page)) + fragment
    p = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                        "--user-data-dir=" + os.path.join(work, "profile"), "--enable-logging=stderr",
                        "--v=0", *flags, url], capture_output=True, text=True, timeout=120)
    return p


def shown(dom):
    m = re.search(r'<span id="shown">(\d+)</span>', dom)
    return int(m.group(1)) if m else -1


def visible_rows(dom):
    return len(re.findall(r'<li class="st"(?![^>]*hidden)[^>]*>', dom))


# Loads, and its scripts run without an error on the console.
p = chromium("", "--dump-dom")
console = [l for l in p.stderr.splitlines() if "CONSOLE" in l or "Uncaught" in l]
if console:
    failures.append("console messages: " + " | ".join(console))
if visible_rows(p.stdout) != len(rows) or shown(p.stdout) != len(rows):
    failures.append("rows: %d shown (%d counted), said lists %d" % (visible_rows(p.stdout), shown(p.stdout), len(rows)))

# DOMContentLoaded within a second (the page's script records when it came).
loaded = re.search(r'data-loaded-ms="(\d+)"', p.stdout)
if not loaded or int(loaded.group(1)) >= 1000:
    failures.append("DOMContentLoaded after %s ms" % (loaded.group(1) if loaded else "?"))

# A filter in the address keeps the speaker's statements only.
speaker = max({r["speaker"] for r in rows}, key=lambda s: sum(r["speaker"] == s for r in rows))
expected = sum(r["speaker"] == speaker for r in rows)
p = chromium("#" + urllib.parse.urlencode({"speaker": speaker}), "--dump-dom")
if not (0 < expected < len(rows)) or visible_rows(p.stdout) != expected or shown(p.stdout) != expected:
    failures.append("filter by %s: %d shown, expected %d" % (speaker, visible_rows(p.stdout), expected))

# An opened statement shows its words highlighted.
first = re.search(r'<li class="st" data-id="(\d+)"', open(page, encoding="utf-8").read()).group(1)
p = chromium("#open=" + first, "--dump-dom")
opened = re.search(r'data-id="%s".*?<details open="">.*?<mark class="words">(.*?)</mark>' % first, p.stdout, re.S)
if not opened or not opened.group(1).strip():
    failures.append("statement %s did not open with highlighted words" % first)

# A screenshot, not blank: its pixels take many values.
shot = os.path.join(work, "report.png")
chromium("", "--screenshot=" + shot, "--window-size=1100,1400", "--hide-scrollbars")
data = open(shot, "rb").read() if os.path.exists(shot) else b""
idat, pos = b"", 8
while pos + 8 <= len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    if kind == b"IDAT":
        idat += data[pos + 8:pos + 8 + length]
    pos += 12 + length
pixels = zlib.decompress(idat) if idat else b""
if len(set(pixels)) < 16:
    failures.append("screenshot %s is blank (%d byte values)" % (shot, len(set(pixels))))

size = os.path.getsize(page)
if size >= 1 << 20:
    failures.append("report is %d bytes, over 1 MB" % size)
print("report: %d bytes, %d statements, DOMContentLoaded at %s ms; filter %s: %d; screenshot %s (%d bytes)" %
      (size, len(rows), loaded.group(1) if loaded else "?", speaker, expected, shot, len(data)))
for f in failures:
    print("FAIL:", f)
sys.exit(1 if failures else 0)
