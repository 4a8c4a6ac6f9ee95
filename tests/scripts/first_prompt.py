#!/usr/bin/env python3
"""Time from starting `newsgraph --db DB shell` in a pseudo-terminal to its first prompt.

Usage: first_prompt.py BINARY DB   (docs/PERFORMANCE.md: issue 20's figures)
"""
import os
import pty
import select
import sys
import time

binary, db = sys.argv[1], sys.argv[2]
start = time.monotonic()
pid, fd = pty.fork()
if pid == 0:
    os.execv(binary, [binary, "--db", db, "shell"])
seen = b""
while b"newsgraph> " not in seen:
    ready, _, _ = select.select([fd], [], [], 120)
    if not ready:
        sys.exit("no prompt within 120 s")
    try:
        seen += os.read(fd, 4096)
    except OSError:
        sys.exit("the shell ended before its prompt:\n" + seen.decode(errors="replace"))
elapsed = time.monotonic() - start
os.write(fd, b".quit\n")
os.waitpid(pid, 0)
print(f"first prompt after {elapsed * 1000:.0f} ms")
