#!/usr/bin/env python3
"""Deterministic generator of news-shaped graphs for the benchmarks.

usage: gen.py SCALE OUT_DIR        SCALE: S (10 k nodes), M (1 M), L (5 M), or a node count

Writes OUT_DIR/nodes.csv and OUT_DIR/relationships.csv with Neo4j admin-import
headers (what `newsgraph import --format csv` reads), and OUT_DIR/meta.json
naming the actors the benchmark asks about (highest and median degree, random
pairs). Per N nodes: 5% actors (power-law popularity), 10% articles, 70%
statements (SAID by one actor, ABOUT one to three, REPORTED_IN one article),
15% events (2-4 participants, REPORTED_IN one article); each article
MENTIONS 20 actors: about 5 N relationships.
"""
import json
import os
import random
import sys

SCALES = {"S": 10_000, "M": 1_000_000, "L": 5_000_000}
KINDS = ["country", "person", "government_body", "armed_group", "organization", "media"]
EVENT_TYPES = ["talks", "airstrike", "attack", "withdrawal", "vote", "agreement"]


def main():
    scale, out = sys.argv[1], sys.argv[2]
    n = SCALES.get(scale) or int(scale)
    rng = random.Random(20261123)
    os.makedirs(out, exist_ok=True)
    actors, articles = max(10, n // 20), max(10, n // 10)
    statements, events = n * 70 // 100, n - actors - articles - n * 70 // 100
    first_article = actors
    first_statement = first_article + articles
    first_event = first_statement + statements
    # Power-law popularity: weight of the actor of rank r is 1 / (r + 1)^1.1.
    cum, total = [], 0.0
    for r in range(actors):
        total += 1.0 / (r + 1) ** 1.1
        cum.append(total)

    def popular(k):
        return rng.choices(range(actors), cum_weights=cum, k=k)

    degree = [0] * actors
    with open(os.path.join(out, "nodes.csv"), "w") as f:
        f.write(":ID,:LABEL,name,kind,text,type,date\n")
        for a in range(actors):
            f.write(f"{a},Actor,actor_{a},{KINDS[a % len(KINDS)]},,,\n")
        for i in range(articles):
            f.write(f"{first_article + i},Article,article_{i},,,,2024-01-{1 + i % 28:02d}\n")
        for i in range(statements):
            f.write(f"{first_statement + i},Statement,,,statement {i},,\n")
        for i in range(events):
            f.write(f"{first_event + i},Event,,,,{EVENT_TYPES[i % len(EVENT_TYPES)]},\n")
    rels = 0
    with open(os.path.join(out, "relationships.csv"), "w") as f:
        f.write(":START_ID,:END_ID,:TYPE\n")
        lines = []
        speakers = popular(statements)
        for i in range(statements):
            s = first_statement + i
            sp = speakers[i]
            lines.append(f"{sp},{s},SAID\n")
            degree[sp] += 1
            for t in set(popular(rng.randint(1, 3))):
                lines.append(f"{s},{t},ABOUT\n")
                degree[t] += 1
            lines.append(f"{s},{first_article + rng.randrange(articles)},REPORTED_IN\n")
            if len(lines) > 100_000:
                rels += len(lines)
                f.writelines(lines)
                lines = []
        for i in range(events):
            e = first_event + i
            for a in set(popular(rng.randint(2, 4))):
                lines.append(f"{a},{e},PARTICIPATED_IN\n")
                degree[a] += 1
            lines.append(f"{e},{first_article + rng.randrange(articles)},REPORTED_IN\n")
        for i in range(articles):
            for a in set(popular(20)):
                lines.append(f"{a},{first_article + i},MENTIONED_IN\n")
                degree[a] += 1
            if len(lines) > 100_000:
                rels += len(lines)
                f.writelines(lines)
                lines = []
        rels += len(lines)
        f.writelines(lines)
    by_degree = sorted(range(actors), key=lambda a: (degree[a], a))
    median = by_degree[len(by_degree) // 2]
    pairs = [(rng.randrange(actors // 10 or 1), rng.randrange(actors)) for _ in range(5)]
    meta = {"scale": scale, "nodes": n, "relationships": rels, "hi": by_degree[-1],
            "hi_degree": degree[by_degree[-1]], "med": median, "med_degree": degree[median],
            "pairs": pairs}
    with open(os.path.join(out, "meta.json"), "w") as f:
        json.dump(meta, f, indent=1)
    print(json.dumps(meta))


if __name__ == "__main__":
    main()
