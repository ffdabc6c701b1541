"""Claim coverage: the story's claims grouped across articles, and which articles make each.

Every sentence with a checkable claim (``claims.MIN_CONTENT_TERMS`` content words or more)
gets one term vector under the story-wide weighting; sentences repeated word for word (wire
copies) share one vector. An inverted index over the terms
(:func:`storydiff.core.similarity.sparse_cosines`) scores only sentences sharing a term.
Links reaching ``claims.UNIQUE_MAX`` (the line the pair view draws between "unique" and
"said elsewhere") are then joined strongest first, as single-linkage clustering, except that
two groups are never joined when an article is in both: a claim holds one sentence per
article, which stops one story-wide chain of loosely similar sentences from forming.

A claim is said by an article in other words too: when the fact table shows that article
giving the same quantity as the claim's sentence, or one consistent with it (not a date or a
weekday: ``claims.WHEN``), the claim is not one article's alone, as in the pair view
(:func:`with_fact_echoes`).
"""

from __future__ import annotations

from collections.abc import Sequence

from storydiff.core.claims import MIN_CONTENT_TERMS, UNIQUE_MAX, WHEN
from storydiff.core.model import Sentence
from storydiff.core.overview.model import ClaimGroup, ClaimMention, FactRow
from storydiff.core.similarity import Vector, Weighting, sparse_cosines


def claim_groups(sentences: Sequence[Sequence[Sentence]], weighting: Weighting) -> list[ClaimGroup]:
    """Claims, widest coverage first, then in the reading order of their first article.

    ``sentences`` holds each article's sentences (:func:`index.story_sentences`)."""
    texts: dict[str, int] = {}
    vectors: list[Vector] = []
    members: list[list[ClaimMention]] = []
    for i, own in enumerate(sentences):
        for sentence in own:
            key = " ".join(sentence.text.lower().split())
            if key not in texts:
                vector = weighting.vector(sentence.text)
                if vector.size < MIN_CONTENT_TERMS:
                    continue
                texts[key] = len(vectors)
                vectors.append(vector)
                members.append([])
            members[texts[key]].append(ClaimMention(i, sentence))
    links = sorted(
        (
            (score, a, b)
            for (a, b), score in sparse_cosines(vectors, vectors).items()
            if a < b and score >= UNIQUE_MAX
        ),
        reverse=True,
    )
    return _cluster(members, links)


AGREEING_CELLS = ("reference", "same", "consistent")
"""Fact-table cells that agree with the row's reference figure, so with each other: as in
the pair view (``claims.AGREEING``), a conflict is a disagreement to show, not an echo."""


def with_fact_echoes(claims: Sequence[ClaimGroup], facts: Sequence[FactRow]) -> list[ClaimGroup]:
    """``claims`` with, as echoes, the articles whose figure agrees with one a claim states.

    "Only in Digital Trends: ... in one year with just $5.6 million" is wrong when three
    other outlets give that cost: their sentences are worded too differently to join the
    claim, but the fact table pairs their figures, so they say it."""
    agreeing: dict[tuple[int, int], list[tuple[int, set[int]]]] = {}
    for row in facts:  # (article, paragraph) -> (figure start, articles agreeing on it)
        cells = [c for c in row.cells if c.verdict in AGREEING_CELLS and c.figure.kind not in WHEN]
        articles = {c.article for c in cells}
        for c in cells:
            key = (c.article, c.figure.paragraph)
            agreeing.setdefault(key, []).append((c.figure.start, articles))
    out = []
    for group in claims:
        echoes = set(group.echoes)
        for m in group.mentions:
            s = m.sentence
            for start, articles in agreeing.get((m.article, s.paragraph), ()):
                if s.start <= start < s.end:
                    echoes |= articles
        echoes -= set(group.articles)
        if echoes != set(group.echoes):
            group = ClaimGroup(group.mentions, tuple(sorted(echoes)))
        out.append(group)
    return out


def _cluster(
    members: list[list[ClaimMention]], links: list[tuple[float, int, int]]
) -> list[ClaimGroup]:
    parent = list(range(len(members)))
    covered = [{m.article for m in ms} for ms in members]
    near: list[set[int]] = [set() for _ in members]
    for _, a, b in links:
        near[a].update(covered[b])
        near[b].update(covered[a])
        ra, rb = _root(parent, a), _root(parent, b)
        if ra != rb and not covered[ra] & covered[rb]:
            parent[rb] = ra
            covered[ra] |= covered[rb]
    groups: dict[int, list[int]] = {}
    for k in range(len(members)):
        groups.setdefault(_root(parent, k), []).append(k)
    out = []
    for root, ks in groups.items():
        mentions = sorted(
            (m for k in ks for m in members[k]),
            key=lambda m: (m.article, m.sentence.paragraph, m.sentence.start),
        )
        echoes = set().union(*(near[k] for k in ks)) - covered[root]
        out.append(ClaimGroup(tuple(mentions), tuple(sorted(echoes))))
    out.sort(
        key=lambda g: (
            -len(g.articles),
            g.mentions[0].article,
            g.mentions[0].sentence.paragraph,
            g.mentions[0].sentence.start,
        )
    )
    return out


def _root(parent: list[int], k: int) -> int:
    while parent[k] != k:
        parent[k] = parent[parent[k]]
        k = parent[k]
    return k
