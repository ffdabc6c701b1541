"""What a figure measures, whose it is, and as of when: read from its sentence.

Two outlets state the same fact when they give the same *measure* (deaths, acres burned,
purchase price) of the same *subject* (the Eaton fire, Wiz, Labour). Values never say so: a
company's revenue and the price paid for another company are both billions of dollars.

* **measure**: the fact label of :mod:`facts` (the counted noun and the verb acting on it, the
  noun or verb that governs an amount, the event a day dates), one canonical name per
  quantity ("people killed", "lives lost", "death toll" -> "deaths").
* **subject**: the proper name the figure belongs to, read from its clause (see
  :func:`subject_of`): the nearest name in the same clause, names joined by "and" taken
  together ("the Palisades and Eaton fires" is both fires, not either), names credited with
  saying the figure ("Sheriff Luna said", "according to Reuters") left out, and a name that
  only classifies a plural noun ("LA wildfires", "U.S. tech stocks", "AI models") read as no
  subject: it names a setting, not one thing the figure belongs to.
* **as of**: a day or date the same clause gives ("227 on Saturday", "as of Thursday"), so a
  toll that rose between two reports reads as such.
* **period**: a year framing the clause ("In the 2021 election"), a rate ("12.4 million
  euros a year"), or the value a figure replaced ("to 3.75% from 4.00%"): each pairs only
  with the same period (a previous value also with an equal value stated plainly).
* **change**: "an additional 1,000 acres", "1,000 more acres" count a change, and "nine of
  the dead", "including seven" a part of a total named before: never a total.
* **not a count**: "the two largest fires" picks a top few ("fires ranked"), and "injured in
  the two fires" refers to fires named before: "the" before a number presupposes the count
  rather than stating it, so such a figure has no measure of its own.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from storydiff.core.cjk import has_east_asian
from storydiff.core.figures.facts import (
    describe,
    looks_plural,
    sentence_bounds,
    single_label,
    stem,
)
from storydiff.core.figures.lexicon import PEOPLE
from storydiff.core.figures.names import Lexicon, Name, base, lexicon, names
from storydiff.core.figures.normalise import interval
from storydiff.core.model import Article, Figure

_CLAUSE_MARK = re.compile(r"[;:()\[\]]|\s[—–-]\s|—|–(?=\s)")
"""Marks that close a clause inside a sentence: a figure's subject stands in its clause."""
_COMMA = re.compile(r",")
_REPORTING = frozenset(
    """said says say told tells tell reported reports reporting according cited citing wrote
    writes noted notes added adds stated states explained explains confirmed confirms
    announced announces estimated estimates warned warns noting urged cautioned""".split()  # noqa: SIM905 - reads as prose
)
"""Reporting verbs: a name beside one is the source of a statement, not what the figure
measures ("Sheriff Luna said 24 people died", "according to Reuters")."""
_CREDIT_BEFORE = frozenset(["according", "told", "to", "per", "citing", "via", "by", "cited"])
"""Words before a name that make it a source ("told CNBC", "according to Reuters")."""
_AS_OF = re.compile(r"\b(?:as of|as at|by|through|until)\s+(?:late\s+|early\s+)?\Z", re.I)
"""Words before a day that make it the date another figure holds at ("as of Thursday")."""
_SELECTS = re.compile(r"\s+(?:most|least|best|worst|[a-z]{3,}est)\b", re.I)
_THE = re.compile(r"\b(?:the|its|their)\s+\Z", re.I)


def _definite(paragraph: str, figure: Figure) -> bool:
    return _THE.search(paragraph, max(0, figure.start - 8), figure.start) is not None


def _selects(paragraph: str, figure: Figure) -> bool:
    """ "the two largest fires", "the five most destructive fires": "the", a number and a
    superlative name a top few, not how many there are."""
    return bool(_SELECTS.match(paragraph, figure.end)) and _definite(paragraph, figure)


_CHANGE = frozenset(["additional", "extra", "further"])
_GAIN = frozenset(["gain", "gained", "gaining", "net"])
"""Words before a count that make it a change ("a gain of 26 seats", "a net 12 jobs"); a
percentage or an amount after them is a rate or sum of its own ("shares gained 5%")."""
"""Words before a figure that make it a change, not a total ("an additional 1,000 acres")."""
_JOINERS = (" and ", " & ", ", ", ", and ")
"""What joins names into one group ("the Palisades and Eaton fires")."""

TIME_KINDS = frozenset({"weekday", "date"})

DEATHS = "deaths"
PEOPLE_NOUNS = PEOPLE | {"others", "persons", "individuals", "people", "residents"}
"""Nouns that count people: "30 others injured" and "140 people injured" are one measure."""
_MEASURE_SYNONYMS = {
    "people killed": DEATHS,
    "lives lost": DEATHS,
    "lives claimed": DEATHS,
    "people died": DEATHS,
    "fatalities": DEATHS,
    "death toll": DEATHS,
    "dead": DEATHS,
}
"""Ways English words a death count, all one measure (the labeller already reads most of
them as "deaths")."""


MEANING_FIELDS = ("measure", "subject", "subject_key", "as_of", "period", "change")
"""The fields of a Figure this module fills."""


