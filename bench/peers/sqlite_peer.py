#!/usr/bin/env python3
"""The benchmark questions on SQLite (Python's sqlite3 module, the SQLite of
Debian): an edge table indexed both ways, recursive CTEs for neighbourhoods,
a breadth-first CTE for shortest paths. Prints one JSON object like ng_bench.

usage: sqlite_peer.py DIR     (DIR from bench/gen.py; the database goes to DIR/sqlite.db)
"""
import csv
import json
import os
import sqlite3
import statistics
import sys
import time

d = sys.argv[1]
meta = json.load(open(os.path.join(d, "meta.json")))
path = os.path.join(d, "sqlite.db")
if os.path.exists(path):
    os.remove(path)
out = {}
t = time.time()
db = sqlite3.connect(path)
db.execute("PRAGMA journal_mode=OFF")
db.execute("PRAGMA synchronous=OFF")
db.execute("CREATE TABLE node(id INTEGER PRIMARY KEY, label TEXT, name TEXT)")
db.execute("CREATE TABLE edge(src INTEGER, dst INTEGER, type TEXT)")
with open(os.path.join(d, "nodes.csv")) as f:
    r = csv.reader(f)
    next(r)
    db.executemany("INSERT INTO node VALUES (?, ?, ?)", ((int(x[0]), x[1], x[2]) for x in r))
with open(os.path.join(d, "relationships.csv")) as f:
    r = csv.reader(f)
    next(r)
    db.executemany("INSERT INTO edge VALUES (?, ?, ?)", ((int(x[0]), int(x[1]), x[2]) for x in r))
db.execute("CREATE INDEX edge_src ON edge(src, type, dst)")
db.execute("CREATE INDEX edge_dst ON edge(dst, type, src)")
db.commit()
out["load_s"] = time.time() - t
out["size_on_disk_mb"] = os.path.getsize(path) / 1e6

# Both directions in one recursive step: SQLite's OR optimization serves
# `src = n OR dst = n` from the two indexes.
NEIGHBOURS = """
WITH RECURSIVE hood(n, depth) AS (SELECT ?, 0 UNION
  SELECT CASE WHEN e.src = hood.n THEN e.dst ELSE e.src END, hood.depth + 1
  FROM hood JOIN edge e ON e.src = hood.n OR e.dst = hood.n WHERE hood.depth < ?)
SELECT count(DISTINCT n) - 1 FROM hood"""
SAID = """SELECT count(*) FROM edge a JOIN edge s ON s.dst = a.src AND s.type = 'SAID'
          WHERE a.dst = ? AND a.type = 'ABOUT'"""


def warm(fn, runs=5):
    result = fn()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), result


def shortest(a, b, limit=12):
    # Breadth-first, one level per query, from both ends (meet in the middle).
    if a == b:
        return 0
    seen = {a: 0}, {b: 0}
    frontier = [a], [b]
    for depth in range(limit):
        side = 0 if len(frontier[0]) <= len(frontier[1]) else 1
        nxt = []
        q = ",".join(map(str, frontier[side]))
        rows = db.execute(f"SELECT src, dst FROM edge WHERE src IN ({q}) UNION ALL "
                          f"SELECT dst, src FROM edge WHERE dst IN ({q})").fetchall()
        best = None
        for n, m in rows:
            if m in seen[1 - side]:
                length = seen[side][n] + 1 + seen[1 - side][m]
                best = length if best is None else min(best, length)
            if m not in seen[side]:
                seen[side][m] = seen[side][n] + 1
                nxt.append(m)
        if best is not None:
            return best
        frontier = (nxt, frontier[1]) if side == 0 else (frontier[0], nxt)
        if not nxt:
            return -1
    return -1


for hops in (1, 2, 3):
    for name in ("med", "hi"):
        node = meta[name]
        ms, n = warm(lambda: db.execute(NEIGHBOURS, (node, hops)).fetchone()[0],
                     runs=3 if hops == 3 else 5)
        out[f"hop{hops}_{name}_ms"], out[f"hop{hops}_{name}"] = ms, n
sp, lengths = [], []
for a, b in meta["pairs"]:
    ms, length = warm(lambda: shortest(a, b))
    sp.append(ms)
    lengths.append(length)
out["sp_ms"], out["sp_lengths"] = statistics.median(sp), lengths
for name in ("med", "hi"):
    ms, n = warm(lambda: db.execute(SAID, (meta[name],)).fetchone()[0])
    out[f"said_{name}_ms"], out[f"said_{name}"] = ms, n
db.close()
t = time.perf_counter()
db = sqlite3.connect(path)
db.execute(NEIGHBOURS, (meta["med"], 1)).fetchone()
out["cold_open_first_query_ms"] = (time.perf_counter() - t) * 1000
print(json.dumps(out))
