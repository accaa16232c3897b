#!/usr/bin/env python3
"""Converts a multi-article set's gold (ops/eval/multi/README.md's format) into the
single-article format of ../shared/eval/score.py, so the set's texts can also be scored
one article at a time (entities, quote speakers).

    python3 ops/eval/multi_to_score.py GOLD_DIR OUT_DIR

- entities: the gold mentions of one entity key in one text become one entity, its
  longest mention the `text`, the others `aliases`, with the mentions' type;
- quotes: `speaker` becomes the longest mention of the speaker's entity in that text
  (else in any text of the set), `null` stays `null`.

Then: python3 ../shared/eval/score.py OUT --gold OUT_DIR --docs ops/eval/<set>/docs
"""
import json
import os
import sys
from collections import OrderedDict


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    gold_dir, out_dir = sys.argv[1], sys.argv[2]
    os.makedirs(out_dir, exist_ok=True)
    docs, longest = {}, {}
    for name in sorted(os.listdir(gold_dir)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(gold_dir, name), encoding="utf-8") as f:
            gold = json.load(f)
        docs[gold["id"]] = gold
        for x in gold.get("entities", []):
            if len(x["mention"]) > len(longest.get(x["entity"], "")):
                longest[x["entity"]] = x["mention"]
    for doc, gold in docs.items():
        groups, local = OrderedDict(), {}
        for x in gold.get("entities", []):
            groups.setdefault((x["entity"], x["type"]), []).append(x["mention"])
            if len(x["mention"]) > len(local.get(x["entity"], "")):
                local[x["entity"]] = x["mention"]
        entities = []
        for (_, kind), mentions in groups.items():
            mentions = list(dict.fromkeys(mentions))
            best = max(mentions, key=len)
            entities.append({"text": best, "type": kind, "aliases": [m for m in mentions if m != best]})
        quotes = [{"text": q["text"],
                   "speaker": (local.get(q["speaker"]) or longest.get(q["speaker"])) if q.get("speaker") else None}
                  for q in gold.get("quotes", [])]
        with open(os.path.join(out_dir, f"{doc}.entities.json"), "w", encoding="utf-8") as f:
            json.dump({"id": doc, "entities": entities}, f, ensure_ascii=False)
        with open(os.path.join(out_dir, f"{doc}.quotes.json"), "w", encoding="utf-8") as f:
            json.dump({"id": doc, "quotes": quotes}, f, ensure_ascii=False)


if __name__ == "__main__":
    main()