def with_meanings(article: Article, figures: Sequence[Figure]) -> list[Figure]:
    """The figures with their measure, subject, as-of, period and change read from the
    article. A figure restating the one before it in another unit takes its meaning whole;
    one sharing its comma segment takes its subject when it has none of its own."""
    lex = lexicon([article.title, *article.paragraphs])
    dates: dict[tuple[int, bool], list[Figure]] = {}
    for f in figures:  # the days and years of each paragraph, found once
        if f.kind in TIME_KINDS or f.kind == "year":
            dates.setdefault((f.paragraph, f.kind == "year"), []).append(f)
    out: list[Figure] = []
    for f in figures:
        paragraph = article.paragraphs[f.paragraph]
        read = _read(paragraph, f, lex, dates)
        before = out[-1] if out else None
        if before is not None and _restates(paragraph, before, f):
            read = replace(read, **{k: getattr(before, k) for k in MEANING_FIELDS})
        elif before is not None and read.subject is None and _same_segment(paragraph, before, f):
            read = replace(read, subject=before.subject, subject_key=before.subject_key)
        if before is not None and _previous_value(paragraph, before, f):
            read = replace(read, period=PREVIOUS)
        out.append(read)
    return out


def _read(
    paragraph: str, figure: Figure, lex: Lexicon, dates: dict[tuple[int, bool], list[Figure]]
) -> Figure:
    subject = subject_of(paragraph, figure, lex)
    f = figure  # built field by field: dataclasses.replace costs twice as much, per figure
    return Figure(
        f.text,
        f.kind,
        f.value,
        f.unit,
        f.paragraph,
        f.start,
        f.end,
        f.qualifier,
        f.high,
        f.counted,
        measure=measure_of(paragraph, figure),
        subject=_display(subject.text) if subject else None,
        subject_key=subject.names if subject else (),
        as_of=_as_of(paragraph, figure, dates.get((figure.paragraph, False), ())),
        period=_rate(paragraph, figure)
        or _period(paragraph, figure, dates.get((figure.paragraph, True), ())),
        change=_is_change(paragraph, figure) or _unowned_part(paragraph, figure, subject),
    )


PREVIOUS = "previous value"
"""The period of a figure that states what a quantity was before it changed."""

_FROM = re.compile(r"\bfrom\s+\Z", re.I)
_COUNTED = frozenset({"count", "number"})
"""Kinds of figure that count things: a bare number may be a count whose noun is left out."""


def _previous_value(paragraph: str, before: Figure, figure: Figure) -> bool:
    """ "lowering its rate to 3.75% from 4.00%", "cut its growth forecast to 0.7% from 1.0%",
    "rose to 227 from 225": a figure after "from" that follows a figure of the same kind in
    its sentence is the value the first one replaced, an earlier state of the quantity, not
    what another outlet's figure states now."""
    kinds = {before.kind, figure.kind}
    if before.paragraph != figure.paragraph or not (len(kinds) == 1 or kinds == _COUNTED):
        return False  # "killed 31 people by nightfall, up from 12": the noun is left out
    if not _FROM.search(paragraph, max(0, figure.start - 8), figure.start):
        return False
    return not _SENTENCE_GAP.search(paragraph, before.end, figure.start)


_RATE = re.compile(
    r"(?:\s+(?:a|an|per|each|every)\s+(year|month|week|day|hour|quarter|season)\b"
    r"|\s+(annually|yearly|monthly|weekly|daily|hourly|a head|per head|per capita)\b)",
    re.I,
)


def _rate(paragraph: str, figure: Figure) -> str | None:
    """ "12.4 million euros a year", "$20 per month", "300 a day", "paid annually": an amount
    per unit of time is a rate, never one quantity with a total ("a combined cost of about
    €140m" against "over 20 million euros a year"), only with the same rate elsewhere."""
    if figure.kind in TIME_KINDS or figure.kind in ("year", "duration", "age"):
        return None
    m = _RATE.match(paragraph, figure.end)
    if m is None:
        return None
    unit = (m.group(1) or m.group(2)).lower()
    return "per " + _PER.get(unit, unit)


_PER = {
    "annually": "year",
    "yearly": "year",
    "monthly": "month",
    "weekly": "week",
    "daily": "day",
    "hourly": "hour",
    "a head": "head",
    "per head": "head",
    "per capita": "head",
}


def _same_segment(paragraph: str, before: Figure, figure: Figure) -> bool:
    """Two figures in one comma segment of one clause: one clause states facts of one thing
    ("the Palisades fire consumed 23,654 acres with 11% containment")."""
    if before.paragraph != figure.paragraph or before.end > figure.start:
        return False
    gap = paragraph[before.end : figure.start]
    return _CLAUSE_MARK.search(gap) is None and "," not in gap and not _SENTENCE_GAP.search(gap)


_SENTENCE_GAP = re.compile(r"[.!?]\s")


def _subject_name(f: Figure) -> Name | None:
    if f.subject is None:
        return None
    words = frozenset(w for name in f.subject_key for w in name.split())
    return Name(0, 0, f.subject, words, f.subject_key)


def _restates(paragraph: str, before: Figure, figure: Figure) -> bool:
    """The figure restates the one before it in another unit, in brackets or after "or":
    "1,000 acres (400 hectares)", "36,000 acres — or just over 52 square miles". It measures
    what that figure measures."""
    if before.paragraph != figure.paragraph or before.end > figure.start:
        return False
    if before.kind != figure.kind:
        return False  # "Tuesday (Jan. 28)" names the day again; it restates no quantity
    gap = paragraph[before.end : figure.start].lower()
    opens = "(" in gap or "[" in gap
    return (opens and gap.strip(" ([") == "") or gap.strip(" )],—–-") == "or"


