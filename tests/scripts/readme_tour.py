#!/usr/bin/env python3
"""Runs every command of the README's "A short tour" on the samples, in order,
as a user would in a 120-column terminal ($COLUMNS=120), and fails if one
fails, takes longer than MAX_SECONDS, or prints a line wider than 120
columns (issue 20: `WHO SAID ABOUT 'United States'` was 224 columns wide,
`said --matrix` 332).

usage: readme_tour.py NEWSGRAPH SOURCE_DIR WORK_DIR [MAX_SECONDS]
"""
import os
import re
import shutil
import subprocess
import sys
import time

newsgraph, source, work = sys.argv[1:4]
max_seconds = float(sys.argv[4]) if len(sys.argv) > 4 else 2.0
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
readme = open(os.path.join(source, "README.md"), encoding="utf-8").read()
tour = re.search(r"## A short tour\n\n```sh\n(.*?)```", readme, re.S).group(1)
commands = [line for line in tour.splitlines() if "$ng" in line and not line.startswith("ng=")]
env = dict(os.environ, COLUMNS="120", ng=newsgraph, NO_COLOR="1")
env.pop("PAGER", None)
failures = 0
for command in commands:
    # The samples are the source tree's; every file the tour writes lands in WORK_DIR.
    command = re.sub(r"(^|\s)samples/", r"\1" + os.path.join(source, "samples") + "/", command)
    started = time.monotonic()
    p = subprocess.run(["bash", "-c", command], cwd=work, env=env, stdin=subprocess.DEVNULL,
                       capture_output=True, text=True)
    seconds = time.monotonic() - started
    wide = [line for line in (p.stdout + p.stderr).splitlines() if len(line) > 120]
    shown = command.split("#")[0].strip()
    if p.returncode != 0 or seconds > max_seconds or wide:
        failures += 1
        print(f"FAILED ({p.returncode}, {seconds:.2f} s, {len(wide)} lines over 120): {shown}")
        print(p.stderr.strip()[:2000])
        for line in wide[:3]:
            print(f"  {len(line)}: {line[:160]}")
    else:
        lines = (p.stdout + p.stderr).splitlines()
        print(f"ok ({seconds:.2f} s, widest {max((len(l) for l in lines), default=0)}): {shown}")
print(f"{len(commands) - failures} of {len(commands)} tour commands ran within {max_seconds} s "
      "and 120 columns")
sys.exit(1 if failures or not commands else 0)
