"""The ``storydiff overview --format json`` document (schema ``storydiff/overview@1``).

Documented in the README's "Overview JSON" section; add keys, never rename them. Articles
are referred to by their index in ``articles``; figure objects and spans have the same
shape as in ``storydiff/comparison@1``.
"""

from __future__ import annotations

from typing import Any

from storydiff.core.overview.model import (
    ClaimGroup,
    CopyPair,
    FactRow,
    Overview,
    QuoteGroup,
    SourceCredit,
)
from storydiff.export.json_format import (
    dump,
    figure_to_dict,
    sentence_to_dict,
    shared_to_dict,
)

OVERVIEW_SCHEMA = "storydiff/overview@1"


def overview_to_dict(o: Overview) -> dict[str, Any]:
    """The whole overview as plain JSON-ready data."""
    n = len(o.articles)
    index = {id(g): k for k, g in enumerate(o.claims)}
    return {
        "schema": OVERVIEW_SCHEMA,
        "articles": [
            {"path": a.path, "title": a.title, "outlet": a.outlet, "words": a.words}
            for a in o.articles
        ],
        "facts": [_fact(r) for r in o.facts],
        "claims": [_claim(g) for g in o.claims],
        "only_in": [[index[id(g)] for g in o.only_in(i)] for i in range(n)],
        "missing_only_from": [[index[id(g)] for g in o.missing_only_from(i)] for i in range(n)],
        "copying": [_copy(p) for p in o.copying],
        "quotes": [_quote(q) for q in o.quotes],
        "sources": [_source(s) for s in o.sources],
        "stats": dict(o.stats),
        "notices": list(o.notices),
    }


def _fact(r: FactRow) -> dict[str, Any]:
    return {
        "fact": r.fact,
        "reference": r.reference,
        "values": r.values,
        "conflict": r.conflict,
        "cells": [
            {
                "article": c.article,
                "figure": figure_to_dict(c.figure),
                "verdict": c.verdict,
                "reason": c.reason,
            }
            for c in r.cells
        ],
    }


def _claim(g: ClaimGroup) -> dict[str, Any]:
    return {
        "text": g.text,
        "articles": list(g.articles),
        "echoes": list(g.echoes),
        "mentions": [{"article": m.article, **sentence_to_dict(m.sentence)} for m in g.mentions],
    }


def _copy(p: CopyPair) -> dict[str, Any]:
    return {
        "left": p.left,
        "right": p.right,
        "words": p.words,
        "left_share": p.left_share,
        "right_share": p.right_share,
        "exact": p.exact,
        "passages": [shared_to_dict(s) for s in p.passages],
    }


def _quote(q: QuoteGroup) -> dict[str, Any]:
    return {
        "speaker": q.speaker,
        "speakers": list(q.speakers),
        "wordings": q.wordings,
        "reference": q.reference,
        "versions": [
            {
                "article": v.article,
                "text": v.text,
                "paragraph": v.paragraph,
                "start": v.start,
                "end": v.end,
                "speaker": v.speaker,
                "attribution": v.attribution,
                "changes": [list(c) for c in v.changes],
                "dropped": list(v.dropped),
            }
            for v in q.versions
        ],
    }


def _source(s: SourceCredit) -> dict[str, Any]:
    return {
        "article": s.article,
        "name": s.name,
        "kind": s.kind,
        "cue": s.cue,
        "text": s.text,
        "paragraph": s.paragraph,
        "start": s.start,
        "end": s.end,
    }


def render(o: Overview) -> str:
    """The JSON document as text."""
    return dump(overview_to_dict(o))