_NAMED_BY = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+([a-z]{4,})[\s-]\Z")
"""A number right after a determiner and a noun: "a magnitude 6.8 earthquake", "a Category 4
storm": the noun is what the number measures."""


_NAMED_AFTER = re.compile(r"-([a-z]{4,})\b")
"""A number joined by a hyphen to the noun it measures: "a 7.0-magnitude quake"."""


def _canonical(label: str, figure: Figure) -> str | None:
    """One name per measure: the death count's wordings are "deaths"; a count of people of
    any kind ("residents", "others", "individuals") doing one thing is "people <verb>"; a
    bare noun that only repeats what is counted ("230 buildings", "136 seats") says what is
    counted, not what about it (built, destroyed, won, needed), so it is no measure."""
    label = _MEASURE_SYNONYMS.get(label, label)
    words = label.split()
    if len(words) == 2 and words[0] in PEOPLE_NOUNS:
        return f"people {words[1]}"
    noun = figure.counted or figure.unit
    if figure.kind == "count" and noun and label == noun and label != DEATHS:
        return None
    return label


_NUMBER_OF = re.compile(r"\b[Tt]he (?:total )?number of ([a-z]+)(?: ([a-z]+ed)\b)?")


def _number_of(paragraph: str, figure: Figure) -> str | None:
    """ "The number of people burned by the fryers has risen to 11": a bare number that a
    sentence calls "the number of" something counts that thing (with the participle that
    says which of them: "people burned")."""
    s, _ = sentence_bounds(paragraph, figure.start, figure.end)
    found = list(_NUMBER_OF.finditer(paragraph, s, figure.start))
    if not found:
        return None
    noun, done = found[-1].groups()
    return f"{noun} {done}" if done else noun


def measure_of(paragraph: str, figure: Figure) -> str | None:
    """What the figure quantifies, from the fact labeller (:mod:`facts`), with the rules of
    the module docstring for days "as of", top few, definite counts and measure nouns."""
    if figure.kind in TIME_KINDS and _AS_OF.search(paragraph, 0, figure.start):
        return None  # "as of Thursday" dates another figure, not an event
    label = single_label(describe(paragraph, figure))
    if _selects(paragraph, figure):
        noun = figure.counted or label or "number"
        return f"{noun.split()[-1]} ranked"  # "the two largest fires" picks, does not count
    if figure.kind in _COUNTED and _definite(paragraph, figure):
        return None  # "injured in the two fires": refers to fires named before
    if label is None and figure.kind == "number":
        label = _number_of(paragraph, figure)
    named = _NAMED_BY.search(paragraph, max(0, figure.start - 30), figure.start)
    named = named or _NAMED_AFTER.match(paragraph, figure.end)
    if named and figure.kind == "number":
        return named.group(1)  # "a magnitude 6.8 earthquake" measures magnitude
    return _canonical(label, figure) if label else None


SUBJECT_WORDS = 8
"""Words between a figure and the name it belongs to, at most. The owner of a figure stands
beside it or its measure ("Wiz's revenue", "the Eaton fire burned at least 14,117 acres",
"16 lives lost in the Eaton Fire": 1-6 words); a name farther off in a long clause is more
often the subject of another verb than the figure's owner."""


def subject_of(paragraph: str, figure: Figure, lex: Lexicon) -> Name | None:
    """The name the figure belongs to, the first of: the nearest name within SUBJECT_WORDS
    words in the figure's comma segment of its clause (before it, else after); the name that
    opens its clause; the first name of its sentence; the first name of the sentence before,
    when its own opens on a pronoun. Sources and classifying names are skipped (module
    docstring)."""
    s, e = sentence_bounds(paragraph, figure.start, figure.end)
    c0, c1 = _segment(paragraph, s, e, figure, _CLAUSE_MARK)
    lo, hi = _segment(paragraph, c0, c1, figure, _COMMA)
    found = [n for n in _names(paragraph, lex) if c0 <= n.start and n.end <= c1]
    near = [
        n
        for n in found
        if lo <= n.start
        and n.end <= hi
        and not _overlaps(n, figure)
        and _words_between(paragraph, n, figure) <= SUBJECT_WORDS
        and not _another_figure_between(paragraph, n, figure)
        and not _next_clause(paragraph, n, figure)
        and not _credited(paragraph, n)
    ]
    while near:  # the nearest that names one thing, not a class ("LA wildfires")
        nearest = _nearest(near, figure, paragraph)
        settled = _settled(paragraph, nearest, found)
        if settled is not None:
            return settled
        near.remove(nearest)
    opening = _clause_subject(paragraph, c0, figure, found)
    if opening is not None and len(opening.names) > 1:
        return opening
    opening = opening or _sentence_subject(paragraph, s, figure, lex)
    if opening is not None:
        return _settled(paragraph, opening, found)
    return _previous(paragraph, s, lex) if _refers_back(paragraph, s) else None


