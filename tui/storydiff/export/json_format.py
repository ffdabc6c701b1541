"""The JSON shapes of ``INTERFACE.md``: ``storydiff/comparison@1`` and ``storydiff/figures@1``.

These dictionaries are the public contract; add keys, never rename them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from storydiff.core.model import (
    Article,
    Comparison,
    Figure,
    FigurePair,
    Sentence,
    SharedPassage,
    Span,
)

COMPARISON_SCHEMA = "storydiff/comparison@1"
FIGURES_SCHEMA = "storydiff/figures@1"


def article_to_dict(article: Article) -> dict[str, Any]:
    """An article object; ``published`` (ISO date), ``author`` and ``url`` are "" when unknown;
    ``notices`` say how it was read (an encoding, replaced bytes), as ``storydiff clean`` needs."""
    return {"path": article.path, "title": article.title, "outlet": article.outlet,
            "paragraphs": list(article.paragraphs), "dropped": list(article.dropped),
            "published": article.published, "author": article.author, "url": article.url,
            "notices": list(article.notices)}


def span_to_dict(span: Span) -> dict[str, int]:
    return {"paragraph": span.paragraph, "start": span.start, "end": span.end}


def figure_to_dict(figure: Figure) -> dict[str, Any]:
    """A figure object as both ``compare`` and ``figures`` JSON give it."""
    out: dict[str, Any] = {"text": figure.text, "kind": figure.kind, "value": figure.value,
                           "unit": figure.unit, "qualifier": figure.qualifier}
    if figure.high is not None:
        out["high"] = figure.high
    out["counted"] = figure.counted
    out.update(span_to_dict(figure.span))
    out.update(measure=figure.measure, subject=figure.subject, as_of=figure.as_of)
    if figure.period is not None:
        out["period"] = figure.period
    if figure.change:
        out["change"] = True
    return out


def figure_pair_to_dict(pair: FigurePair) -> dict[str, Any]:
    return {"kind": pair.kind, "fact": pair.fact,
            "left": figure_to_dict(pair.left) if pair.left else None,
            "right": figure_to_dict(pair.right) if pair.right else None,
            "reason": pair.reason}


def shared_to_dict(passage: SharedPassage) -> dict[str, Any]:
    """A shared passage as both ``compare`` and ``overview`` JSON give it."""
    return {"text": passage.text, "words": passage.words,
            "similarity": round(passage.similarity, 3),
            "left": span_to_dict(passage.left), "right": span_to_dict(passage.right)}


def sentence_to_dict(sentence: Sentence) -> dict[str, Any]:
    return {**span_to_dict(sentence.span), "text": sentence.text}


def comparison_to_dict(c: Comparison) -> dict[str, Any]:
    """The ``compare --format json`` document."""
    return {
        "schema": COMPARISON_SCHEMA,
        "left": article_to_dict(c.left),
        "right": article_to_dict(c.right),
        "blocks": [{"kind": b.kind, "left": list(b.left), "right": list(b.right),
                    "similarity": round(b.similarity, 3),
                    "left_changes": [span_to_dict(s) for s in b.left_changes],
                    "right_changes": [span_to_dict(s) for s in b.right_changes]}
                   for b in c.blocks],
        "shared": [shared_to_dict(p) for p in c.shared],
        "figures": [figure_pair_to_dict(f) for f in c.figures],
        "unique": {"left": [sentence_to_dict(s) for s in c.unique_left],
                   "right": [sentence_to_dict(s) for s in c.unique_right]},
        "stats": dict(c.stats),
        "notices": list(c.notices),
    }


def figures_document(articles: Sequence[tuple[Article, Sequence[Figure]]]) -> dict[str, Any]:
    """The ``figures --format json`` document."""
    return {"schema": FIGURES_SCHEMA,
            "articles": [{"path": a.path, "title": a.title, "outlet": a.outlet,
                          "notices": list(a.notices),
                          "figures": [figure_to_dict(f) for f in figs]}
                         for a, figs in articles]}


def dump(document: dict[str, Any]) -> str:
    """Serialise a document; ``ensure_ascii`` keeps any control bytes escaped and harmless."""
    return json.dumps(document, indent=2, ensure_ascii=True) + "\n"


def render(c: Comparison) -> str:
    """The JSON exporter."""
    return dump(comparison_to_dict(c))
