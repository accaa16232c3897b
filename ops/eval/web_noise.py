#!/usr/bin/env python3
"""Make noisy copies of news texts the way scraped web pages write them, deterministically.

    python3 ops/eval/web_noise.py IN_DIR OUT_DIR [--seed N] [--marks german|inward|french|mixed]

For every IN_DIR/*.txt, writes OUT_DIR/<same name> with:
  * quotation marks re-written in one convention per document (by default chosen per
    document from its name: German „…“ and ‚…‘, inward »…«, French «…» with thin spaces,
    or left English), apostrophes kept;
  * Cyrillic look-alike letters inside some words (а е о р с for a e o p c, about 2 % of
    the letters);
  * non-breaking spaces for some spaces, zero-width spaces inside some words;
  * page furniture lines between paragraphs and at both ends ("Advertisement",
    "Share this article", "Read more: …", a cookie notice).

Words stay the same words under the scorer's normalisation (it folds look-alikes, drops
format characters and maps every quotation glyph to a straight one), and the furniture
names no entity (a platform or agency named there would count as an entity under the
guidelines), so the gold of the clean texts scores the noisy ones. Python 3 standard
library only.
"""
import argparse
import hashlib
import os
import random
import re
import sys

LOOKALIKE = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441"}
FURNITURE = [
    "Advertisement",
    "Share this article",
    "Share Copy link Print",
    "Read more: Markets close lower as oil prices slide",
    "Sign up for our morning newsletter",
    "We use cookies to improve your experience. By continuing you agree to our cookie policy.",
    "Photo: handout",
]
CONVENTIONS = ["german", "inward", "french", "english"]


def convention_for(name, forced):
    if forced and forced != "mixed":
        return forced
    h = int(hashlib.sha256(name.encode()).hexdigest(), 16)
    return CONVENTIONS[h % len(CONVENTIONS)]


def rewrite_marks(text, convention):
    """Rewrites English double quotes in one convention: curly “…” pairs everywhere, and
    straight "…" pairs within a paragraph (an odd one out is left as it is); single
    ‘…’ pairs likewise for the German convention."""
    if convention == "english":
        return text
    opens = {"german": "\u201e", "inward": "\u00bb", "french": "\u00ab\u202f"}[convention]
    closes = {"german": "\u201c", "inward": "\u00ab", "french": "\u202f\u00bb"}[convention]
    text = text.replace("\u201c", opens).replace("\u201d", closes)
    paras = []
    for para in text.split("\n"):
        pieces = para.split('"')
        if len(pieces) % 2 == 1:  # balanced straight quotes
            para = "".join(p + (opens if k % 2 == 0 else closes) if k < len(pieces) - 1 else p
                           for k, p in enumerate(pieces))
        paras.append(para)
    text = "\n".join(paras)
    if convention == "german":
        # ‘…’ pairs whose closer is not an apostrophe (followed by a letter).
        text = re.sub(r"\u2018([^\u2018\u2019\n]{2,200}?)\u2019(?![A-Za-z])", "\u201a\\1\u2018", text)
    return text


def noisy_words(text, rng):
    out = []
    for token in re.split(r"(\s+)", text):
        if not token or token.isspace():
            if token == " " and rng.random() < 0.05:
                token = "\u00a0"
            out.append(token)
            continue
        chars = list(token)
        for i, c in enumerate(chars):
            if c in LOOKALIKE and rng.random() < 0.02:
                chars[i] = LOOKALIKE[c]
        if len(chars) > 5 and chars[0].isalpha() and rng.random() < 0.01:
            chars.insert(len(chars) // 2, "\u200b")
        out.append("".join(chars))
    return "".join(out)


def furniture(text, rng):
    paras = text.split("\n\n")
    out = [rng.choice(FURNITURE)]
    for i, p in enumerate(paras):
        out.append(p)
        if i < len(paras) - 1 and rng.random() < 0.25:
            out.append(rng.choice(FURNITURE))
    out.append(rng.choice(FURNITURE))
    return "\n\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("in_dir")
    ap.add_argument("out_dir")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--marks", choices=CONVENTIONS + ["mixed"], default="mixed")
    args = ap.parse_args()
    os.makedirs(args.out_dir, exist_ok=True)
    names = sorted(n for n in os.listdir(args.in_dir) if n.endswith(".txt"))
    if not names:
        sys.exit(f"web_noise: no .txt files in {args.in_dir}")
    for name in names:
        with open(os.path.join(args.in_dir, name), encoding="utf-8") as f:
            text = f.read()
        rng = random.Random(f"{args.seed}:{name}")
        conv = convention_for(name, args.marks)
        noisy = furniture(noisy_words(rewrite_marks(text, conv), rng), rng)
        with open(os.path.join(args.out_dir, name), "w", encoding="utf-8") as f:
            f.write(noisy)
        print(f"{name}\t{conv}")


if __name__ == "__main__":
    main()