_BACK = re.compile(r"[\"“‘]?(?:(?:the|this|that|its|their)\s+[a-z]+|it|they)\s+(?!of\b)[a-z]", re.I)
"""A sentence opening on a pronoun or a one-word definite noun phrase before its verb ("The
fire destroyed", "This fire", "It has", "The company said"): its subject is the thing the
sentence before it named."""


def _clause_subject(paragraph: str, c0: int, figure: Figure, found: list[Name]) -> Name | None:
    """A name that opens the figure's clause, before it ("The Palisades and Eaton fires, the
    largest of five, have burned over 27,000 acres"): the clause's grammatical subject, which
    an aside between commas separates from its figure. A name joined to it further on by
    "and" before the figure belongs to the subject too ("The Palisades Fire, located between
    Santa Monica and Malibu, and the Eaton Fire near Pasadena, are ... consuming 34,000
    acres")."""
    before = [n for n in found if n.end <= figure.start]
    for i, n in enumerate(before):
        if len(paragraph[c0 : n.start].split()) > 1:
            continue
        if _credited(paragraph, n):
            return None
        joined = [m for m in before[i + 1 :] if _AND_BEFORE.search(paragraph, c0, m.start)]
        return _group(paragraph, [n, *joined]) if joined else n
    return None


_AND_BEFORE = re.compile(r",\s+and\s+(?:the\s+)?\Z", re.I)
"""A name that comes after ", and (the)": the last member of a list."""


def _group(paragraph: str, group: list[Name]) -> Name:
    key = frozenset().union(*(n.key for n in group))
    names_ = tuple(sorted(n.names[0] for n in group))
    text = " and ".join(n.text for n in group)
    return Name(group[0].start, group[-1].end, text, key, names_)


def _sentence_subject(paragraph: str, s: int, figure: Figure, lex: Lexicon) -> Name | None:
    """The first name of the figure's sentence, before it: in English news the sentence's
    first name is most often its grammatical subject, and a figure later in the sentence
    belongs to it unless its own clause names another ("The news also raised doubts about
    Nvidia, whose hardware ..., and prompted a $600 million valuation tumble")."""
    for n in _names(paragraph, lex):
        if s <= n.start and n.end <= figure.start:
            if _credited(paragraph, n) or _classifies(paragraph, n):
                return None
            return n
    return None


def _refers_back(paragraph: str, start: int) -> bool:
    return start > 0 and _BACK.match(paragraph, start) is not None


def _previous(paragraph: str, start: int, lex: Lexicon) -> Name | None:
    """The first name of the sentence before ``start`` (a sentence's first name is most often
    its subject: "the Palisades Fire ... The fire destroyed"), skipping sources. When that
    sentence itself opens on a pronoun or a definite noun, its subject is the same thing
    carried on from further back, and its names stand after the verb as objects or places
    ("the Palisades Fire ... The fire destroyed homes in the Pacific Palisades ... The blaze
    is 95% contained": the blaze is the Palisades Fire, not the Pacific Palisades)."""
    s, _ = sentence_bounds(paragraph, max(0, start - 2), max(0, start - 1))
    if _refers_back(paragraph, s):
        return _previous(paragraph, s, lex)
    found = [n for n in _names(paragraph, lex) if s <= n.start and n.end <= start]
    found = [n for n in found if not _credited(paragraph, n) and not _classifies(paragraph, n)]
    return _settled(paragraph, found[0], found) if found else None


def _between(paragraph: str, name: Name | Figure, figure: Figure) -> str:
    """The text between a name (or another figure) and a figure, whichever comes first."""
    if name.end <= figure.start:
        return paragraph[name.end : figure.start]
    return paragraph[figure.end : name.start]


def _next_clause(paragraph: str, name: Name | Figure, figure: Figure) -> bool:
    """A name, or a year, after the figure with a conjunction between belongs to the next
    coordinated clause ("killed at least 24 people and left destruction in Los Angeles
    County"; "measured 7.0 and was the strongest since records began in 1952")."""
    if name.start < figure.end:
        return False
    return not _CONJUNCTIONS.isdisjoint(_between(paragraph, name, figure).lower().split())


def _another_figure_between(paragraph: str, name: Name, figure: Figure) -> bool:
    """A number stands between the name and the figure: the name belongs to that nearer
    figure ("136 seats in the 301-seat National Assembly")."""
    return any(map(str.isdigit, _between(paragraph, name, figure)))


def _words_between(paragraph: str, name: Name, figure: Figure) -> int:
    return len(_between(paragraph, name, figure).split())


def _segment(paragraph: str, s: int, e: int, figure: Figure, mark: re.Pattern[str]):
    """The stretch of ``paragraph[s:e]`` between the marks around the figure."""
    lo = s
    for m in mark.finditer(paragraph, s, figure.start):
        lo = m.end()
    after = mark.search(paragraph, figure.end, e)
    return lo, (after.start() if after else e)


def _nearest(found: list[Name], figure: Figure, paragraph: str) -> Name:
    """The name fewest words away, a conjunction between counting as a clause away; before
    the figure on a tie (the subject of its verb): "16 lives lost in the Eaton Fire and
    another nine in the Palisades Fire" gives nine to the Palisades Fire."""

    def distance(n: Name) -> tuple[int, bool]:
        words = _between(paragraph, n, figure).lower().split()
        apart = SUBJECT_WORDS if _CONJUNCTIONS.intersection(words) else 0
        return len(words) + apart, n.start > figure.start

    return min(found, key=distance)


