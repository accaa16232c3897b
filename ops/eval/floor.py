#!/usr/bin/env python3
"""Extraction quality floors, run by ops/test.sh.

Runs `wirefleet enrich` over our own unseen news set (ops/eval/unseen: 30 texts written
for this project and annotated by ../shared/eval/GUIDELINES.md, the set the rules were
developed against), over a held-out set written later and never tuned on
(ops/eval/heldout: 12 texts), over the seeds
(../shared/eval/docs) and over noisy copies of the unseen set (ops/eval/web_noise.py,
each quotation-mark convention); scores each with ../shared/eval/score.py; fails when a
score is below its floor in ops/eval/floors.json, or when a noisy copy loses more than
`noisy_max_drop` against the clean one.

    python3 ops/eval/floor.py BINARY          exit 0 all floors held, 1 one did not,
                                              2 the scorer or the binary could not run,
                                              3 ../shared/eval is not beside the tree (not run)
Standard library only.
"""
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED_EVAL = os.path.join(os.path.dirname(ROOT), "shared", "eval")
SCORER = os.path.join(SHARED_EVAL, "score.py")


def run(cmd):
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        sys.stderr.write(f"[floor] {' '.join(cmd)} exited {p.returncode}:\n{p.stderr[-2000:]}\n")
        sys.exit(2)
    return p.stdout


def score(binary, docs, gold, work, name):
    out = os.path.join(work, name)
    run([binary, "enrich", "--quiet", "--out", out, docs])
    args = [sys.executable, SCORER, "--json", "--docs", docs, out]
    if gold:
        args[3:3] = ["--gold", gold]
    report = json.loads(run(args))
    return report["subsets"]["all"]


def value(subset, path):
    v = subset
    for part in path.split("."):
        v = v[part]
    return v


def main():
    if len(sys.argv) != 2:
        sys.stderr.write(__doc__)
        return 2
    binary = os.path.abspath(sys.argv[1])
    if not os.path.exists(SCORER):
        sys.stderr.write(f"[floor] NOT RUN: {SCORER} not found (the scorer and the seeds live in ../shared/eval)\n")
        return 3
    floors = json.load(open(os.path.join(ROOT, "ops", "eval", "floors.json")))
    unseen_docs = os.path.join(ROOT, "ops", "eval", "unseen", "docs")
    unseen_gold = os.path.join(ROOT, "ops", "eval", "unseen", "gold")
    failed = []
    with tempfile.TemporaryDirectory() as work:
        heldout = os.path.join(ROOT, "ops", "eval", "heldout")
        results = {
            "unseen": score(binary, unseen_docs, unseen_gold, work, "unseen"),
            "heldout": score(binary, os.path.join(heldout, "docs"), os.path.join(heldout, "gold"), work, "heldout"),
            "seeds": score(binary, os.path.join(SHARED_EVAL, "docs"), None, work, "seeds"),
        }
        for set_name in ("unseen", "heldout", "seeds"):
            checks = floors[set_name]
            docs = results[set_name]["docs"]
            if docs == 0:
                failed.append(f"{set_name}: no documents scored")
                continue
            for path, floor in checks.items():
                got = value(results[set_name], path)
                ok = got is not None and got + 1e-9 >= floor
                print(f"[floor] {set_name:7} {path:34} {got if got is None else f'{got:.3f}'}  floor {floor:.3f}  {'ok' if ok else 'BELOW'}")
                if not ok:
                    failed.append(f"{set_name} {path} {got} < {floor}")
        noise = os.path.join(ROOT, "ops", "eval", "web_noise.py")
        for marks in ("german", "inward", "french", "mixed"):
            noisy_docs = os.path.join(work, f"noisy-{marks}")
            run([sys.executable, noise, "--marks", marks, unseen_docs, noisy_docs])
            noisy = score(binary, noisy_docs, unseen_gold, work, f"noisy-{marks}-out")
            for path in ("entities.overall.f1", "quotes.end_to_end.f1", "numbers.overall.f1"):
                clean, dirty = value(results["unseen"], path), value(noisy, path)
                ok = dirty + floors["noisy_max_drop"] + 1e-9 >= clean
                print(f"[floor] noisy {marks:7} {path:27} {dirty:.3f} vs clean {clean:.3f}  {'ok' if ok else 'DROPPED'}")
                if not ok:
                    failed.append(f"noisy {marks} {path} {dirty:.3f} vs {clean:.3f}")
    if failed:
        print("[floor] FAILED: " + "; ".join(failed))
        return 1
    print("[floor] all floors held")
    return 0


if __name__ == "__main__":
    sys.exit(main())
