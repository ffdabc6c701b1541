"""Quotes across articles: each quotation's versions, their wording drift and attribution.

Quoted passages are found between double quotation marks, straight or curly, of two words
or more (one-word scare quotes say nothing about drift); an opening mark never closed in its
paragraph quotes to the paragraph's end, as news style does for a quote that runs on. The
speaker comes from the attribution in the sentences around the quote ("Sacks said", "said
Sacks", "a spokesperson for OpenAI told", "according to X"); a pronoun ("he said") takes the
article's previous speaker, and a paragraph that is only a quote continues the quote before.

Versions are grouped by their shared word pairs: two quotes are one quotation when most of
the shorter one's word pairs are in the longer (so "substantial evidence" joins the full
sentence it was cut from). Each version is diffed word by word (diff-match-patch, as the
pair view's word changes) against the group's fullest version.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storydiff.core.model import Article, Sentence
from storydiff.core.overview.index import word_keys
from storydiff.core.overview.model import QuoteGroup, QuoteVersion
from storydiff.core.segment import word_spans
from storydiff.core.similarity import normalise
from storydiff.core.worddiff import changed_words

MIN_QUOTE_WORDS = 2
"""Shortest quotation kept. Two words keep a quoted phrase ("substantial evidence", which
one outlet cuts from a longer quote); one-word scare quotes ("possible") are dropped."""

MIN_OVERLAP = 0.6
"""Share of the shorter quote's word pairs that must be in the longer one for the two to be
versions of one quotation. On the seeds the Sacks versions share 0.75-1.0 (a dropped "the"
breaks two pairs of fifteen); unrelated quotes of one story share under 0.2."""

MAX_POSTING = 400
"""A word pair quoted more often than this ("of the") is not used to find candidates; it
would cost quadratic time and join nothing that rarer pairs do not."""

_OPEN_CLOSE = re.compile(r'"([^"]*)("|$)')
_NAME = r"[A-Z][\w'’.\-]*(?:\s+(?:[A-Z][\w'’.\-]*|of|de|van|von|al))*"
_ROLE = (
    r"(?:spokesperson|spokesman|spokeswoman|representative|official|officials|source|"
    r"sources|analyst|executive|researcher|expert|engineer|person|people)"
)
_DESCRIBED = (
    rf"(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\w\-]+\s+){{0,3}}?{_ROLE}"
    rf"(?:\s+(?:for|at|of|with)\s+{_NAME})?"
)
_SPEAKER = rf"(?P<who>{_DESCRIBED}|{_NAME}|[Hh]e|[Ss]he|[Tt]hey)"
_VERB = (
    r"(?:said|says|told|tells|stated|states|added|adds|explained|wrote|writes|claimed|"
    r"claims|noted|notes|argued|described|acknowledged|insisted|warned|accused)"
)
_AFTER_VERB = r"(?:said|says|added|adds|explained|wrote|writes|noted|notes|continued)"
"""Verbs that may come before their speaker ("said Sacks"); "told X" names the listener."""
_ATTRIBUTIONS = (
    re.compile(rf"{_SPEAKER}(?:,[^,]{{1,60}},|,)?\s+(?:[a-z]\w*\s+){{0,2}}?{_VERB}\b"),
    re.compile(rf"\b{_AFTER_VERB}\s+{_SPEAKER}"),
    re.compile(rf"\b[Aa]ccording to\s+{_SPEAKER}"),
)
_PRONOUNS = {"he", "she", "they"}


def article_quotes(
    index: int, article: Article, sentences: Sequence[Sentence]
) -> list[QuoteVersion]:
    """The quotations of one article with their speakers, in reading order."""
    out: list[QuoteVersion] = []
    previous: str | None = None
    for p, paragraph in enumerate(article.paragraphs):
        plain = normalise(paragraph)  # same length: only quote characters change
        for m in _OPEN_CLOSE.finditer(plain):
            start, end = m.start(1), m.end(1)
            text = paragraph[start:end].strip()
            if len(text.split()) < MIN_QUOTE_WORDS:
                continue
            around = _context(paragraph, sentences, p, m.start(), m.end())
            speaker, phrase = _attribution(around)
            if speaker and speaker.lower() in _PRONOUNS:
                speaker = previous
            if (
                speaker is None
                and out
                and (out[-1].paragraph == p or (m.start() == 0 and out[-1].paragraph == p - 1))
            ):
                speaker, phrase = out[-1].speaker, out[-1].attribution  # the quote goes on
            previous = speaker or previous
            lead = len(paragraph[start:end]) - len(paragraph[start:end].lstrip())
            out.append(
                QuoteVersion(
                    index, text, p, start + lead, start + lead + len(text), speaker, phrase
                )
            )
    return out


def _context(paragraph: str, sentences: Sequence[Sentence], p: int, start: int, end: int) -> str:
    """The words around a quote: its sentences with the quote itself blanked out."""
    own = [s for s in sentences if s.paragraph == p and s.start < end and s.end > start]
    lo = min((s.start for s in own), default=0)
    hi = max((s.end for s in own), default=len(paragraph))
    return paragraph[lo:start] + " … " + paragraph[end:hi]


def _attribution(text: str) -> tuple[str | None, str]:
    """(speaker, the attribution as written), nearest the quote (the blanked "…") first."""
    gap = text.find(" … ")
    found = []
    for pattern in _ATTRIBUTIONS:
        for m in pattern.finditer(text):
            who = m.group("who").strip()
            if who.split()[0].lower() in ("the", "a", "an") and not re.search(_ROLE, who):
                continue
            distance = min(abs(m.start() - gap), abs(m.end() - gap))
            found.append((distance, who, m.group().strip()))
    if not found:
        return None, ""
    _, who, phrase = min(found)
    return _clean_speaker(who), phrase


def _clean_speaker(who: str) -> str:
    who = re.sub(r"^(?:The|A|An|One)\s", lambda m: m.group().lower(), who)
    return who.strip(" ,.").removesuffix("’s").removesuffix("'s").strip(" ,.")


def quote_groups(quotes: Sequence[QuoteVersion]) -> list[QuoteGroup]:
    """Versions grouped by quotation; quotes more articles share come first."""
    pairs = [_pairs(q.text) for q in quotes]
    posting: dict[tuple[str, str], list[int]] = {}
    for k, own in enumerate(pairs):
        for bigram in own:
            posting.setdefault(bigram, []).append(k)
    parent = list(range(len(quotes)))
    for k, own in enumerate(pairs):
        seen: set[int] = set()
        for bigram in own:
            ks = posting[bigram]
            if len(ks) <= MAX_POSTING:
                seen.update(j for j in ks if j > k)
        for j in seen:
            small = min(len(own), len(pairs[j]))
            if small and len(own & pairs[j]) / small >= MIN_OVERLAP:
                parent[_root(parent, j)] = _root(parent, k)
    members: dict[int, list[int]] = {}
    for k in range(len(quotes)):
        members.setdefault(_root(parent, k), []).append(k)
    groups = [_group([quotes[k] for k in ks]) for ks in members.values()]
    groups.sort(
        key=lambda g: (
            -len(g.articles),
            -g.wordings,
            g.versions[0].article,
            g.versions[0].paragraph,
        )
    )
    return groups


def _pairs(text: str) -> set[tuple[str, str]]:
    keys = word_keys(text)
    return set(zip(keys, keys[1:], strict=False))


def _group(versions: list[QuoteVersion]) -> QuoteGroup:
    reference = max(range(len(versions)), key=lambda k: (len(versions[k].text.split()), -k))
    ref_words = _tokens(versions[reference].text)
    out = []
    for version in versions:
        own = _tokens(version.text)
        added, removed = changed_words([w for w, _ in own], [w for w, _ in ref_words])
        inner = _inner_drops(removed, [w for w, _ in own], [w for w, _ in ref_words])
        spans = tuple(own[k][1] for k in added)
        out.append(
            QuoteVersion(
                version.article,
                version.text,
                version.paragraph,
                version.start,
                version.end,
                version.speaker,
                version.attribution,
                spans,
                tuple(ref_words[k][0] for k in inner),
            )
        )
    return QuoteGroup(tuple(out), reference)


def _tokens(text: str) -> list[tuple[str, tuple[int, int]]]:
    """(comparison key, (start, end)) of each word of a quote."""
    out = []
    for s, e in word_spans(text):
        keys = word_keys(text[s:e])
        if keys:
            out.append((keys[0], (s, e)))
    return out


def _inner_drops(removed: list[int], own: list[str], ref: list[str]) -> list[int]:
    """Reference words missing from a version, between the first and last words it quotes
    (a fragment does not "drop" the words outside the stretch it cut)."""
    kept = [k for k in range(len(ref)) if k not in set(removed)]
    if not kept or not own:
        return []
    return [k for k in removed if kept[0] < k < kept[-1]]


def _root(parent: list[int], k: int) -> int:
    while parent[k] != k:
        parent[k] = parent[parent[k]]
        k = parent[k]
    return k