_CONJUNCTIONS = frozenset({"and", "while", "but", "whereas", "or"})


def _settled(paragraph: str, name: Name, found: list[Name]) -> Name | None:
    """The name with the names it is joined to by "and", or None when it only classifies a
    plural noun after it ("LA wildfires")."""
    group = [name]
    for other in found:
        a, b = (group[-1], other) if other.start > group[-1].end else (other, group[0])
        if paragraph[a.end : b.start].lower() in _JOINERS and other not in group:
            group = sorted([*group, other], key=lambda n: n.start)
    if len(group) == 1 and _classifies(paragraph, name):
        return None
    whole = _group(paragraph, group)  # as written, from its first name to its last
    return Name(whole.start, whole.end, paragraph[whole.start : whole.end], whole.key, whole.names)


_AFTER = re.compile(r"\s+((?:[a-z][\w-]*\s+){0,2}?)([a-z][\w-]*)")


_LOCATES = re.compile(r"\b([A-Za-z]+s)\s+(?:in|across|from|of|[a-z]+ing)\s+(?:the\s+)?\Z")
"""A plural noun and a preposition or participle before a name: "wildfires in Los Angeles",
"tech stocks in the US", "the wildfires ravaging Los Angeles"."""


@lru_cache(maxsize=8192)
def _classifies(paragraph: str, name: Name) -> bool:
    """The name only classifies or locates a plural noun: it modifies one after it ("LA
    wildfires", "U.S. tech stocks", "AI models", up to two words between) or follows one
    and a preposition ("wildfires in Los Angeles"). A class of things is not one of them."""
    m = _AFTER.match(paragraph, name.end)
    if m and paragraph[name.end - 2 : name.end] not in ("'s", "’s") and looks_plural(m.group(2)):
        return True
    before = _LOCATES.search(paragraph, max(0, name.start - 40), name.start)
    return before is not None and looks_plural(before.group(1).lower())


_DATELINE = re.compile(r"[A-Z][A-Z .'-]{2,}\b[^—–\n]{0,60}?\s(?:—|–|--)\s")
"""A dateline: a place in capitals opening the first paragraph, up to its dash ("DASHIR —",
"ARDAN, Sarvistan (Northwire) —", "SAN FRANCISCO (AP) —")."""


def _dateline(paragraph: str, name: Name) -> bool:
    """The place a report was filed from, and the agency after it, are not what its figures
    belong to."""
    m = _DATELINE.match(paragraph)
    return m is not None and name.end <= m.end()


@lru_cache(maxsize=4096)  # asked once or more per figure; a paragraph's names, found once
def _names(paragraph: str, lex: Lexicon) -> tuple[Name, ...]:
    return tuple(n for n in names(paragraph, lex) if not _dateline(paragraph, n))


@lru_cache(maxsize=8192)  # asked of each name once per figure of its sentence
def _credited(paragraph: str, name: Name) -> bool:
    """The name is the source of a statement: a reporting verb right after it (past the rest
    of a title: "the County Coroner’s Office says"), or a crediting word right before it."""
    after = [w for w in paragraph[name.end : name.end + 60].split() if not w[:1].isupper()][:2]
    before = paragraph[max(0, name.start - 20) : name.start].split()[-1:]
    return any(base(w.strip(",.")) in _REPORTING for w in after) or any(
        base(w) in _CREDIT_BEFORE for w in before
    )


def _overlaps(name: Name, figure: Figure) -> bool:
    """The name is part of the figure, or the currency mark written after an amount ("$32
    billion US"): a short capitalised word right after a money figure."""
    if name.start < figure.end and figure.start < name.end:
        return True
    after = name.start - figure.end
    return figure.kind == "money" and 0 < after <= 1 and len(name.text) <= 3 and name.text.isupper()


def _as_of(paragraph: str, figure: Figure, days: Sequence[Figure]) -> str | None:
    """The day or date nearest the figure in its sentence, which dates the whole sentence
    ("227 on Saturday", "rose to 227, officials said Saturday")."""
    if not days or _is_when(figure):
        return None
    s, e = sentence_bounds(paragraph, figure.start, figure.end)
    return _nearest_of([f for f in days if s <= f.start < e], figure)


def _period(paragraph: str, figure: Figure, years: Sequence[Figure]) -> str | None:
    """The year of the figure's comma segment, after a preposition (which period or which
    earlier event): "In the 2021 election it won 112 seats", "since 1997, when more than
    200 people died", "In 1997, an earthquake ... killed 214 people"."""
    if not years or _is_when(figure):
        return None
    s, e = sentence_bounds(paragraph, figure.start, figure.end)
    lo, hi = _segment(paragraph, s, e, figure, _COMMA_OR_CLAUSE)
    if _RELATIVE.match(paragraph, lo):  # "since 1997, when more than 200 people died"
        before = replace(figure, start=lo - 1, end=lo - 1)
        lo, _ = _segment(paragraph, s, e, before, _COMMA_OR_CLAUSE)
    if _OPENING_YEAR.match(paragraph, s):
        lo = s  # "In 1997, an earthquake in the province killed 214 people"
    found = [
        f
        for f in years
        if lo <= f.start < hi
        and _WHEN.search(paragraph, max(0, f.start - 16), f.start)
        and not _next_clause(paragraph, f, figure)  # "measured 7.0 and was ... since 1952"
    ]
    return _nearest_of(found, figure)


