"""Claim coverage: the story's claims grouped across articles, and which articles make each.

Every sentence with a checkable claim (``claims.MIN_CONTENT_TERMS`` content words or more)
gets one term vector under the story-wide weighting; sentences repeated word for word (wire
copies) share one vector. An inverted index over the terms
(:func:`storydiff.core.similarity.sparse_cosines`) scores only sentences sharing a term.
Links reaching ``claims.UNIQUE_MAX`` (the line the pair view draws between "unique" and
"said elsewhere") are then joined strongest first, as single-linkage clustering, except that
two groups are never joined when an article is in both: a claim holds one sentence per
article, which stops one story-wide chain of loosely similar sentences from forming.
"""

from __future__ import annotations

from collections.abc import Sequence

from storydiff.core.claims import MIN_CONTENT_TERMS, UNIQUE_MAX
from storydiff.core.model import Sentence
from storydiff.core.overview.model import ClaimGroup, ClaimMention
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
