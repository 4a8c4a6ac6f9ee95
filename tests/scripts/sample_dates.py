#!/usr/bin/env python3
"""Dates on the ingested samples are Cypher dates: queried by range, sorted.

usage: sample_dates.py NEWSGRAPH SOURCE_DIR WORK_DIR

Hand-checked facts of samples/: 000 (CNN) was published on Wed January 24,
2024; 001 (its URL's /2024/01/25/) and 002 ("25 Jan, 2024") on 25 January;
003 and 004 carry no date, so neither do their statements. The range counts
are also checked against the ISO text of the JSONL export, a path that does
not go through the engine's date comparison.
"""
import json
import os
import shutil
import subprocess
import sys

newsgraph, source, work = sys.argv[1:4]
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
db = os.path.join(work, "db")
subprocess.run([newsgraph, "--db", db, "ingest", "--no-progress", os.path.join(source, "samples")],
               check=True, capture_output=True)
failures = []


def query(q):
    p = subprocess.run([newsgraph, "--db", db, "query", "--format", "jsonl", q], capture_output=True, text=True)
    if p.returncode != 0:
        failures.append(f"{q}: {p.stderr.strip()}")
        return []
    return [json.loads(line) for line in p.stdout.splitlines() if line.strip()]


def check(what, got, want):
    if got != want:
        failures.append(f"{what}: got {got!r}, want {want!r}")


# The articles of 25 January and later, by a date comparison.
rows = query("MATCH (a:Article) WHERE a.published >= date('2024-01-25') RETURN a.file AS f ORDER BY f")
check("articles from 25 January", [r["f"][:3] for r in rows], ["001", "002"])
rows = query("MATCH (a:Article) WHERE a.published < date('2024-01-25') RETURN a.file AS f")
check("articles before 25 January", [r["f"][:3] for r in rows], ["000"])
rows = query("MATCH (s:Statement)-[:REPORTED_IN]->(a:Article) WHERE a.file STARTS WITH '003' OR "
             "a.file STARTS WITH '004' RETURN count(s.date) AS dated, count(*) AS n")
check("statements of undated articles with a date", rows[0]["dated"] if rows else None, 0)

# Statement dates by range, against the export's text.
export = os.path.join(work, "dump.jsonl")
subprocess.run([newsgraph, "--db", db, "export", "--format", "jsonl", "-o", export], check=True)
days = [n["properties"]["date"] for n in map(json.loads, open(export, encoding="utf-8"))
        if n.get("type") == "node" and "Statement" in n["labels"] and len(n["properties"].get("date", "")) == 10]
for low, high in (("2024-01-24", "2024-01-24"), ("2024-01-20", "2024-01-25"), ("2023-01-01", "2024-01-23")):
    rows = query(f"MATCH (s:Statement) WHERE s.date >= date('{low}') AND s.date <= date('{high}') RETURN count(*) AS n")
    check(f"statements from {low} to {high}", rows[0]["n"] if rows else None,
          sum(low <= d <= high for d in days))
check("the CNN article's day has statements", sum(d == "2024-01-24" for d in days) > 0, True)

# Sorted by date, the days ascend; arithmetic on them works.
rows = query("MATCH (s:Statement) WHERE s.date >= date('2020-01-01') RETURN s.date AS d ORDER BY s.date")
check("ORDER BY s.date", [r["d"] for r in rows], sorted(r["d"] for r in rows))
rows = query("MATCH (a:Article {file: '000_89f189bf1b8a151d.txt'}) "
             "RETURN a.published + duration({days: 8}) AS later, a.published.dayOfWeek AS weekday")
check("date arithmetic", rows, [{"later": "2024-02-01", "weekday": 3}])  # a Wednesday

for f in failures:
    print("FAILED", f)
print(f"sample dates: {'ok' if not failures else str(len(failures)) + ' failures'}")
sys.exit(1 if failures else 0)
