"""Check the gold files of the stories in this folder by the shared gold's own rules.

Fact files (<story>.json) go through ../shared/gold/check_gold.py unchanged, pointed at this
folder (the way the shared checker is reused for stories it does not list), so they obey exactly
the rules the scored gold obeys. pairs.json is checked against the rules its 'about' states
(and ../shared/gold/pairs.json follows): every snippet occurs once in its article, lies within one
paragraph (a blank-line-separated block after the headline), has 6 to 15 words; 'align' and
'unique' snippets start their paragraph or a sentence; a 'shared' snippet occurs in both articles.

Usage, from the repository root:  python benchmarks/stories/check_stories.py
Exit status 0 when every check passes.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED_GOLD = HERE.parents[2] / "shared" / "gold"


def check_facts() -> bool:
    """Run the shared checker on each <story>.json beside a <story>/ folder here."""
    sys.path.insert(0, str(SHARED_GOLD))
    import check_gold as cg

    slugs = sorted(p.stem for p in HERE.glob("*.json") if (HERE / p.stem).is_dir())
    cg.HERE = str(HERE)
    cg.DIRS = {slug: str(HERE / slug) for slug in slugs}
    return cg.main() == 0


def paragraphs(text: str) -> list[str]:
    """The article's paragraphs: blank-line-separated blocks, the first (the headline) left out."""
    return [p for p in re.split(r"\n\s*\n", text) if p.strip()][1:]


def starts_unit(para: str, snippet: str) -> bool:
    """True when the snippet opens the paragraph or a sentence in it (after . ? ! and a space,
    possibly with a closing quote between)."""
    i = para.find(snippet)
    before = para[:i].rstrip()
    return i == 0 or (before[-1:] in ".?!" or before[-2:] in {'."', '.”', '?"', '?”', '!"', '!”'})


def snippet_errors(text: str, snippet: str, opening: bool) -> list[str]:
    """Why this snippet breaks the gold's rules in this article (empty when it does not)."""
    errs = []
    if text.count(snippet) != 1:
        errs.append(f"occurs {text.count(snippet)}x")
    if not 6 <= len(snippet.split()) <= 15:
        errs.append(f"has {len(snippet.split())} words")
    inside = [p for p in paragraphs(text) if snippet in p]
    if not inside:
        errs.append("is not inside one paragraph of the body")
    elif opening and not starts_unit(inside[0], snippet):
        errs.append("does not start its paragraph or a sentence")
    return errs


def pair_snippets(g: dict) -> list[tuple[str, str, bool]]:
    """Every snippet of one gold pair as (side, snippet, must open a paragraph or sentence)."""
    items = [("left", s, True) for s, _ in g["align"]] + [("right", s, True) for _, s in g["align"]]
    items += [("left", s, True) for s in g["unique_left"]]
    items += [("right", s, True) for s in g["unique_right"]]
    return items + [(side, s, False) for s in g["shared"] for side in ("left", "right")]


def check_pairs() -> bool:
    """Check every snippet of pairs.json; print one line per problem and a count per pair."""
    gold = json.loads((HERE / "pairs.json").read_text(encoding="utf-8"))
    ok = True
    for key, g in gold["pairs"].items():
        assert key == f"{g['left']}|{g['right']}", key
        texts = {side: (HERE / g[side]).read_text(encoding="utf-8") for side in ("left", "right")}
        for side, snippet, opening in pair_snippets(g):
            for err in snippet_errors(texts[side], snippet, opening):
                ok = False
                print(f"[pairs] {key} {side}: {snippet!r} {err}")
        unique = f"{len(g['unique_left'])}+{len(g['unique_right'])}"
        print(f"{key}: align={len(g['align'])} unique={unique} shared={len(g['shared'])}")
    return ok


if __name__ == "__main__":
    results = [check_facts(), check_pairs()]
    print("OVERALL", "OK" if all(results) else "FAIL")
    sys.exit(0 if all(results) else 1)
