#!/usr/bin/env python3
"""Writes a corpus of article-like text files for the ingest benchmark.

usage: ingest_corpus.py OUT_DIR [MEGABYTES=50] [SEED=1]

Articles are assembled from sentence templates filled with dictionary actors,
invented people, quotations with speakers before and after, reported speech,
anonymous sources, dates and event words, so every extraction stage does its
usual work. Deterministic for a given seed.
"""
import os
import random
import sys

COUNTRIES = ["Iraq", "Iran", "Syria", "Israel", "Lebanon", "Jordan", "Turkey", "Egypt", "Qatar",
             "Saudi Arabia", "the United States", "Russia", "France", "the United Kingdom"]
DEMONYMS = ["Iraqi", "Iranian", "Syrian", "Israeli", "Lebanese", "Jordanian", "Turkish",
            "Egyptian", "Qatari", "Saudi", "US", "Russian", "French", "British"]
CAPITALS = ["Baghdad", "Tehran", "Damascus", "Washington", "Moscow", "Ankara", "Cairo", "Doha"]
GROUPS = ["Hezbollah", "Hamas", "Kataib Hezbollah", "the Islamic State", "the Houthis",
          "the Popular Mobilization Forces"]
BODIES = ["the Pentagon", "the State Department", "the White House", "the Kremlin",
          "the UN Security Council", "NATO", "the European Union"]
TITLES = ["Foreign Minister", "Defense Minister", "Prime Minister", "President", "Ambassador",
          "General", "Senator"]
FIRST = ["Amal", "Karim", "Sara", "Omar", "Lena", "David", "Nadia", "Yusuf", "Helen", "Tariq",
         "Miriam", "Paul", "Rania", "Samir", "Anna", "Jonas", "Leila", "Hassan", "Eva", "Malik"]
LAST = ["Haddad", "Brandt", "Okafor", "Rahimi", "Costa", "Levin", "Nasser", "Whitfield",
        "Kovacs", "Mansour", "Duarte", "Farouk", "Lindqvist", "Ibrahim", "Moreau", "Sato"]
VERBS = ["said", "told reporters", "added", "stressed", "warned", "noted", "insisted"]
EVENTS = ["talks", "airstrike", "attack", "withdrawal", "vote", "agreement", "summit", "strikes"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "on Sunday", "earlier this month"]
CLAUSES = [
    "the {ev} would not change the situation on the ground",
    "{c} was ready to resume {ev} with {c2} within weeks",
    "{g} had been weakened but remained a threat to {c}",
    "the government in {cap} would review the request carefully",
    "{b} was monitoring the {ev} closely and would respond if needed",
    "troops would stay in {c} as long as the mission required",
]


def person(r):
    return f"{r.choice(FIRST)} {r.choice(LAST)}"


def fill(r, s):
    return s.format(c=r.choice(COUNTRIES), c2=r.choice(COUNTRIES), g=r.choice(GROUPS),
                    b=r.choice(BODIES), cap=r.choice(CAPITALS), ev=r.choice(EVENTS))


BACKGROUND = [
    "The region has seen a sharp rise in violence since October, with dozens of incidents "
    "reported near bases that host foreign troops and advisers.",
    "Analysts have long warned that the presence of foreign forces is a source of tension in "
    "domestic politics, where rival blocs compete for influence ahead of provincial elections.",
    "About 2,500 troops remain in the country under an agreement signed years ago, and their "
    "mission is officially limited to advising and training local forces.",
    "Negotiations over the future of the mission began last year but were delayed several times "
    "because of the war in Gaza and a series of retaliatory strikes across the region.",
    "Local residents described hearing several explosions late at night, followed by the sound "
    "of aircraft circling over the outskirts of the city for more than an hour.",
]


def paragraph(r):
    if r.random() < 0.45:
        return " ".join(r.sample(BACKGROUND, 2))
    kind = r.randrange(6)
    clause = fill(r, r.choice(CLAUSES))
    day = r.choice(DAYS)
    if kind == 0:
        return (f"\u201c{clause[0].upper() + clause[1:]},\u201d {r.choice(TITLES)} {person(r)} "
                f"{r.choice(VERBS)} {day}. \u201cWe will not accept anything less.\u201d")
    if kind == 1:
        return f"A senior {r.choice(DEMONYMS)} official said {day} that {clause}."
    if kind == 2:
        p = person(r)
        return (f"{p}, the director of the Middle East program at the Atlantic Council, said "
                f"that {clause}. \u201cThis is a turning point,\u201d {p.split()[1]} said.")
    if kind == 3:
        c = fill(r, '{c}')
        return (f"{c[0].upper() + c[1:]} launched an {r.choice(EVENTS)} "
                f"against {r.choice(GROUPS)} positions {day}, according to {r.choice(BODIES)}.")
    if kind == 4:
        return (f"{r.choice(CAPITALS)} has repeatedly called for a \u201c{clause}\u201d, "
                f"{r.choice(DEMONYMS)} officials said.")
    return f"{clause[0].upper() + clause[1:]}, {r.choice(BODIES)} said in a statement {day}."


def article(r, i):
    head = f"{fill(r, '{c}').title()} and {fill(r, '{c2}').title()} discuss {r.choice(EVENTS)}"
    lines = [head, "", f"By {person(r)}, Example News", "",
             f"Updated: {r.randrange(1, 28)} January 2024", ""]
    for _ in range(r.randrange(12, 24)):
        lines += [paragraph(r), ""]
    lines += ["Copyright 2024 Example News. All rights reserved.", "Privacy Policy"]
    return "\n".join(lines) + "\n"


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    target = int(float(sys.argv[2] if len(sys.argv) > 2 else 50) * 1e6)
    r = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    os.makedirs(out, exist_ok=True)
    total, i = 0, 0
    while total < target:
        text = article(r, i).encode("utf-8")
        with open(os.path.join(out, f"article_{i:06d}.txt"), "wb") as f:
            f.write(text)
        total += len(text)
        i += 1
    print(f"{i} articles, {total / 1e6:.1f} MB in {out}")


if __name__ == "__main__":
    main()