def _is_when(figure: Figure) -> bool:
    """A day, date or year itself, which has no as-of or period of its own."""
    return figure.kind in TIME_KINDS or figure.kind == "year" or figure.unit in ("weekday", "date")


def _nearest_of(found: list[Figure], figure: Figure) -> str | None:
    return min(found, key=lambda f: abs(f.start - figure.start)).text if found else None


_RELATIVE = re.compile(r"\s*(?:when|which|during which|in which|after which)\b", re.I)
_WHEN = re.compile(
    r"\b(?:in|since|during|by|from|of|until|with|after|before|for)\s+(?:the\s+)?\Z", re.I
)
"""A preposition before a year that makes it the time of something ("in 2021", "since 1997",
"comparisons with the 1997 earthquake"); a year naming a thing ("the 2017 original model")
dates no figure."""
_OPENING_YEAR = re.compile(r"\s*(?:In|By|Since|During|Until|Back in)\s+(?:the\s+)?\d{4}\b")
"""A sentence opening "In 1997, ..." frames all of it in that year."""
_COMMA_OR_CLAUSE = re.compile(f",|{_CLAUSE_MARK.pattern}")
"""A comma or a clause mark: the bounds of a comma segment."""


def _is_change(paragraph: str, figure: Figure) -> bool:
    """ "an additional 1,000 acres", "1,000 more acres", "13 seats short of a majority",
    "a gain of 26 seats": a change or a difference, not a total."""
    before = paragraph[max(0, figure.start - 24) : figure.start].lower().split()[-2:]
    after = [w.strip(",.") for w in paragraph[figure.end : figure.end + 30].lower().split()[:2]]
    if paragraph[figure.end : figure.end + 1] == ",":
        after = []  # "71.2%, up from 64.8%": the aside tells how a level moved
    gain = figure.kind in _COUNTED and bool(_GAIN.intersection(before))
    return (
        gain
        or any(w in _CHANGE for w in before)
        or after[:1] == ["more"]
        or bool(_SHORT.intersection(after))
    )


def _unowned_part(paragraph: str, figure: Figure, subject: Name | None) -> bool:
    """A part of a group named before, given to no one of its own (see _PART); "five of the
    fatalities were linked to the Palisades fire" is that fire's total."""
    if figure.kind not in _COUNTED or subject is not None:
        return False
    after = _PART.match(paragraph, figure.end) is not None
    return (
        after or _INCLUDING.search(paragraph, max(0, figure.start - 16), figure.start) is not None
    )


_INCLUDING = re.compile(r"\b(?:including|among them|of whom|of which)\s+\Z", re.I)
"""A count introduced as some of the total just given ("46 reports of overheating,
including seven in which the fryer caught fire")."""


_PART = re.compile(r"\s+of\s+(?:the|them|those|these)\b(?![^.;:]{0,40}\d)", re.I)
"""A count of some of a group named before ("nine of the dead came from two families", "two
of them were children"): a part of that total, not a total of its own; a whole given by
number ("138 of the 301 seats") is a share, and stays a total of its owner."""


_SHORT = frozenset({"short", "shy", "fewer", "more", "up", "down"})
"""Words just after a count ("13 seats short", "26 seats more", "12 up") that make it a
difference."""


# --- Are two figures one quantity? ------------------------------------------------------


class Owners:
    """For each measure, the subjects each article gives it, with the values: whether a
    subject tells figures of that measure apart (see :func:`same_quantity`)."""

    def __init__(self, left: Sequence[Figure], right: Sequence[Figure]) -> None:
        self.sides = (_owners(left), _owners(right))

    def distinguishes(self, side: int, family: str | None) -> bool:
        """Whether article ``side`` (0 left, 1 right) gives the measure ``family`` different
        values for different subjects (no subject counting as one): then its subjects tell
        its figures of that measure apart, and a figure of another subject is another
        quantity. One value given twice, once with a name and once without, is one quantity
        mentioned twice, not two."""
        if family is None:
            return False
        given = self.sides[side].get(family, [])
        return any(
            not _same_owner(k1, k2) and v1 != v2
            for i, (k1, v1) in enumerate(given)
            for k2, v2 in given[i + 1 :]
        )

    def unnamed_differ(self, side: int, family: str | None) -> bool:
        """Whether article ``side`` gives the measure ``family`` two different values with no
        subject to either ("11% containment" and "15% contained" of two fires whose names
        the clauses leave out): which of them another outlet's figure states cannot be told."""
        values = {v for k, v in self.sides[side].get(family, []) if not k} if family else set()
        return len(values) > 1


def _owners(figures: Sequence[Figure]) -> dict[str, list[tuple[tuple[str, ...], tuple]]]:
    out: dict[str, list[tuple[tuple[str, ...], tuple]]] = {}
    for f in figures:
        family = measure_family(f)
        if family is not None and f.period is None and not f.change:
            # an earlier event's figure or a change tells nothing of whose a total is
            for key in filter(None, (family, action_of(f))):
                out.setdefault(key, []).append((f.subject_key, (f.value, f.high)))
    return out


