#!/usr/bin/env python3
"""`newsgraph said --about 'United States'` on samples/ must list every statement
the gold annotations say is about the United States, each with its speaker.

usage: said_gold.py NEWSGRAPH SOURCE_DIR GOLD WORK_DIR [MIN_SHARE]

Prints what is missing; fails below MIN_SHARE of the gold statements (default
all of them).
"""
import json
import os
import re
import shutil
import subprocess
import sys

newsgraph, source, gold_path, work = sys.argv[1:5]
min_share = float(sys.argv[5]) if len(sys.argv) > 5 else 1.0
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
db = os.path.join(work, "db")
subprocess.run([newsgraph, "--db", db, "ingest", "--no-progress", os.path.join(source, "samples")],
               check=True, capture_output=True)
p = subprocess.run([newsgraph, "--db", db, "said", "--about", "United States", "--format", "jsonl"],
                   check=True, capture_output=True, text=True)
rows = [json.loads(line) for line in p.stdout.splitlines() if line.strip()]


def norm(s):
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


gold = json.load(open(gold_path))
wanted = [(a["file"], st) for a in gold["articles"] for st in a["statements"]
          if "United States" in st["about"]]
missing = []
for file, st in wanted:
    quote = norm(st["quote"])
    speakers = {norm(s) for s in st["speaker"]}
    hit = [r for r in rows if r["article"] == file and
           (quote in norm(r["said"]) or norm(r["said"]) in quote) and len(norm(r["said"])) > 0]
    if not any(norm(r["speaker"]) in speakers for r in hit):
        missing.append(f"{file}: {st['quote'][:70]!r} by {st['speaker'][0]!r}"
                       f" (listed with: {[r['speaker'] for r in hit]})")
print(f"{len(wanted) - len(missing)} of {len(wanted)} gold statements about the United States "
      f"listed with their speaker ({len(rows)} rows in all)")
for m in missing:
    print("  missing:", m)
found = len(wanted) - len(missing)
sys.exit(0 if wanted and found >= min_share * len(wanted) else 1)
