#!/usr/bin/env python3
"""Runs every ```cypher block of docs/QUERY.md against a database of samples/
and fails if one errors or returns nothing it should.

usage: query_docs.py NEWSGRAPH SOURCE_DIR WORK_DIR
"""
import os
import re
import shutil
import subprocess
import sys

newsgraph, source, work = sys.argv[1:4]
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
db = os.path.join(work, "db")
subprocess.run([newsgraph, "--db", db, "ingest", "--no-progress", os.path.join(source, "samples")],
               check=True, capture_output=True)
doc = open(os.path.join(source, "docs", "QUERY.md"), encoding="utf-8").read()
blocks = re.findall(r"```cypher\n(.*?)```", doc, re.S)
failures = 0
for query in blocks:
    p = subprocess.run([newsgraph, "--db", db, "query", "--format", "jsonl", query],
                       capture_output=True, text=True)
    rows = [line for line in p.stdout.splitlines() if line.strip()]
    writes = re.match(r"\s*(MERGE|CREATE|MATCH .* (SET|REMOVE|DELETE))", query, re.S) is not None
    if p.returncode != 0 or (not rows and not writes):
        failures += 1
        print(f"FAILED ({p.returncode}, {len(rows)} rows): {query.strip()}\n{p.stderr.strip()}\n")
    else:
        print(f"ok ({len(rows)} rows): {query.strip().splitlines()[0]}")
print(f"{len(blocks) - failures} of {len(blocks)} examples ran")
sys.exit(1 if failures or not blocks else 0)
