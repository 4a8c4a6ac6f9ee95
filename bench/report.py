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
# The same questions as Cypher text through the engine (ng_bench's cypher_*
# figures), a column of its own beside the store's.
if "newsgraph" in results and any(k.startswith("cypher_") for k in results["newsgraph"]):
    ng_all = results["newsgraph"]
    engine = {k[len("cypher_"):]: v for k, v in ng_all.items() if k.startswith("cypher_")}
    results = {"newsgraph": ng_all, "newsgraph Cypher": engine,
               **{n: r for n, r in results.items() if n != "newsgraph"}}
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
peers = [n for n in names if not n.startswith("newsgraph")]
# Ratios of the store's figures, then of the engine's, to each peer's.
ours = [n for n in names if n.startswith("newsgraph")]
heads = [f"÷ {p}" if o == "newsgraph" else f"Cypher ÷ {p}" for o in ours for p in peers]
print("| question | " + " | ".join(names) + " | " + " | ".join(heads) + " |")
print("|---" * (1 + len(names) + len(heads)) + "|")
ng = results.get("newsgraph", {})
for label, key in rows:
    cells = [fmt(results[n].get(key)) for n in names]
    ratios = []
    for o in ours:
        for p in peers:
            a, b = results[o].get(key), results[p].get(key)
            ratios.append(f"{a / b:,.3g}" if a is not None and b else "—")
    print(f"| {label} | " + " | ".join(cells) + " | " + " | ".join(ratios) + " |")
print()
counts = ["hop1_med", "hop1_hi", "hop2_med", "hop2_hi", "hop3_med", "hop3_hi", "said_med",
          "said_hi", "sp_lengths"]
if "newsgraph Cypher" in results:
    eng = results["newsgraph Cypher"]
    print("newsgraph Cypher ÷ newsgraph store: " + ", ".join(
        f"{label} {eng[key] / ng[key]:,.3g}" for label, key in rows
        if key.endswith("_ms") and eng.get(key) is not None and ng.get(key)) + "\n")
checked = [n for n in names if n != "newsgraph"]
agree = all(results[n].get(k) == ng.get(k) for n in checked for k in counts if k in results[n])
print("Result counts: " + ", ".join(f"{k}={ng.get(k)}" for k in counts) +
      (" — every peer agrees" if agree else " — PEERS DISAGREE: " +
       json.dumps({n: {k: results[n].get(k) for k in counts} for n in checked})))
extra = {k: v for k, v in ng.items() if k.startswith(("engine_", "snapshot_")) or k == "load_peak_rss_mb"}
print("\nnewsgraph also: " + ", ".join(f"{k}={fmt(v) if isinstance(v, float) else v}" for k, v in sorted(extra.items())))
