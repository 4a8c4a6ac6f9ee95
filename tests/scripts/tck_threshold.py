#!/usr/bin/env python3
"""Runs the openCypher TCK runner and fails if the pass rate of the scenarios in
scope (passed / (passed + failed)) is below a threshold.

usage: tck_threshold.py ENGINE RUN_PY THRESHOLD
"""
import os
import re
import subprocess
import sys

engine, run_py, threshold = sys.argv[1], sys.argv[2], float(sys.argv[3])
jobs = str(max(1, (os.cpu_count() or 2)))
proc = subprocess.run([sys.executable, run_py, engine, "-j", jobs], capture_output=True, text=True)
last = (proc.stdout.strip().splitlines() or [""])[-1]
m = re.match(r"(\d+) passed, (\d+) failed, (\d+) skipped", last)
if not m:
    print("cannot read the TCK summary:", last, proc.stderr[-2000:])
    sys.exit(1)
passed, failed, skipped = map(int, m.groups())
rate = passed / max(1, passed + failed)
print(f"{last}: {rate:.1%} of the scenarios in scope (threshold {threshold:.0%})")
sys.exit(0 if rate >= threshold else 1)
