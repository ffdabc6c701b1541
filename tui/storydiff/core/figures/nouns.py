"""The noun a number counts: "2,048 Nvidia H800 chips" -> "chips", "400 million weekly active
users" -> "weekly active users", "24 people" -> "people".

No tagger: the noun phrase is the run of words after the number up to the first plural-looking
word (the head), stopping at function words, verbs and punctuation. Capitalised words and
names with digits are part of the phrase but not of the label ("Nvidia H800 chips" -> "chips"),
so two outlets that name the maker differently still count the same thing.
"""

from __future__ import annotations

from storydiff.core.figures.tokens import Token

MAX_NOUN_WORDS = 4
"""Longest phrase searched for the head noun; "400 million weekly active users" needs 3."""

STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "as",
        "and",
        "or",
        "but",
        "nor",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "said",
        "says",
        "say",
        "told",
        "tells",
        "than",
        "then",
        "per",
        "this",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "your",
        "it",
        "they",
        "he",
        "she",
        "we",
        "i",
        "you",
        "not",
        "no",
        "also",
        "more",
        "most",
        "less",
        "so",
        "such",
        "if",
        "when",
        "while",
        "after",
        "before",
        "since",
        "until",
        "because",
        "about",
        "into",
        "over",
        "under",
        "up",
        "down",
        "out",
        "off",
        "what",
        "where",
        "how",
        "all",
        "some",
        "any",
        "each",
        "every",
        "just",
        "only",
        "even",
        "still",
        "yet",
        "very",
        "too",
        "here",
        "there",
        "now",
        "ago",
        "last",
        "next",
        "first",
        "second",
        "third",
        "other",
        "another",
        "same",
        "own",
        "both",
        "either",
        "neither",
        "whether",
        "again",
        "further",
        "once",
        "among",
        "between",
        "during",
        "through",
        "without",
        "within",
        "across",
        "against",
        "toward",
        "towards",
        "upon",
        "around",
        "percent",
        "cent",
    ]
)
"""Words that end a noun phrase (or cannot start one)."""

IRREGULAR_PLURALS = frozenset(
    {
        "people",
        "children",
        "men",
        "women",
        "police",
        "staff",
        "personnel",
        "cattle",
        "teeth",
        "mice",
        "geese",
        "data",
        "media",
        "criteria",
        "crew",
        "troops",
        "fish",
        "sheep",
        "deer",
        "aircraft",
        "offspring",
        "feet",
        "employees",
    }
)
"""Plural heads that do not end in a plain "s"."""

NOT_PLURAL_ENDINGS = ("ss", "us", "is", "ous", "ics", "'s", "’s")


def counted_noun(tokens: list[Token], k: int, value: float) -> tuple[str, str] | None:
    """(label, head) of the phrase the number at ``k`` counts, or None.

    For 1 (or less) the first noun-like word is the head ("one company"); for more, the
    first plural-looking word within MAX_NOUN_WORDS.
    """
    words: list[Token] = []
    j = k
    while j < len(tokens) and len(words) < MAX_NOUN_WORDS:
        tok = tokens[j]
        if tok.text == "-" and not tok.space_before and words:
            j += 1
            continue
        if tok.kind == "num" and not tok.space_before and words:
            words.append(tok)  # "H800" in "Nvidia H800 chips"
            j += 1
            continue
        if tok.kind != "word" or tok.lower in STOP or (words == [] and _verbish(tok)):
            break
        words.append(tok)
        if value > 1 and _plural(tok):
            return _wider_class(tokens, j + 1, value) or (_label(words), head_word(tok))
        if value <= 1 and not tok.text[0].isupper():
            return _label(words), head_word(tok)
        if _verbish(tok):
            break
        j += 1
    return None


def _wider_class(tokens: list[Token], j: int, value: float) -> tuple[str, str] | None:
    """The class named after "and other" / "or other": "9,418 homes and other structures"
    counts structures, homes being some of them ("schools and other buildings", "cars or
    other vehicles"), so the count is of the wider class."""
    words = [t.lower for t in tokens[j : j + 2]]
    if words in (["and", "other"], ["or", "other"]):
        return counted_noun(tokens, j + 2, value)
    return None


def _plural(tok: Token) -> bool:
    word = tok.lower
    if word in IRREGULAR_PLURALS:
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith(NOT_PLURAL_ENDINGS)


def _verbish(tok: Token) -> bool:
    """Past tenses and -ly adverbs after a number end the phrase ("24 people died", but
    "weekly" is kept: adjectives in -ly before a plural are common in counts)."""
    return tok.lower.endswith("ed") and len(tok.lower) > 4


def head_word(tok: Token) -> str:
    return tok.lower.replace("’", "'")


def _label(words: list[Token]) -> str:
    """The phrase without names: lower-case words only ("Nvidia H800 chips" -> "chips")."""
    kept = [w.lower for w in words if w.kind == "word" and not w.text[0].isupper()]
    return " ".join(kept) if kept else words[-1].lower