def action_of(f: Figure) -> str | None:
    """What a count's measure says was done, whatever was counted ("destroyed" of "homes
    destroyed" and "structures destroyed"): an article that gives the same action different
    counts for different subjects ("thousands of homes" in one fire, "9,418 structures" in
    the other) splits the story's loss by subject, so each of its named counts is a part,
    never an unnamed total elsewhere."""
    words = (f.measure or "").split()
    if f.kind != "count" or len(words) != 2 or not words[1].endswith("ed"):
        return None  # a noun and a past participle: "homes destroyed", "people evacuated"
    return f"… {words[1]}"


def measure_family(f: Figure) -> str | None:
    """The measure as far as subjects are concerned: a quantity in a unit is one measure
    whatever verb acts on it (acres "burned", "consumed", "scorched" by a fire are one
    area); anything else is its measure."""
    if f.kind == "quantity" and f.unit:
        return f"{f.unit} {'change' if f.change else 'total'}"
    return f.measure


NEAR_FACTOR = 2.0
"""How far apart two values may be and still be one outlet's rounding or hedge of the
other's, when neither sentence says what they measure: "under $6 million" and "$5.6
million" (1.07). An open-ended hedge agrees with anything past it ("more than a third"
with 151), which says nothing about whether the two are one quantity."""


def _near(a: Figure, b: Figure) -> bool:
    """The figures' bounded spans (an open end replaced by the figure's own value) come
    within NEAR_FACTOR of each other."""
    (lo_a, hi_a), (lo_b, hi_b) = _bounded(a), _bounded(b)
    return lo_a <= hi_b * NEAR_FACTOR and lo_b <= hi_a * NEAR_FACTOR


def _bounded(f: Figure) -> tuple[float, float]:
    lo, hi = interval(f)
    value = abs(f.value or 0.0)
    lo = value if lo <= 0 or math.isinf(lo) else abs(lo)
    hi = value if math.isinf(hi) else abs(hi)
    return min(lo, hi), max(lo, hi)


def _unread(f: Figure) -> bool:
    """A figure written in Chinese, Japanese or Korean: the measure reader knows English
    words only, so for these the pairing keeps to the words around the figures (as before
    measures were read) rather than refusing every pair."""
    return f.measure is None and has_east_asian(f.text)


