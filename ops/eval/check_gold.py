#!/usr/bin/env python3
"""Sanity checks for an annotated set: JSON loads, ids, exact substrings, schema.

    python3 ops/eval/check_gold.py ops/eval/heldout/docs ../wirefleet-eval/heldout/gold
"""
import json, os, re, sys

if len(sys.argv) != 3:
    sys.exit(__doc__)
DOCS, GOLD = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
TYPES = {"PERSON", "ORG", "LOC"}
KINDS = {"count", "measure", "money", "percent", "ordinal", "year", "date", "time", "duration", "number"}
UNIT_KINDS = {"count", "measure", "money", "duration"}
APPROX = {None, "about", "more_than", "less_than", "up_to", "at_least", "nearly"}
errors = []

def err(msg):
    errors.append(msg)

ids = sorted(f[:-4] for f in os.listdir(DOCS) if f.endswith(".txt"))
for i in ids:
    doc = open(os.path.join(DOCS, i + ".txt"), encoding="utf-8").read()
    words = len(doc.split())
    if not 180 <= words <= 320:
        err(f"{i}: {words} words")
    g = {}
    for t in ("entities", "quotes", "numbers"):
        p = os.path.join(GOLD, f"{i}.{t}.json")
        try:
            obj = json.load(open(p, encoding="utf-8"))
        except Exception as e:
            err(f"{p}: {e}"); continue
        if obj.get("id") != i:
            err(f"{p}: id {obj.get('id')!r}")
        if not isinstance(obj.get(t), list):
            err(f"{p}: no list {t}"); continue
        g[t] = obj[t]
    ents = g.get("entities", [])
    names = {}
    for e in ents:
        if set(e) != {"text", "type", "aliases"}:
            err(f"{i}: entity keys {e}")
        if e["type"] not in TYPES:
            err(f"{i}: type {e}")
        for s in [e["text"]] + e["aliases"]:
            if s not in doc:
                err(f"{i}: entity form not in doc: {s!r}")
        if e["text"] in names:
            err(f"{i}: duplicate entity {e['text']!r}")
        names[e["text"]] = e["type"]
    quotes = g.get("quotes", [])
    if not 2 <= len(quotes) <= 5:
        err(f"{i}: {len(quotes)} quotes")
    for q in quotes:
        if set(q) != {"text", "speaker"}:
            err(f"{i}: quote keys {q}")
        if q["text"] not in doc:
            err(f"{i}: quote not in doc: {q['text'][:50]!r}")
        elif not re.search(r"(?:[“\"„‘]|«\s?)" + re.escape(q["text"]) + r"(?:[”\"“’]|\s?»)", doc):
            err(f"{i}: quote not delimited by marks: {q['text'][:50]!r}")
        if len(q["text"].split()) < 3:
            err(f"{i}: short quote {q['text']!r}")
        if q["speaker"] is not None and names.get(q["speaker"]) not in ("PERSON", "ORG"):
            err(f"{i}: speaker not a PERSON/ORG entity text: {q['speaker']!r}")
    # every “…” span in the doc of >= 3 words should be in gold (titles of works are listed here)
    allowed_unannotated = {"Until the Last Well"}
    gold_q = {q["text"] for q in quotes}
    for m in re.finditer(r"“([^”]*)”", doc):
        s = m.group(1)
        if s not in gold_q and s not in allowed_unannotated:
            err(f"{i}: quoted span not annotated: {s[:50]!r}")
    nums = g.get("numbers", [])
    from collections import Counter
    for txt, n in Counter(r["text"] for r in nums).items():
        occ = doc.count(txt)
        if occ < n:
            err(f"{i}: number text {txt!r} used {n} times but occurs {occ} times")
    for r in nums:
        if set(r) != {"text", "value", "kind", "unit", "approx"}:
            err(f"{i}: number keys {r}")
        if r["text"] not in doc:
            err(f"{i}: number not in doc: {r['text']!r}")
        k = r["kind"]
        if k not in KINDS:
            err(f"{i}: kind {r}")
        if (r["unit"] is not None) != (k in UNIT_KINDS):
            err(f"{i}: unit/kind mismatch {r}")
        if r["approx"] not in APPROX:
            err(f"{i}: approx {r}")
        v = r["value"]
        if k == "date" and not re.fullmatch(r"(\d{4}|-)-\d\d-\d\d", str(v)):
            err(f"{i}: date value {r}")
        elif k == "time" and not re.fullmatch(r"\d\d:\d\d", str(v)):
            err(f"{i}: time value {r}")
        elif k not in ("date", "time") and not isinstance(v, (int, float)):
            err(f"{i}: numeric value {r}")
        if k == "year" and not (1000 <= v <= 2100):
            err(f"{i}: year {r}")
    print(f"{i}: {words} words, {len(ents)} entities, {len(quotes)} quotes, {len(nums)} numbers")

for e in errors:
    print("ERROR:", e)
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
