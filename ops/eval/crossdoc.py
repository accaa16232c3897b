#!/usr/bin/env python3
"""Scores what links articles: entity ids, quote clusters and places' countries.

    python3 ops/eval/crossdoc.py OUT_DIR GOLD_DIR [--json]

OUT_DIR holds `wirefleet enrich --out` records (<doc id>.json), GOLD_DIR one
<doc id>.json per article in the format of ops/eval/multi/README.md. Measures:

- entity ids, over pairs of mentions in *different* articles (a mention = one distinct
  surface form in one article, found as an entity's text, alias or mention text: as
  written, else in lower case, else without the punctuation around it, as the shared
  scorer compares names — "Northway Chemical Co." is "Northway Chemical Co"):
  recall = gold pairs of the same entity whose two mentions carry the same id;
  precision = found pairs with the same id that are the same gold entity. An unfound
  mention counts against recall.
- places: gold LOC mentions with a country whose entity's `geo.country` is that country
  (unfound or unplaced counts as wrong).
- quote clusters, over pairs of quotes in different articles: recall = gold pairs of one
  statement with the same `cluster`; precision = found pairs with the same `cluster`
  that are one statement. Also: the number of pairs of *different* statements by one
  speaker that share a cluster (the collisions a sketch must avoid).
- the seeds' bars (with --seeds SEEDS_OUT_DIR is not needed: see floor.py).
Standard library only.
"""
import itertools
import json
import os
import re
import sys
from collections import defaultdict


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def norm(s):
    return re.sub(r"\s+", " ", s).strip().strip(" .,;:!?\u2026").lower()


def entity_for(record, surface, etype=None):
    """The entity of a record that `surface` names (text, alias or mention), exact first.

    With `etype` (the gold mention's type), an entity of that type is preferred among
    those the same pass finds: "Mendoza" the province is the LOC "Mendoza", not the
    PERSON "Ricardo Mendoza" whose family name is also written "Mendoza" (as score.py
    prefers a name's own text over its other forms)."""
    entities = record.get("entities", [])
    def forms(e):
        return [e["text"]] + e.get("aliases", []) + [m["text"] for m in e.get("mentions", [])]
    low, bare = surface.lower(), norm(surface)
    passes = (
        lambda e: surface in forms(e),
        lambda e: low in (f.lower() for f in forms(e)),
        # As the shared scorer compares entity names (score.py's norm): without the
        # punctuation around them ("Northway Chemical Co." = "Northway Chemical Co").
        lambda e: bare in (norm(f) for f in forms(e)),
    )
    for matches in passes:
        found = [e for e in entities if matches(e)]
        if found:
            typed = [e for e in found if e.get("type") == etype]
            return (typed or found)[0]
    return None


def quote_for(record, text):
    t = norm(text)
    best = None
    for q in record.get("quotes", []):
        o = norm(q["text"])
        if o == t:
            return q
        if t and o and (t in o or o in t) and min(len(t), len(o)) >= 0.6 * max(len(t), len(o)):
            best = q
    return best


def pair_scores(units, gold_key, our_key):
    """units: list of (doc, gold, ours|None). Pairs across documents."""
    tp_r = n_r = tp_p = n_p = 0
    by_doc = defaultdict(list)
    for u in units:
        by_doc[u[0]].append(u)
    docs = sorted(by_doc)
    for a, b in itertools.combinations(range(len(docs)), 2):
        for u in by_doc[docs[a]]:
            for v in by_doc[docs[b]]:
                same_gold = u[1] == v[1]
                same_ours = u[2] is not None and u[2] == v[2]
                if same_gold:
                    n_r += 1
                    tp_r += same_ours
                if same_ours:
                    n_p += 1
                    tp_p += same_gold
    return {"precision": tp_p / n_p if n_p else 1.0, "recall": tp_r / n_r if n_r else 1.0,
            "gold_pairs": n_r, "found_pairs": n_p}


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 2:
        sys.exit(__doc__)
    out_dir, gold_dir = args
    ent_units, quote_units, places = [], [], [0, 0]
    collisions = 0
    misses = []
    for name in sorted(os.listdir(gold_dir)):
        if not name.endswith(".json"):
            continue
        gold = load(os.path.join(gold_dir, name))
        doc = gold["id"]
        rec_path = os.path.join(out_dir, doc + ".json")
        record = load(rec_path) if os.path.exists(rec_path) else {}
        for g in gold.get("entities", []):
            e = entity_for(record, g["mention"], g.get("type"))
            ent_units.append((doc, g["entity"], e.get("id") if e else None))
            if g.get("country"):
                places[1] += 1
                got = ((e or {}).get("geo") or {}).get("country")
                if got == g["country"]:
                    places[0] += 1
                else:
                    misses.append(f"place {doc} {g['mention']}: {got} (gold {g['country']})")
        for g in gold.get("quotes", []):
            q = quote_for(record, g["text"])
            quote_units.append((doc, g["statement"], q.get("cluster") if q else None, g.get("speaker")))
    # Different statements of one speaker sharing a cluster, anywhere.
    for u, v in itertools.combinations(quote_units, 2):
        if u[3] and u[3] == v[3] and u[1] != v[1] and u[2] is not None and u[2] == v[2]:
            collisions += 1
    result = {
        "entity_ids": pair_scores(ent_units, 1, 2),
        "entity_mentions": len(ent_units),
        "entity_mentions_found": sum(1 for u in ent_units if u[2] is not None),
        "places": {"accuracy": places[0] / places[1] if places[1] else 1.0, "n": places[1]},
        "quote_clusters": pair_scores([u[:3] for u in quote_units], 1, 2),
        "quotes_found": sum(1 for u in quote_units if u[2] is not None),
        "quotes": len(quote_units),
        "same_speaker_collisions": collisions,
    }
    if "--json" in sys.argv:
        print(json.dumps(result, indent=1))
        return
    e, q = result["entity_ids"], result["quote_clusters"]
    print(f"entity ids     precision {e['precision']:.3f}  recall {e['recall']:.3f}  "
          f"({e['gold_pairs']} gold pairs, {e['found_pairs']} found; "
          f"{result['entity_mentions_found']}/{result['entity_mentions']} mentions found)")
    print(f"places         country accuracy {result['places']['accuracy']:.3f}  (n={result['places']['n']})")
    print(f"quote clusters precision {q['precision']:.3f}  recall {q['recall']:.3f}  "
          f"({q['gold_pairs']} gold pairs, {q['found_pairs']} found; {result['quotes_found']}/{result['quotes']} quotes found; "
          f"{collisions} same-speaker collisions)")
    if "--misses" in sys.argv:
        for m in misses:
            print(m)


if __name__ == "__main__":
    main()