def _same_owner(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two subjects name one thing: both none; one name each, sharing a word ("Eaton Fire"
    and "the Eaton fire", "Wiz" and "Wiz's"); or the same group of names ("the Palisades and
    Eaton fires" is both fires, never the Eaton fire alone)."""
    if a == b:
        return True
    if len(a) != len(b) or not a:
        return False
    return all(any(_one_name(x, y) for y in b) for x in a) and all(
        any(_one_name(x, y) for x in a) for y in b
    )


def _one_name(a: str, b: str) -> bool:
    """Two names of one thing: they share a word ("Eaton Fire" and "Eaton")."""
    return not set(a.split()).isdisjoint(b.split())


def same_quantity(a: Figure, b: Figure, *, agree: bool, owners: Owners) -> bool:
    """Whether figure ``a`` (left article) and ``b`` (right article) can state one quantity of
    one thing. The rules, most telling first:

    * A change ("an additional 1,000 acres") and a total are never one quantity, nor are
      figures of different years or earlier events ("112 seats in 2021" against "138").
    * Two known measures must be the same measure (:func:`measure_family`). A day or date
      whose sentence does not say which event it dates pairs only with the same day: two
      outlets' "Thursday" in one story most often date its one event, and an equal pair
      says "same", never a conflict (a bare "Tuesday" against "Wednesday" may date two).
    * An unknown measure, or a bare rise or fall (:func:`_named`), is accepted only when
      the values agree and are near (NEAR_FACTOR): then the pair says
      "consistent", and a wrong guess costs the reader little; a conflict needs both
      measures known and equal.
    * Subjects that differ (two names, or a name against none) keep figures apart only where
      an article itself gives the measure to two subjects or more (no subject counting as
      one): there its subjects tell its figures apart ("five of the deaths in the Palisades
      fire" beside "the death toll rose to 16"). Where each article gives the measure to one
      subject, two names are two outlets' ways of naming the story's one thing ("Nintendo"
      and "the Switch 2" for its price, "Google" and "Wiz" for the deal), and a name against
      none adds nothing the other article had to say.
    * Two figures without a subject are one quantity unless an article gives their measure
      several values without saying whose (:meth:`Owners.unnamed_differ`) and the two
      differ: equal, they are most likely the one both report ("inflation slowed to 2.6% in
      October from 3.1%" beside "inflation, at 2.6 per cent"), and an equal pair can only
      say "same", never a false conflict (a hedge such as "just over 3%" agrees with too
      much to tell which).
    """
    if _unread(a) or _unread(b):
        return True
    if a.change != b.change or not _same_period(a, b, agree):
        return False
    if _elided_noun(a, b) and not (_one_owner(a, b) and counts_the_same(a, b)):
        return False  # a number whose noun is left out is a count of one named owner only
    if a.measure and b.measure and measure_family(a) != measure_family(b):
        return False
    if (
        not (_named(a) and _named(b))
        and not _one_count(a, b)
        and (not agree or not _near(a, b))
    ):
        return False
    family = measure_family(a if a.measure else b)
    if not a.subject_key and not b.subject_key:
        equal = (a.value, a.high) == (b.value, b.high)
        return equal or not (owners.unnamed_differ(0, family) or owners.unnamed_differ(1, family))
    if _same_owner(a.subject_key, b.subject_key):
        return True
    if a.subject_key and b.subject_key and len(a.subject_key) != len(b.subject_key):
        return False  # a group of names is several things, never one of them alone
    keys = (family, action_of(a if a.measure else b))
    return not any(owners.distinguishes(side, key) for side in (0, 1) for key in keys)


UNNAMED_CHANGES = frozenset({"increase", "decrease"})
"""The labeller's measures for a rise or fall whose clause names nothing that rose or fell
("dropped by about half a percentage point", "was down 0.7%")."""


def _named(f: Figure) -> bool:
    """The figure's measure says what it quantifies: a bare "decrease" says only that
    something fell, so two of them are one quantity only when their values agree, like two
    figures of no known measure (a cut in mortgage rates and a fall in fixed rates both
    "decrease" by a fraction of a point)."""
    return f.measure is not None and f.measure not in UNNAMED_CHANGES


def number_beside_count(a: Figure, b: Figure) -> bool:
    """A bare number beside a count: English drops a counted noun it has just named ("the
    Social Democrats were reduced to 79", "Green Left 31"), so the number may state what the
    count states (:func:`same_quantity` decides whether it does)."""
    number = a if a.kind == "number" else b
    return {a.kind, b.kind} == {"number", "count"} and number.unit is None


def _elided_noun(a: Figure, b: Figure) -> bool:
    """A bare number beside a count, neither measure saying they are one ("reduced to 79"
    beside "98 seats")."""
    return number_beside_count(a, b) and not (a.measure and b.measure)


def counts_the_same(a: Figure, b: Figure) -> bool:
    """The bare number of the two says nothing of what it counts, or names the count's noun
    ("the number of people burned has risen to 11" counts people, never "11 countries");
    two figures of one kind count the same as far as this asks."""
    if not number_beside_count(a, b):
        return True
    number, count = (a, b) if a.kind == "number" else (b, a)
    return number.measure is None or stem(count.unit or "") in map(stem, number.measure.split())


def _one_owner(a: Figure, b: Figure) -> bool:
    """Both figures name their owner, and it is one ("Green Left 31" beside "31 seats" for
    the Green Left): a bare number leaves out the noun it counts, and only a shared owner
    says it counts what the other article's count does."""
    return bool(a.subject_key) and _same_owner(a.subject_key, b.subject_key)


def _one_count(a: Figure, b: Figure) -> bool:
    """Two counts of one noun given to one named owner, with no verb to say more ("136 seats"
    and "138 of the 301 seats" of Civic Renewal): the noun and the owner say what is
    counted, so the two may disagree; for an unnamed owner a bare count ("230 buildings")
    may be built, damaged or destroyed, and stays a guess that must agree."""
    return (
        a.kind == b.kind == "count"
        and a.measure is None
        and b.measure is None
        and a.unit == b.unit
        and bool(a.subject_key)
        and _same_owner(a.subject_key, b.subject_key)
    )


def _same_period(a: Figure, b: Figure, agree: bool) -> bool:
    """The same period or event, or agreeing values where one is a quantity's previous value
    ("to 3.75% from 4.00%" beside "voted to keep the rate at 4.00%" is the rate before the
    cut either way): a previous value may be one outlet's only mention of what the other
    states plainly, but it never conflicts with the new value ("cut its forecast to 0.7% from
    1.0%" against another outlet's 0.7% is no disagreement)."""
    if a.period == b.period:
        return True
    return agree and PREVIOUS in (a.period, b.period)


def _display(text: str) -> str:
    """A subject as a reader names it: one line, no possessive ("Wiz’s" -> "Wiz")."""
    text = " ".join(text.split())
    return _POSSESSIVE_END.sub("", text)


_POSSESSIVE_END = re.compile(r"['’]s?$")


def fact_label(a: Figure, b: Figure | None = None) -> str | None:
    """A row or pair label naming what is measured and whose it is ("Eaton · acres burned"),
    from the figures' meanings; None when neither says what it measures."""
    measure = a.measure or (b.measure if b else None)
    if measure is None:
        return None
    subject = a.subject or (b.subject if b else None)
    return f"{subject} · {measure}" if subject else measure


def row_label(figures: Sequence[Figure]) -> str | None:
    """A fact-table row's label from its figures: the measure most of them read and, when
    more than half name one subject, that subject ("Eaton · acres burned"); None when none of
    them says what it measures."""
    measures = Counter(f.measure for f in figures if f.measure)
    if not measures:
        return None
    measure = measures.most_common(1)[0][0]
    named = [f for f in figures if f.subject_key]
    for f in named:
        n = sum(_same_owner(f.subject_key, g.subject_key) for g in named)
        if 2 * n > len(figures):
            return f"{f.subject} · {measure}"
    return measure


def as_of_note(a: Figure, b: Figure) -> str:
    """What a reader should know of two values given as of different days ("225 on Friday"
    against "227 on Saturday": a toll that rose between reports), or ""."""
    if a.as_of and b.as_of and a.as_of.lower() != b.as_of.lower():
        return f"; given as of {a.as_of} and {b.as_of}: it may have changed between reports"
    return ""
