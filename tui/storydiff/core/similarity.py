"""How much two stretches of text say the same thing, even in other words.

Outlets rewrite each other: "Microsoft security researchers last fall identified
individuals" and "Microsoft discovered suspicious activity last fall, when they
noticed individuals" share few word sequences but the same names, dates and rare
words. So similarity here is not copied text but a weighted bag of content terms:

- words are lowercased, curly quotes unified, possessives dropped and lightly
  stemmed (``distilled``/``distilling``/``distillation`` -> ``distill``), function
  words removed;
- each term is weighted by how rare it is *in this pair of articles* (IDF over the
  paragraphs of both), so the story's ubiquitous names (``DeepSeek``) count little
  and the detail that identifies one fact (``H800``, ``Navy``) counts a lot;
- names (capitalised words), numbers and words inside quotation marks get a boost,
  because they are what a rewrite keeps;
- two texts are compared by the cosine of their weight vectors (0..1).

The same :class:`Weighting` serves the paragraph alignment and the unique-claims
check, so "similar" means one thing throughout storydiff.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache, reduce
from itertools import chain, compress, repeat
from operator import add, attrgetter, itemgetter, mul, truediv
from typing import TypeVar

from storydiff.core import cjk

NAME_BOOST = 1.5
"""Weight multiplier for a capitalised word (a name: person, company, place, product).
A rewrite keeps the names of a fact while changing its verbs. Measured on the seeds (names
and numbers boosted together): the reworded Sacks paragraphs score 0.32 (000/002) and 0.37
(001/003) with no boost, 0.44 and 0.50 with 1.5, while the median of all other paragraph
pairs only moves from 0.04-0.05 to 0.05-0.07."""

NUMBER_BOOST = 1.5
"""Weight multiplier for a number: figures identify a fact ("2,048 chips", "$5.58
million") better than any word; same value and reasoning as NAME_BOOST."""

QUOTED_BOOST = 1.25
"""Weight multiplier for a word inside quotation marks: quotes are carried over verbatim
between outlets, so a shared quoted word is stronger evidence than a shared plain word.
Kept below the name boost because quoted words include ordinary vocabulary."""

_QUOTES = (
    ("\u2018", "'"),
    ("\u2019", "'"),
    ("\u201b", "'"),
    ("\u2032", "'"),
    ("\u201c", '"'),
    ("\u201d", '"'),
    ("\u201e", '"'),
    ("\u00ab", '"'),
    ("\u00bb", '"'),
    ("\u2033", '"'),
)
"""Curly quotes and primes, and the straight mark each stands for."""
_TOKEN = re.compile(r"\w+(?:[.,'\-]\w+)*")
"""A word, with inner dots, commas, apostrophes and hyphens ("U.S.", "2,048", "R-1"). Not
written with possessive quantifiers, although they find the same tokens faster: those need
Python 3.11, and the package supports 3.10."""
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_QUOTED = re.compile(r'"[^"\n]{1,600}"')

_STOPWORD_TEXT = """
a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each even few for from
further had has have having he her here hers herself him himself his how i if in into is it its
itself just me more most my myself no nor not now of off on once only or other our ours
ourselves out over own same she should so some such than that the their theirs them themselves
then there these they this those through to too under until up very was we were what when where
which while who whom why will with would you your yours yourself yourselves
said says say told tells according report reported reports reportedly one two also
may might must shall new like well however yet still already
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())
"""Function words and the reporting verbs every news paragraph uses ("said", "according
to"): they say nothing about which fact a paragraph states."""

_SUFFIXES = (
    ("ations", ""),
    ("ation", ""),
    ("ingly", ""),
    ("ings", ""),
    ("ing", ""),
    ("edly", ""),
    ("ed", ""),
    ("ies", "y"),
    ("ions", ""),
    ("ion", ""),
    ("ly", ""),
    ("es", ""),
    ("s", ""),
)
_SUFFIXES_BY_END = {
    end: tuple(
        (suffix, replacement, len(suffix) + 3)
        for suffix, replacement in _SUFFIXES
        if suffix.endswith(end)
    )
    for end in {suffix[-1] for suffix, _ in _SUFFIXES}
}
"""The suffixes by their last letter, in _SUFFIXES order, each with the shortest word it may
be cut from (the stem keeps at least three letters): a word is only tried against the few
that can end it, and the first that fits is the same as in the full list."""

_NOT_PLURAL = ("ss", "us", "is")
"""Endings of words whose final "s" is no plural mark (class, status, analysis)."""


def _straight(text: str) -> str:
    """``text`` with curly quotes and apostrophes made straight. One str.replace per mark
    present: on non-ASCII text that is about 20x faster than str.translate, which looks up
    every character in a table."""
    if text.isascii():
        return text
    for curly, straight in _QUOTES:
        if curly in text:
            text = text.replace(curly, straight)
    return text


def normalise(text: str) -> str:
    """Lowercase with curly quotes and apostrophes made straight, for comparing wording."""
    return _straight(text).lower()


def stem(word: str) -> str:
    """Strip one common English suffix: a light stemmer, enough to join word forms.

    >>> [stem(w) for w in ("distilled", "distilling", "distillation", "models", "companies")]
    ['distill', 'distill', 'distill', 'model', 'company']
    """
    size = len(word)
    if size <= 3 or not word.isalpha():
        return word
    for suffix, replacement, shortest in _SUFFIXES_BY_END.get(word[-1], ()):
        if size >= shortest and word.endswith(suffix):
            if suffix == "s" and word.endswith(_NOT_PLURAL):
                break
            word = word[: size - len(suffix)] + replacement
            size = len(word)
            break
    # The length is tracked rather than recomputed: stem runs once per distinct token of a
    # pair (about 15,700 times over the 70 real pairs), so every str call here counts.
    # A four-letter word keeps its e, so "fire" and "fires" stem apart. Joining them (size > 3)
    # was measured: no change on either gold standard, and on the held-out stories of
    # benchmarks/stories 2 more gold pairs found for 4 more wrong ones.
    if size > 4 and word[-1] == "e":
        word = word[:-1]
        size -= 1
    if size > 6 and word.endswith("at"):  # investigat(e|ion|ing) -> investig
        word = word[:-2]
        size -= 2
    if size > 4 and word[-1] == word[-2] and word[-1] not in "lsaeiou":
        word = word[:-1]  # stopped -> stop
    return word


TERMS_CACHE_SIZE = 4096
"""Texts whose terms are memoised: alignment, unique claims and the reader tokenise the same
paragraphs and sentences again for every pair; tokenising was most of compare()'s time."""


def terms(text: str, *, fallback: bool = True) -> list[tuple[str, float]]:
    """The content terms of ``text`` with their boost (name, number, quoted), in order.

    With ``fallback``, a text with no content word gives every word (function words
    included), so that short or odd paragraphs can still be recognised as identical.

    >>> terms("Sacks said DeepSeek distilled the models")
    [('sack', 1.5), ('deepseek', 1.5), ('distill', 1.0), ('model', 1.0)]
    """
    return list(_terms(text, fallback))


def content_term_count(text: str) -> int:
    """How many distinct content terms ``text`` has (0 when it has only function words)."""
    return len(_profile(text)[0]) if _content_terms(text) else 0


def _terms(text: str, fallback: bool) -> tuple[tuple[str, float], ...]:
    found = _content_terms(text)
    if found or not fallback:
        return found
    return _every_word(text)


@lru_cache(maxsize=TERMS_CACHE_SIZE)
def _content_terms(text: str) -> tuple[tuple[str, float], ...]:
    """The content terms, without the fallback: one cache entry serves both modes.

    One regex pass finds the tokens and each token's terms come from a per-token memo, so a
    text costs a findall and dictionary lookups. Tokens never contain a quotation mark, so
    cutting the text at its quoted passages yields the same tokens, each read with the
    boost of where it stands.
    """
    plain = _straight(text)
    outside: Callable[[str], tuple[tuple[str, float], ...]]
    inside: Callable[[str], tuple[tuple[str, float], ...]]
    tokens, outside, inside = _TOKEN, _plain_token_terms, _quoted_token_terms
    if cjk.has_cjk(plain):
        tokens, outside, inside = _TOKEN_CJK, _cjk_plain_terms, _cjk_quoted_terms
    if '"' not in plain:
        return _chunk_terms(tokens, outside, plain, 0, len(plain))
    out: list[tuple[str, float]] = []
    end = 0
    for m in _QUOTED.finditer(plain):
        out += _chunk_terms(tokens, outside, plain, end, m.start())
        out += _chunk_terms(tokens, inside, plain, m.start(), m.end())
        end = m.end()
    out += _chunk_terms(tokens, outside, plain, end, len(plain))
    return tuple(out)


def _chunk_terms(
    tokens: re.Pattern[str],
    token_terms: Callable[[str], tuple[tuple[str, float], ...]],
    text: str,
    start: int,
    end: int,
) -> tuple[tuple[str, float], ...]:
    """The terms of the ``tokens`` of ``text[start:end]``, each read by ``token_terms``."""
    return tuple(chain.from_iterable(map(token_terms, tokens.findall(text, start, end))))


TOKEN_CACHE_SIZE = 65_536
"""Distinct tokens whose terms are memoised. A news vocabulary is a few thousand words and
each recurs many times, so stemming once per distinct token instead of once per occurrence
halves term extraction; 65k entries (a few MB) hold the vocabulary of a book."""


@lru_cache(maxsize=TOKEN_CACHE_SIZE)
def _plain_token_terms(token: str) -> tuple[tuple[str, float], ...]:
    """(term, boost) of each term of a token outside quotation marks."""
    if token.isalpha():  # a plain word, most tokens: what _token_terms gives, written out
        lower = token.lower()
        if lower in STOPWORDS and not (token.isupper() and len(token) > 1):
            return ()
        return ((stem(lower), NAME_BOOST if token[0].isupper() else 1.0),)
    parts, boost, _ = _token_terms(token)
    return tuple(zip(parts, repeat(boost)))


@lru_cache(maxsize=TOKEN_CACHE_SIZE)
def _quoted_token_terms(token: str) -> tuple[tuple[str, float], ...]:
    """(term, boost) of each term of a token inside quotation marks: at least QUOTED_BOOST,
    except for a number, which keeps NUMBER_BOOST."""
    parts, boost, number = _token_terms(token)
    if not number:
        boost = max(boost, QUOTED_BOOST)
    return tuple(zip(parts, repeat(boost)))


_TOKEN_CJK = re.compile(f"[{cjk.CJK}]+|" + _TOKEN.pattern.replace(r"\w", cjk.WORD_CHAR))
"""_TOKEN for text holding Chinese or Japanese: a run of CJK letters is one token (its terms
are its letter pairs, see :mod:`cjk`), and a Latin word stops where CJK text starts."""


def _with_cjk_runs(
    token_terms: Callable[[str], tuple[tuple[str, float], ...]], boost: float
) -> Callable[[str], tuple[tuple[str, float], ...]]:
    """``token_terms`` for text holding CJK letters: a CJK run's terms are its letter pairs
    at ``boost``, any other token's are what ``token_terms`` gives (memoised per token)."""

    @lru_cache(maxsize=TOKEN_CACHE_SIZE)
    def terms_of(token: str) -> tuple[tuple[str, float], ...]:
        if cjk.is_cjk(token):
            return tuple(zip(cjk.bigrams(token), repeat(boost)))
        return token_terms(token)

    return terms_of


_cjk_plain_terms = _with_cjk_runs(_plain_token_terms, 1.0)
_cjk_quoted_terms = _with_cjk_runs(_quoted_token_terms, QUOTED_BOOST)


def _token_terms(token: str) -> tuple[tuple[str, ...], float, bool]:
    """One token's terms, its boost before quotation marks are considered, and whether it is
    a number (numbers keep NUMBER_BOOST even inside a quote)."""
    lower = token.lower()
    if lower.endswith("'s"):
        lower = lower[:-2]
    if token[0].isdecimal() and _NUMBER.fullmatch(token):
        return (lower.replace(",", ""),), NUMBER_BOOST, True
    boost = NAME_BOOST if token[0].isupper() else 1.0
    keep_all = token.isupper() and len(token) > 1
    if lower.isalpha():  # a plain word, most tokens: one part, nothing to split
        return (() if lower in STOPWORDS and not keep_all else (stem(lower),)), boost, False
    parts = tuple(stem(p) for p in _parts(lower) if keep_all or p not in STOPWORDS)
    return parts, boost, False


def _every_word(text: str) -> tuple[tuple[str, float], ...]:
    """Every word, function words included: the fallback for a text with no content word."""
    every = []
    for m in _TOKEN.finditer(_straight(text)):
        lower = m.group().lower()
        every.append((lower[:-2] if lower.endswith("'s") else lower, 1.0))
    return tuple(every)


def _parts(lower: str) -> list[str]:
    """Split a hyphenated word into its words, but keep model names whole ("r-1" -> "r1");
    drop the dots of abbreviations ("u.s" -> "us")."""
    if "." in lower and not any(c.isdigit() for c in lower):
        lower = lower.replace(".", "")
    if any(c.isdigit() for c in lower):
        return [lower.replace("-", "")]
    return [p.strip("'") for p in lower.split("-") if p.strip("'")]


@dataclass(frozen=True)
class Vector:
    """A text's weighted terms and their Euclidean norm (0.0 for a text with no words)."""

    weights: dict[str, float]
    norm: float

    @property
    def size(self) -> int:
        """Number of distinct terms; the unique-claims check skips texts with too few."""
        return len(self.weights)


def cosine(a: Vector, b: Vector) -> float:
    """Cosine similarity of two vectors, 0..1 (0 when either is empty)."""
    if not a.norm or not b.norm:
        return 0.0
    small, large = (a, b) if len(a.weights) <= len(b.weights) else (b, a)
    weights = small.weights
    dot = sum(map(mul, weights.values(), map(large.weights.get, weights, repeat(0.0))))
    return min(1.0, dot / (a.norm * b.norm))


def combine(vectors: Iterable[Vector]) -> Vector:
    """The vector of several texts read as one (a block joining paragraphs): weights added
    term by term, each sum in the order of the vectors."""
    total: dict[str, float] = {}
    for v in vectors:
        # The terms of one vector are distinct, so each lookup sees the total before it.
        sums = map(add, v.weights.values(), map(total.get, v.weights, repeat(0)))
        total.update(zip(v.weights, sums, strict=True))
    return _vector(total)


def _vector(weights: dict[str, float]) -> Vector:
    values = weights.values()
    return Vector(weights, math.sqrt(sum(map(mul, values, values))))


class Weighting:
    """Term weights for one pair of articles: IDF over the given documents (paragraphs).

    Built once per comparison (see :func:`pair_weighting`); :meth:`vector` then turns any
    text of either article into a weighted vector.
    """

    def __init__(self, documents: Sequence[str]) -> None:
        # One count over every document's distinct terms, not one Counter.update per document:
        # the same counts, in the same order of first appearance.
        df = Counter(chain.from_iterable(_profile(doc)[0] for doc in documents))
        n = max(1, len(documents))
        self._idf = {term: math.log(1.0 + n / count) for term, count in df.items()}
        self._unseen = math.log(1.0 + n / 1)
        self._vectors: dict[str, Vector] = {}

    def idf(self, term: str) -> float:
        """log(1 + N/df): a term in every paragraph still weighs log 2, a rare one up to log N
        (a term of no document counts as found in one)."""
        return self._idf.get(term, self._unseen)

    def vector(self, text: str) -> Vector:
        """Sublinear term frequency x IDF x boost, per term (multiplied in that order, by
        ``map``, without a Python loop per term). Remembered per text: a paragraph of one
        sentence is weighed for the alignment and again, as its sentence, for the unique
        claims. Vectors are shared, never modified."""
        vector = self._vectors.get(text)
        if vector is None:
            found, tfs, boosts = _profile(text)
            idfs = map(self._idf.get, found, repeat(self._unseen))
            weights = dict(zip(found, map(mul, map(mul, tfs, idfs), boosts), strict=True))
            vector = self._vectors[text] = _vector(weights)
        return vector


@lru_cache(maxsize=TERMS_CACHE_SIZE)
def _profile(text: str) -> tuple[tuple[str, ...], tuple[float, ...], tuple[float, ...]]:
    """A text's distinct terms in order of appearance, each one's sublinear frequency
    1 + log(count) and highest boost: everything its vector needs but the IDF, worked out
    once per text, not once per weighting and once more for each use of the text."""
    found = _terms(text, True)
    counts = Counter(map(itemgetter(0), found))
    boosts = dict(found)  # the last boost of each term: its only one, unless...
    terms = tuple(counts)
    tfs = tuple(map((1.0).__add__, map(math.log, counts.values())))
    if len(set(found)) == len(boosts):  # one boost a term, in order of first appearance
        return terms, tfs, tuple(boosts.values())
    boosts = dict(sorted(found, key=itemgetter(1)))  # ...two boosts: keep the highest
    return terms, tfs, tuple(map(boosts.__getitem__, terms))


def pair_weighting(left: Sequence[str], right: Sequence[str]) -> Weighting:
    """The IDF weighting over the paragraphs of two articles. A comparison builds it once and
    hands it to the alignment and the unique-claims check (building it tokenises every
    paragraph: a fifth of a 1M-character comparison when done twice); it is passed, not kept
    in a module-level cache, so no stage reads what another left behind.

    The same for (left, right) and (right, left): IDF depends only on the set of documents.
    """
    first, second = sorted((tuple(left), tuple(right)))
    return Weighting([*first, *second])


TERM_PAIR_CAP = 20_000
"""Bound on the work one term may add to :func:`sparse_cosines`: a term found in ``a``
paragraphs of one side and ``b`` of the other costs ``a*b`` updates, and is skipped there when
that exceeds this cap. Below about 140 paragraphs a side no term can reach it, so ordinary
articles get exact scores; in longer ones only the most widespread terms (the ones IDF weighs
least) are left out, and the total work stays below vocabulary x cap."""


def sparse_cosines(
    left: Sequence[Vector], right: Sequence[Vector], *, min_score: float = 0.0
) -> dict[tuple[int, int], float]:
    """Cosine of every (left, right) pair sharing a term, through an inverted index.

    Pairs that share no term, or score below ``min_score``, are absent (read them as 0). The
    cost is the number of shared-term postings, bounded by TERM_PAIR_CAP per term, not
    ``len(left) * len(right)``; ``min_score`` bounds the memory of the result.
    """
    return TermIndex(left, right).cosines(range(len(left)), min_score)


_T = TypeVar("_T")


def _repeated_norms(vectors: Sequence[Vector]) -> set[float]:
    """The norms shared by several vectors: only those can be equal vectors, so only those
    are worth comparing term by term."""
    return {norm for norm, n in Counter(map(attrgetter("norm"), vectors)).items() if n > 1}


def _equal_groups(vectors: Sequence[Vector]) -> list[list[int]]:
    """The indices of ``vectors`` grouped by equal weights, groups in order of first index."""
    repeated = _repeated_norms(vectors)
    groups: list[list[int]] = []
    first: dict[tuple[tuple[str, float], ...], int] = {}
    for j, v in enumerate(vectors):
        if v.norm in repeated:
            key = tuple(v.weights.items())
            if key in first:
                groups[first[key]].append(j)
                continue
            first[key] = len(groups)
        groups.append([j])
    return groups


PROBED_DOCUMENTS = 8
"""Documents tried first when only asking whether a query reaches a cosine (unique claims):
the ones holding the query's rarest indexed term, where its counterpart usually is. One of
them reaching the score settles the query at the cost of a few dictionary lookups instead of
a pass over every posting of its terms; otherwise the full pass decides, so the answer never
depends on this number. On the 1M-character benchmark pair the probe settled 3,683 of the
4,001 distinct sentences checked, and the claims check went from about 4 s to 1 s."""

PROBE_MIN_DOCUMENTS = 500
"""Queries are probed (PROBED_DOCUMENTS) only in an index of more documents than this. On
the real article pairs (tens to a few hundred sentence windows) a full pass reads a few
dozen postings and most probes fail, since the sentence is reworded or unique, so probing
cost more than it saved; on the 1M-character pair (about 9,000 windows a side) a sentence's
full pass reads thousands of postings and most probes succeed."""


class TermIndex:
    """An inverted index of ``documents`` for scoring ``queries`` against them, built once
    and read by every score of the pair (the cosine and coverage tests of unique claims).

    A term whose (queries holding it) x (documents holding it) exceeds TERM_PAIR_CAP is left
    out. The cap counts every query, not only the rows asked for, so a subset of rows scores
    exactly as the whole would.

    Repeated texts (a paragraph an article prints twice, boilerplate) give equal vectors,
    whose scores are equal to the last bit: a repeated query row is scored once
    (:meth:`_distinct`) and repeated documents share one posting, their scores copied to
    each of them.
    """

    def __init__(self, queries: Sequence[Vector], documents: Sequence[Vector]) -> None:
        self._queries = queries
        self._repeated_queries = _repeated_norms(queries)
        self._members = _equal_groups(documents)  # the documents each distinct one stands for
        self._documents = [documents[m[0]] for m in self._members]
        self._norms = [v.norm for v in self._documents]
        self._postings = self._index(queries, documents)
        self._probe = len(self._documents) > PROBE_MIN_DOCUMENTS

    def _index(
        self, queries: Sequence[Vector], documents: Sequence[Vector]
    ) -> dict[str, list[tuple[int, float]]]:
        """term -> (distinct document, weight) of each distinct document holding it, for the
        terms some query holds: every score looks postings up by a query's terms, so the
        others would never be read (on the real pairs about half of a document's terms).
        Each list is in document order whatever order a document's terms are visited in."""
        asked = set().union(*(v.weights for v in queries))
        postings: dict[str, list[tuple[int, float]]] = {}
        for d, v in enumerate(self._documents):
            weights = v.weights
            for term in asked.intersection(weights):
                postings.setdefault(term, []).append((d, weights[term]))
        if len(queries) * len(documents) <= TERM_PAIR_CAP:  # no term can reach the cap
            return postings
        query_df = Counter(chain.from_iterable(v.weights for v in queries))
        doc_df = Counter(chain.from_iterable(v.weights for v in documents))
        return {t: p for t, p in postings.items() if query_df[t] * doc_df[t] <= TERM_PAIR_CAP}

    def cosines(self, rows: Iterable[int], min_score: float) -> dict[tuple[int, int], float]:
        """(query, document) -> cosine, for the pairs of ``rows`` sharing a term and scoring
        at least ``min_score`` (capped at 1.0 against rounding)."""
        scores: dict[tuple[int, int], float] = {}
        members = self._members
        for i, (found, values) in self._distinct(rows, lambda i: self._kept(i, min_score)):
            documents = list(chain.from_iterable(map(members.__getitem__, found)))
            if len(documents) > len(found):  # repeated documents: each takes its group's score
                values = [v for d, v in zip(found, values, strict=True) for _ in members[d]]
            scores.update(zip(zip(repeat(i), documents), values, strict=True))
        return scores

    def best_cosines(self, rows: Iterable[int]) -> dict[int, float]:
        """Query index -> its highest cosine with any document, for the non-empty ``rows``."""
        return dict(self._distinct(rows, self._best_cosine))

    def coverage(self, rows: Iterable[int]) -> dict[tuple[int, int], float]:
        """(query, document) -> share of the query's weight found in the document, for the
        pairs of ``rows`` sharing a term."""
        shares: dict[tuple[int, int], float] = {}
        for i in rows:
            weights = self._queries[i].weights
            total = sum(weights.values())
            if total:
                for d, share in self._found(weights).items():
                    for k in self._members[d]:
                        shares[i, k] = min(1.0, share / total)
        return shares

    def best_coverage(self, rows: Iterable[int]) -> dict[int, float]:
        """Query index -> the highest share of its weight found in one document."""
        return dict(self._distinct(rows, self._best_share))

    def below_cosine(self, rows: Sequence[int], limit: float) -> list[int]:
        """The ``rows`` whose best cosine (as :meth:`best_cosines`, 0.0 for an empty query)
        is below ``limit``: the same answer, but a query with a document reaching the limit
        among the probed ones is settled without its full pass."""
        reached = dict(self._distinct(rows, lambda i: self._reaches_cosine(i, limit)))
        return [i for i in rows if not reached.get(i, limit <= 0.0)]

    def below_coverage(self, rows: Sequence[int], limit: float) -> list[int]:
        """The ``rows`` whose best coverage (as :meth:`best_coverage`, 0.0 for an empty
        query) is below ``limit``."""
        reached = dict(self._distinct(rows, lambda i: self._best_share(i) >= limit))
        return [i for i in rows if not reached.get(i, limit <= 0.0)]

    def _distinct(
        self, rows: Iterable[int], score: Callable[[int], _T]
    ) -> Iterable[tuple[int, _T]]:
        """(row, score(row)) for each row with a non-empty query, computing ``score`` once per
        distinct query: a repeated paragraph or sentence has the same weights, so the same
        scores (a row's result depends only on its weights)."""
        done: dict[tuple[tuple[str, float], ...], _T] = {}
        for i in rows:
            query = self._queries[i]
            if not query.weights:
                continue
            if query.norm not in self._repeated_queries:  # no equal query: nothing to reuse
                yield i, score(i)
                continue
            key = tuple(query.weights.items())
            if key not in done:
                done[key] = score(i)
            yield i, done[key]

    def _dots(self, weights: dict[str, float]) -> dict[int, float]:
        """Document index -> dot product with a query, for the documents sharing an indexed
        term with it; the products are summed in the query's term order."""
        dots: dict[int, float] = {}
        get = dots.get
        postings = self._postings
        for term, weight in weights.items():
            for j, other in postings.get(term, ()):
                dots[j] = get(j, 0.0) + weight * other
        return dots

    def _found(self, weights: dict[str, float]) -> dict[int, float]:
        """Document index -> query weight it contains, for the documents sharing an indexed
        term with the query, summed in term order."""
        found: dict[int, float] = {}
        get = found.get
        postings = self._postings
        for term, weight in weights.items():
            for j, _ in postings.get(term, ()):
                found[j] = get(j, 0.0) + weight
        return found

    def _row_cosines(self, i: int) -> tuple[list[int], Iterable[float]]:
        """The documents sharing an indexed term with query ``i``, and (lazily) its cosine
        with each, computed by ``map`` over the row without a Python loop per pair."""
        query = self._queries[i]
        dots = self._dots(query.weights)
        scale = map(query.norm.__mul__, map(self._norms.__getitem__, dots))
        return list(dots), map(truediv, dots.values(), scale)

    def _kept(self, i: int, min_score: float) -> tuple[list[int], list[float]]:
        """The documents whose cosine with query ``i`` is at least ``min_score``, and their
        cosines capped at 1.0."""
        found, cosines = self._row_cosines(i)
        values = list(cosines)
        kept = list(map(float(min_score).__le__, values))
        return list(compress(found, kept)), list(map(min, compress(values, kept), repeat(1.0)))

    def _best_cosine(self, i: int) -> float:
        return min(1.0, max(self._row_cosines(i)[1], default=0.0))

    def _best_share(self, i: int) -> float:
        weights = self._queries[i].weights
        return min(1.0, max(self._found(weights).values(), default=0.0) / sum(weights.values()))

    def _reaches_cosine(self, i: int, limit: float) -> bool:
        """Whether query ``i`` has a cosine of at least ``limit`` with some document: first
        among the probed documents in a large index (PROBE_MIN_DOCUMENTS), then by the full
        pass."""
        return (self._probe and self._probe_reaches(i, limit)) or self._best_cosine(i) >= limit

    def _probe_reaches(self, i: int, limit: float) -> bool:
        """Whether one of up to PROBED_DOCUMENTS documents holding query ``i``'s rarest
        indexed term has a cosine of at least ``limit`` with it.

        A probed document's dot product is summed over the query's indexed terms in order,
        absent ones adding 0.0, so it equals the full pass's value to the last bit."""
        query, postings = self._queries[i], self._postings
        terms = [t for t in query.weights if t in postings]
        if not terms:
            return False
        weights = [query.weights[t] for t in terms]
        rarest = postings[min(terms, key=lambda t: len(postings[t]))]
        for j, _ in rarest[:PROBED_DOCUMENTS]:
            other = self._documents[j].weights.get
            # Added left to right as _dots adds them: sum() of floats is compensated on
            # Python 3.12+, and could differ from the full pass in the last bit.
            dot = reduce(add, map(mul, weights, map(other, terms, repeat(0.0))), 0.0)
            if min(1.0, dot / (query.norm * self._norms[j])) >= limit:
                return True
        return False
