#!/usr/bin/env python3
"""A report of about 10,000 statements (issue 21): its size, the time to write
it, and in headless Chromium the time to DOMContentLoaded and to filter it to
one speaker (the page records both: data-loaded-ms, data-filter-ms).

usage: bench/report_scale.py [NEWSGRAPH] [MEGABYTES=1.8] [WORK_DIR=bench/work/report]

The corpus comes from bench/ingest_corpus.py (1.8 MB gives about 10,000
statements). Prints one line of figures; exits 1 past the issue's limits
(10 MB, filtering 200 ms).
"""
import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.parse

here = os.path.dirname(os.path.abspath(__file__))
newsgraph = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "build", "newsgraph")
megabytes = sys.argv[2] if len(sys.argv) > 2 else "1.8"
work = sys.argv[3] if len(sys.argv) > 3 else os.path.join(here, "work", "report")
browser = shutil.which("chromium") or shutil.which("chromium-browser")
if not browser:
    sys.exit("no chromium installed (scripts/install-deps installs Debian's)")

corpus, db, page = (os.path.join(work, x) for x in ("corpus", "db", "report.html"))
if not os.path.exists(os.path.join(corpus, ".mb-" + megabytes)):
    shutil.rmtree(corpus, ignore_errors=True)
    subprocess.run([sys.executable, os.path.join(here, "ingest_corpus.py"), corpus, megabytes], check=True)
    open(os.path.join(corpus, ".mb-" + megabytes), "w").close()
shutil.rmtree(db, ignore_errors=True)
subprocess.run([newsgraph, "--db", db, "ingest", "--no-progress", corpus], check=True, capture_output=True)
started = time.monotonic()
subprocess.run([newsgraph, "--db", db, "report", "-o", page], check=True)
write_seconds = time.monotonic() - started
said = subprocess.run([newsgraph, "--db", db, "said", "--format", "jsonl"], check=True,
                      capture_output=True, text=True).stdout
speakers = [json.loads(line)["speaker"] for line in said.splitlines() if line.strip()]
speaker = max(set(speakers), key=speakers.count)


def dom(fragment):
    url = "file://" + urllib.parse.quote(os.path.abspath(page)) + fragment
    return subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                           "--user-data-dir=" + os.path.join(work, "profile"), "--dump-dom", url],
                          capture_output=True, text=True, timeout=300).stdout


def attribute(html, name):
    m = re.search(r'data-%s="([\d.]+)"' % name, html)
    return float(m.group(1)) if m else float("nan")


loaded = attribute(dom(""), "loaded-ms")
filtered = attribute(dom("#" + urllib.parse.urlencode({"speaker": speaker})), "filter-ms")
size = os.path.getsize(page)
print("report: %d statements, %.1f MB, written in %.1f s; DOMContentLoaded %.0f ms; "
      "filter to %r (%d rows) %.0f ms" % (len(speakers), size / 1e6, write_seconds, loaded, speaker,
                                          speakers.count(speaker), filtered))
sys.exit(0 if size < 10e6 and filtered < 200 else 1)
