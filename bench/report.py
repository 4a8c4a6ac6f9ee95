#!/usr/bin/env python3
"""Markdown table of one bench/run: absolute figures per system, then
newsgraph ÷ peer ratios (below 1: newsgraph is faster). usage: report.py DIR"""
import json
import os
import sys

d = sys.argv[1]
meta = json.load(open(os.path.join(d, "meta.json")))
systems = [("newsgraph", "newsgraph.json"), ("Kùzu", "kuzu.json"), ("SQLite", "sqlite.json"),
           ("CSR floor (in-memory)", "csr.json")]
results = {name: json.load(open(os.path.join(d, f))) for name, f in systems
           if os.path.exists(os.path.join(d, f))}
rows = [("load s", "load_s"), ("disk MB", "size_on_disk_mb"),
        ("1-hop med ms", "hop1_med_ms"), ("1-hop hi ms", "hop1_hi_ms"),
        ("2-hop med ms", "hop2_med_ms"), ("2-hop hi ms", "hop2_hi_ms"),
        ("3-hop med ms", "hop3_med_ms"), ("3-hop hi ms", "hop3_hi_ms"),
        ("shortest path ms", "sp_ms"), ("who said about X, med ms", "said_med_ms"),
        ("who said about X, hi ms", "said_hi_ms"),
        ("cold open + first query ms", "cold_open_first_query_ms")]


def fmt(v):
    if v is None:
        return "—"
    return f"{v:,.3g}" if v < 1000 else f"{v:,.0f}"


print(f"Scale {meta['scale']}: {meta['nodes']:,} nodes, {meta['relationships']:,} relationships; "
      f"hi = actor_{meta['hi']} (degree {meta['hi_degree']:,}), med = actor_{meta['med']} "
      f"(degree {meta['med_degree']})\n")
names = list(results)
peers = [n for n in names if n != "newsgraph"]
print("| question | " + " | ".join(names) + " | " + " | ".join(f"÷ {p}" for p in peers) + " |")
print("|---" * (1 + len(names) + len(peers)) + "|")
ng = results.get("newsgraph", {})
for label, key in rows:
    cells = [fmt(results[n].get(key)) for n in names]
    ratios = []
    for p in peers:
        a, b = ng.get(key), results[p].get(key)
        ratios.append(f"{a / b:,.3g}" if a is not None and b else "—")
    print(f"| {label} | " + " | ".join(cells) + " | " + " | ".join(ratios) + " |")
print()
counts = ["hop1_med", "hop1_hi", "hop2_med", "hop2_hi", "hop3_med", "hop3_hi", "said_med",
          "said_hi", "sp_lengths"]
agree = all(results[n].get(k) == ng.get(k) for n in peers for k in counts if k in results[n])
print("Result counts: " + ", ".join(f"{k}={ng.get(k)}" for k in counts) +
      (" — every peer agrees" if agree else " — PEERS DISAGREE: " +
       json.dumps({n: {k: results[n].get(k) for k in counts} for n in peers})))
extra = {k: v for k, v in ng.items() if k.startswith(("engine_", "snapshot_")) or k == "load_peak_rss_mb"}
print("\nnewsgraph also: " + ", ".join(f"{k}={fmt(v) if isinstance(v, float) else v}" for k, v in sorted(extra.items())))
