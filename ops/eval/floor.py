#!/usr/bin/env python3
"""Extraction quality floors, run by ops/test.sh.

Scores `wirefleet enrich` with ../shared/eval/score.py and fails when a score is below its
floor in ops/eval/floors.json:

- the seeds (../shared/eval: documents and their gold);
- noisy copies of the seeds and of our unseen set (ops/eval/web_noise.py, each
  quotation-mark convention): a task may lose at most `noisy_max_drop` against the clean copy;
- our own sets, whose texts are in ops/eval/unseen/docs (30 texts, the set the rules were
  developed against) and ops/eval/heldout/docs (12 texts written afterwards; its quote
  misses were read on 7 December 2026);
- what links articles (ops/eval/crossdoc.py: entity ids across articles, places' countries,
  quote clusters) on ops/eval/multi/docs (44 texts, the set the cross-article rules were
  developed against), ops/eval/multi-heldout/docs (28 texts written afterwards) and
  ops/eval/multi-heldout2/docs to ops/eval/multi-heldout16/docs (20 to 24 texts each,
  written blind later still). Their gold annotations are evaluation material and are not kept in this repository:
  they are read from $WIREFLEET_EVAL_GOLD, else ../wirefleet-eval beside the tree
  (<set>/gold/<id>.{entities,quotes,numbers}.json). Without them those sets are not scored,
  and the run says so.

    python3 ops/eval/floor.py BINARY    exit 0 every floor held, 1 one did not,
                                        2 the scorer or the binary could not run,
                                        3 ../shared/eval is not beside the tree (nothing run),
                                        4 the floors that ran held, our sets' gold was not found
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
OUR_GOLD = os.environ.get("WIREFLEET_EVAL_GOLD") or os.path.join(os.path.dirname(ROOT), "wirefleet-eval")
NOISE = os.path.join(ROOT, "ops", "eval", "web_noise.py")
CROSSDOC = os.path.join(ROOT, "ops", "eval", "crossdoc.py")
TASKS = ("entities.overall.f1", "quotes.end_to_end.f1", "numbers.overall.f1")


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
    return json.loads(run(args))["subsets"]["all"]


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
    failed, not_run = [], []
    with tempfile.TemporaryDirectory() as work:
        # (name, docs, gold or None for the scorer's own gold)
        sets = [("seeds", os.path.join(SHARED_EVAL, "docs"), None)]
        for name in ("unseen", "heldout"):
            gold = os.path.join(OUR_GOLD, name, "gold")
            if os.path.isdir(gold):
                sets.append((name, os.path.join(ROOT, "ops", "eval", name, "docs"), gold))
            else:
                not_run.append(name)
                print(f"[floor] {name:7} NOT RUN: no gold at {gold} (set WIREFLEET_EVAL_GOLD)")
        results = {}
        for name, docs, gold in sets:
            results[name] = score(binary, docs, gold, work, name)
            if results[name]["docs"] == 0:
                failed.append(f"{name}: no documents scored")
                continue
            for path, floor in floors[name].items():
                got = value(results[name], path)
                ok = got is not None and got + 1e-9 >= floor
                print(f"[floor] {name:7} {path:34} {got if got is None else f'{got:.3f}'}  floor {floor:.3f}  {'ok' if ok else 'BELOW'}")
                if not ok:
                    failed.append(f"{name} {path} {got} < {floor}")
        for name, docs, gold in sets:
            if name == "heldout":
                continue
            for marks in ("german", "inward", "french", "mixed"):
                noisy_docs = os.path.join(work, f"noisy-{name}-{marks}")
                run([sys.executable, NOISE, "--marks", marks, docs, noisy_docs])
                noisy = score(binary, noisy_docs, gold, work, f"noisy-{name}-{marks}-out")
                for path in TASKS:
                    clean, dirty = value(results[name], path), value(noisy, path)
                    ok = dirty + floors["noisy_max_drop"] + 1e-9 >= clean
                    print(f"[floor] noisy {name:6} {marks:7} {path:22} {dirty:.3f} vs clean {clean:.3f}  {'ok' if ok else 'DROPPED'}")
                    if not ok:
                        failed.append(f"noisy {name} {marks} {path} {dirty:.3f} vs {clean:.3f}")
        # Every multi-article set with floors, in floors.json's order (a new set needs only its floors).
        for name in (k for k in floors if k == "multi" or k.startswith("multi-")):
            gold = os.path.join(OUR_GOLD, name, "gold")
            if not os.path.isdir(gold):
                not_run.append(name)
                print(f"[floor] {name:13} NOT RUN: no gold at {gold} (set WIREFLEET_EVAL_GOLD)")
                continue
            out = os.path.join(work, f"crossdoc-{name}")
            run([binary, "enrich", "--quiet", "--out", out, os.path.join(ROOT, "ops", "eval", name, "docs")])
            got_all = json.loads(run([sys.executable, CROSSDOC, out, gold, "--json"]))
            for path, floor in floors[name].items():
                got = value(got_all, path)
                ok = got + 1e-9 >= floor
                print(f"[floor] {name:13} {path:28} {got:.3f}  floor {floor:.3f}  {'ok' if ok else 'BELOW'}")
                if not ok:
                    failed.append(f"{name} {path} {got:.3f} < {floor}")
    if failed:
        print("[floor] FAILED: " + "; ".join(failed))
        return 1
    if not_run:
        print(f"[floor] the floors that ran held; NOT RUN: {', '.join(not_run)} (their gold is not beside the tree)")
        return 4
    print("[floor] all floors held")
    return 0


if __name__ == "__main__":
    sys.exit(main())
