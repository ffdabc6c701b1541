"""Whom each article credits: outlets, wire services, named people, anonymous sources.

Credits are found by the phrases news writing uses to attribute ("according to X", "X
reported", "reports X", "told X", "citing X", "first published by X", "a X report", "X said",
"sources familiar with the matter"), with X a capitalised name. Kinds:

- ``wire``: a news agency (WIRE_SERVICES), whatever the phrase;
- ``outlet``: a name credited with reporting ("reported", "told", "citing", "published by",
  "a X report") anywhere in the story, or whose name says it is a publication ("News");
- ``person``: a named speaker or source ("X said", "according to X" when X is not known as
  an outlet), a person or an organisation speaking for itself;
- ``anonymous``: unnamed people ("sources", "people familiar with the matter", "a
  spokesperson").

The page furniture a cleaner dropped is searched too for "published by" / "originally
appeared" lines, since republished stories credit their origin there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from storydiff.core.model import Article
from storydiff.core.overview.model import SourceCredit, SourceKind

WIRE_SERVICES = frozenset(
    [
        "reuters",
        "associated press",
        "ap",
        "afp",
        "agence france-presse",
        "upi",
        "united press international",
        "xinhua",
        "dpa",
        "pa media",
        "press association",
        "ani",
        "pti",
        "press trust of india",
        "kyodo",
        "kyodo news",
        "yonhap",
        "efe",
        "ansa",
        "tass",
        "bernama",
        "aap",
        "canadian press",
        "cnw",
    ]
)
"""News agencies: general knowledge, matched on the whole lowercased name."""

_PUBLICATION_WORDS = re.compile(
    r"\b(?:News|Times|Post|Journal|Law|Press|Herald|Tribune|Guardian|Telegraph|Gazette|"
    r"Daily|Weekly|Magazine|Review|Report|Wire|Media|TV|Radio|Network|Caller|Foundation|"
    r"Insider|Verge|Register|Chronicle|Observer|Express|Mail|Standard|Economist)\b"
)
"""Words that mark a name as a publication when the phrase alone does not."""

_NAME = (
    r"(?:[Tt]he\s+)?(?P<name>[A-Z][\w'’&.\-]*(?:\s+(?:of\s+|and\s+|&\s+)?"
    r"[A-Z][\w'’&.\-]*){0,5})"
)
_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("according to", re.compile(rf"\b[Aa]ccording to (?:a |an )?{_NAME}")),
    ("citing", re.compile(rf"\b[Cc]iting (?:a |an )?{_NAME}")),
    (
        "published by",
        re.compile(
            rf"\b(?:[Ff]irst|[Oo]riginally) (?:published|appeared) "
            rf"(?:by|in|on) {_NAME}"
        ),
    ),
    ("told", re.compile(rf"\b(?:told|tells|telling) {_NAME}")),
    ("reported", re.compile(rf"{_NAME}(?:,[^,]{{1,40}},)? (?:has |had )?(?:reported|reports)\b")),
    ("reported", re.compile(rf"\b(?:reports|reported|writes|wrote) (?:by |in )?{_NAME}")),
    (
        "report",
        re.compile(
            rf"\b(?:[Aa]n?|[Tt]he) {_NAME}(?:'s|’s)? (?:report|investigation|"
            rf"article|story|interview)\b"
        ),
    ),
    ("said", re.compile(rf"{_NAME}(?:,[^,]{{1,60}},)? (?:said|says|stated|explained|added)\b")),
)
"""(cue, pattern): the attribution phrases, each capturing the credited name."""

_ANONYMOUS = re.compile(
    r"\b(?:(?:sources|people|persons|officials|insiders)(?: (?:familiar|close|with knowledge)"
    r"[\w\s]{0,25}?(?:matter|situation|talks|plans|deal))?|an? (?:spokesperson|spokesman|"
    r"spokeswoman|representative|official|source))\b(?= (?:said|say|says|told|tell|who|,))",
    re.IGNORECASE,
)
"""Unnamed sources, counted when a reporting verb or clause follows them."""

_NOT_NAMES = frozenset(
    [
        "i",
        "it",
        "he",
        "she",
        "they",
        "we",
        "this",
        "that",
        "these",
        "those",
        "there",
        "in",
        "on",
        "at",
        "but",
        "and",
        "the",
        "a",
        "an",
        "after",
        "before",
        "when",
        "while",
        "as",
        "if",
        "however",
        "meanwhile",
        "also",
        "earlier",
        "later",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "read",
        "see",
        "more",
        "here",
        "as",
        "so",
        "then",
        "now",
        "what",
        "why",
        "how",
        "where",
        "who",
        "which",
        "according",
        "speaking",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "your",
    ]
)
"""Capitalised words that start sentences or name days, never a source."""

OUTLET_CUES = frozenset({"reported", "told", "citing", "published by", "report"})
"""Phrases that credit a publication: people are quoted, outlets report and are told."""

_GROUPS = frozenset(
    [
        "officials",
        "sources",
        "experts",
        "analysts",
        "police",
        "authorities",
        "researchers",
        "investigators",
        "insiders",
        "people",
        "witnesses",
        "residents",
    ]
)
"""Plural nouns that name nobody in particular ("Officials said")."""

_TRAILING = re.compile(
    r"(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"Today|Tonight|Yesterday))+$"
)
_POSSESSIVE_DESCRIPTOR = re.compile(r"(?:'s|’s)$")


def article_sources(index: int, article: Article) -> list[SourceCredit]:
    """Every credit in the article body (and "published by" lines of its furniture)."""
    out: list[SourceCredit] = []
    for p, paragraph in enumerate(article.paragraphs):
        out += _credits(index, paragraph, p)
    for line in article.dropped:
        out += [c for c in _credits(index, line, None) if c.cue == "published by"]
    return out


def _credits(index: int, text: str, paragraph: int | None) -> list[SourceCredit]:
    found: list[SourceCredit] = []
    taken: list[tuple[int, int]] = []
    for cue, pattern in _CUES:
        for m in pattern.finditer(text):
            start, end = m.span("name")
            if any(s < end and start < e for s, e in taken):
                continue
            if _POSSESSIVE_DESCRIPTOR.search(m.group("name")) and cue != "report":
                continue  # "according to Trump's AI czar, David Sacks": not Trump
            name = normalise_name(m.group("name"))
            if not name or name.lower() in _NOT_NAMES:
                continue
            taken.append((start, end))
            kind = "anonymous" if name.lower() in _GROUPS else kind_of(name, cue)
            found.append(
                SourceCredit(
                    index, name, kind, cue, m.group().strip(), paragraph, m.start(), m.end()
                )
            )
    for m in _ANONYMOUS.finditer(text):
        name = " ".join(m.group().split()).lower()
        found.append(
            SourceCredit(
                index,
                re.sub(r"^an? ", "", name),
                "anonymous",
                "anonymous",
                m.group(),
                paragraph,
                m.start(),
                m.end(),
            )
        )
    return sorted(found, key=lambda c: c.start)


def normalise_name(name: str) -> str:
    """A credited name without its article, possessive, trailing dot or report word."""
    name = " ".join(name.split()).strip(" .,'’")
    name = re.sub(r"(?:'s|’s)$", "", name)
    words = name.split()
    while words and words[0].lower() in _NOT_NAMES:  # "As Bloomberg News reported"
        words.pop(0)
    return _TRAILING.sub("", " ".join(words))


def kind_of(name: str, cue: str, outlets: frozenset[str] = frozenset()) -> SourceKind:
    """wire, outlet or person, from the name, the phrase crediting it and the names the
    story credits with reporting elsewhere (``outlets``)."""
    if name.lower() in WIRE_SERVICES:
        return "wire"
    if cue in OUTLET_CUES or name in outlets or _PUBLICATION_WORDS.search(name):
        return "outlet"
    return "person"


def story_sources(articles: Sequence[Article]) -> list[SourceCredit]:
    """The credits of every article, in article and reading order; a name any article
    credits with reporting is an outlet in every article ("according to Bloomberg")."""
    found = [c for i, a in enumerate(articles) for c in article_sources(i, a)]
    outlets = frozenset(c.name for c in found if c.kind == "outlet")
    return [
        replace(c, kind=kind_of(c.name, c.cue, outlets)) if c.kind == "person" else c for c in found
    ]
