"""Separate an article body from page furniture, with general rules about how pages are built.

Web pages saved as text mix the article with navigation, teasers for other stories, captions,
author bios, newsletter and donation prompts, share links and disclaimers. The cleaner works on
lines and decides in four passes, each with a reason a reader can check:

1. **Furniture patterns** (``FURNITURE``): lines whose *shape* says what they are, whatever the
   outlet - "Read more"/"Also read:"/"See also" teasers, "Advertisement", "Loading...",
   "Share", "Skip to content", bylines, timestamps, photo credits, newsletter/donation/follow
   prompts, "appeared first on" footers, calendars (lines with no word), tag lists, embedded
   social posts. Most patterns only apply to short lines, so body prose that happens to say
   "donate" or "subscribe" is safe.
2. **Summaries**: after a label such as "HIGHLIGHTS", "Key notes" or "In this post:", the bullet
   or one-sentence items that restate the body are dropped.
3. **The body run**: it starts at the first *strong* line (a sentence-like line of at least
   ``STRONG_MIN_WORDS`` words) and ends at the last sentence-like line before a *hard stop* (an
   author bio, "Read more", "Most read", "Related stories"...): what follows a hard stop is
   other stories. Before the body only the headline is kept (as the title); inside it, lines
   that are not prose are sub-headings or captions and are dropped; a final line cut off
   mid-sentence right after the body is kept (excerpts end mid-word).
4. **Repetition**: lines repeating the headline or an earlier paragraph are dropped, and so is
   a standfirst that the next paragraphs restate almost word for word.

Decisions: sub-headings inside the body ("Did DeepSeek train its AI with OpenAI models?") are
dropped - they label paragraphs rather than state facts, and would only add unmatched one-line
blocks to the alignment. Embedded social-media posts are dropped as quoted furniture. Bullet
markers are removed and whitespace runs collapse to one space (no other character changes).

Every dropped line is kept in ``CleanedText.dropped``, in page order.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from storydiff.core import cjk

STRONG_MIN_WORDS = 12
"""Words a sentence-like line needs to start the body. Tuned on the seeds and corpora: every
real opening paragraph has 14+ words, while captions ("DeepSeek AI running on an iPhone."),
datelines and credit lines have fewer."""

LONG_LINE_WORDS = 20
"""A line this long is prose even without final punctuation (an extraction that lost the full
stop, or a paragraph cut off); shorter unpunctuated lines inside the body are headings."""

HEADING_MAX_LOWER_RATIO = 0.5
"""A short unpunctuated line is a heading when fewer than half its words start in lowercase
(Title Case), or when it has at most ``SHORT_HEADING_WORDS`` words whatever its case."""

SHORT_HEADING_WORDS = 10

TRUNCATED_MIN_WORDS = 5
"""The last line of a file, right after the body and cut off mid-sentence, is kept when it has
this many words ("In a Tuesday conference call, Google"); a lone name or label is not."""

NEAR_DUPLICATE_RATIO = 90
"""rapidfuzz ratio (0-100) above which two lines say the same thing: a standfirst restated by the
body differs in a word or two (94.7 on the almayadeen standfirst), while distinct paragraphs
of one article score well under 70."""

SUMMARY_MATCH_RATIO = 85
"""rapidfuzz partial_ratio for a summary item found again in a later, longer body line (the
HIGHLIGHTS items of the Digit seed score 93-100)."""

MAX_SUMMARIES = 3
"""Summary labels examined per page: a page has one summary box near the top, and each label
costs fuzzy matching against the following lines, so a pathological page cannot make it slow."""

REPEAT_WINDOW = 12
"""How many earlier kept lines a line is compared with for near-duplicates: page artefacts
repeat nearby, and the window bounds the cost on very long files."""

TITLE_MAX_WORDS = 30
CAPS_WORDS_MAX_RATIO = 0.4
"""A line with more ALL-CAPS words than this is a promo banner, not a headline."""

TITLE_REPEAT_BONUS = 0.5
"""Added to a headline candidate's score when the page shows it more than once."""

_TERMINAL = ".!?…。！？؟۔।"
_CLOSERS = "\"'”’»)]*」』）》"
_BULLET = re.compile(r"^(?:[-*•·▪►‣◦–—]|\d{1,2}[.)](?=\s+\D))\s+")
_DATE_STAMP = re.compile(r"^(date \d{4}-\d{2}-\d{2})\b\s*")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_STOPWORDS_TEXT = (
    "the a an and or of to in on for with at by from as is are was were be been it its this "
    "that these those has have had not but into over after about than their his her they we you "
    "will would can could may new says said")
_STOPWORDS = frozenset(_STOPWORDS_TEXT.split(" "))
"""Words too common to tell a headline from a site name when matched against the body."""



def _rx(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return re.compile(pattern, flags)


@dataclass(frozen=True)
class _Rule:
    """One kind of furniture: a pattern, and the longest line (in words) it may claim."""

    reason: str
    pattern: re.Pattern[str]
    max_words: int = 12
    hard_stop: bool = False
    """After the body has started, this line ends it: what follows is other stories."""


FURNITURE: tuple[_Rule, ...] = (
    _Rule("skip link", _rx(r"^skip to (main |the )?(content|navigation|main|article)")),
    _Rule("teaser label", _rx(
        r"^(read more|more stories|more from\b.*|you (may|might) (also )?like|most "
        r"(read|popular|viewed|shared)|related (articles?|stories|posts|news|coverage)|"
        r"(top|latest|trending) (stories|news|now)|editor'?s (choice|picks)|"
        r"recommended (stories|articles|for you)|popular (posts|stories)|about the author|"
        r"(\d+ )?comments?|leave a (comment|reply))\s*[:.…]*$"), 8, hard_stop=True),
    _Rule("recommendation label", _rx(
        r"^(recommended( videos)?|watch( now)?|trending|related|"
        r"news|headlines|news headlines|sponsored( content)?)\s*:?$"), 4),
    _Rule("teaser", _rx(
        r"^(also read|read also|see also|read|related|more|watch|listen|read next|must read|"
        r"don'?t miss|recommended|trending|related story|related article)\s*[:|–—-]\s*\S"), 40),
    _Rule("teaser", _rx(r"^see also\s+\S"), 40),
    _Rule("advertisement", _rx(
        r"^(advertisement|advert|ad|sponsored|story continues below( advertisement)?|"
        r"scroll to continue( with content)?)$")),
    _Rule("placeholder", _rx(r"^loading\b.*?(\.\.\.|…)?$"), 8),
    _Rule("share link", _rx(
        r"^(share|share (this|the) (article|story|post|page)|share link|share on \w+|copy link|"
        r"tweet|email|print|whatsapp|facebook|twitter|linkedin|reddit)\s*:?$"), 5),
    _Rule("social prompt", _rx(
        r"^(connect with us|follow us\b)|\bfollow (the )?[\w&' .-]{1,40} on (facebook|twitter|x|"
        r"instagram|linkedin|threads|bluesky|google news|youtube|telegram|whatsapp)\b"), 40),
    _Rule("newsletter prompt", _rx(
        r"\b(sign up|subscribe)\b.{0,60}\b(newsletter|inbox|updates|alerts)\b|"
        r"\bnewsletter\b.{0,40}\b(sign up|subscribe)\b|\bin your inbox\b|"
        r"^subscribe( now| today| to\b.*)?$|^sign up\b.{0,40}$"), 30),
    _Rule("donation prompt", _rx(
        r"\b(make|making) a (small |one-time |monthly |tax-deductible )?(donation|contribution)"
        r"\b|\b(donate|contribute) (now|today)\b|\bsupport (our|independent|local) journalism\b"
        r"|\bbecome a (member|patron|supporter|subscriber)\b"), 60),
    _Rule("disclaimer", _rx(r"^disclaimer\b"), 400),
    _Rule("affiliate disclosure", _rx(
        r"\baffiliate (links?|commission)|\bcommission if you (buy|purchase|click)|"
        r"\bdisclosure (page|policy)|\bwe may (earn|get|receive) (a )?(small )?commission"), 60),
    _Rule("syndication footer", _rx(r"\bappeared first on\b"), 60),
    _Rule("syndication footer", _rx(
        r"^(this (article|story|post) )?(was )?(first|originally) (published|appeared|posted) "
        r"(by|in|on|at)\b"), 25),
    _Rule("photo credit", _rx(
        r"^(photo|image|picture|video|graphic)( credits?)?\s*[:|]|^(photo|image) (credit|courtesy)"
        r"s?\b|\b(getty images|shutterstock|afp via getty|ap photo)\b|^credits?\s*:"), 30),
    _Rule("photo credit", _rx(r"(^|[.!?] )[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3} ?/ ?[A-Z][\w&.' -]"
                              r"{1,40}$", 0), 40),
    _Rule("reading time", _rx(r"\b\d+\s*(min\.?|mins\.?|minutes?) read\b|^reading time\b"), 10),
    _Rule("timestamp", _rx(
        r"^(date posted|posted( on)?|published( on)?|updated( on)?|last updated( at| on)?)\s*:"
        r"|^(published|updated|posted) (on )?(\w+ \d{1,2}, \d{4}|\d{4}-\d{2}-\d{2})"), 14),
    _Rule("timestamp", _rx(r"^(date )?\d{4}-\d{2}-\d{2}\b"), 8),
    _Rule("byline", _rx(r"^[Bb]y [A-Z][\w.'’-]+( [A-Z][\w.'’-]+){0,3}(,? (and|&) [A-Z][\w.'’-]+"
                        r"( [A-Z][\w.'’-]+){0,3})?(\s*[,|].*)?$", 0), 12),
    _Rule("logo", _rx(r"^(.{1,40} )?logo$"), 6),
    _Rule("author profile", _rx(
        r"\bview (full )?profile\b|\ball (posts|articles|stories) by\b|"
        r"\bmore (articles|stories|posts) (by|from)\b"), 60, hard_stop=True),
    _Rule("promotion", _rx(
        r"\bdownload now\b|\bcheat sheet\b|\bsign up now\b|\bclick here\b|\blimited time offer\b|"
        r"\bfree trial\b|\bget the app\b"), 30),
    _Rule("copyright", _rx(r"^(©|copyright\b|\(c\) \d{4})|\ball rights reserved\b"), 40),
    _Rule("embedded post", _rx(
        r"\(@\w{1,30}\)\s*(on )?\w+ \d{1,2},? \d{4}$|\bpic\.twitter\.com/\w+"), 200),
    _Rule("breadcrumb", _rx(r"^home\s*([›»>/|]|\s+[A-Z][\w]*\s+[A-Z])", 0), 30),
    _Rule("tag list", _rx(r"^(tags|topics|filed under|categories|keywords)\s*:"), 40),
    _Rule("tag list", _rx(r"^[a-z0-9][\w-]*( [\w-]+){0,2}(, [a-z0-9][\w-]*( [\w-]+){0,2}){2,}$",
                          0), 40),
    _Rule("dateline", _rx(r"^[A-Z][A-Z .,'-]{2,40}$", 0), 4),
)
"""Furniture by line shape. ``max_words`` keeps each pattern off real paragraphs; 0 flags make
a pattern case-sensitive where capitals carry the meaning (names, bylines)."""

SUMMARY_LABEL = _rx(
    r"^(highlights|key (notes|points|takeaways|facts)|in this (post|article|story)|summary|"
    r"tl;? ?dr|at a glance|what you need to know|quick read|story highlights)\s*:?$")
"""Labels of a bullet summary that repeats the article ("HIGHLIGHTS", "In this post:")."""

BIO = _rx(r"^(?:[A-Z][\w'’.-]+ ){1,3}(?:is|was) (?:an?|the) (?:[\w-]+ ){0,6}(?i:writer|reporter|"
          r"editor|journalist|correspondent|contributor|columnist|author|producer|analyst|"
          r"intern)s?\b|^(?i:(?:[\w-]+ ){0,4}(?:writer|reporter|editor|journalist) by day)\b", 0)
"""An author bio: "Fionna Agomuoh is a Computing Writer at ...", "Tech news writer by day"."""

NAME_LINE = _rx(r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}$", 0)


@dataclass(frozen=True)
class CleanedText:
    """The result of cleaning: headline, body paragraphs, and every dropped line."""

    title: str
    paragraphs: tuple[str, ...]
    dropped: tuple[str, ...]


@dataclass(frozen=True)
class _Line:
    """One non-blank line of the page, with the shape features the rules look at."""

    text: str
    """Whitespace collapsed, bullet marker removed: what a paragraph would hold."""
    shown: str
    """Whitespace collapsed, as on the page: what ``dropped`` records."""
    block: int
    bullet: bool = False

    @property
    def words(self) -> list[str]:
        return cjk.words(self.text)

    @property
    def terminal(self) -> bool:
        """Ends like a sentence: . ! ? or an ellipsis, maybe followed by closing quotes."""
        core = self.text.rstrip(_CLOSERS)
        return bool(core) and core[-1] in _TERMINAL

    @property
    def lower_ratio(self) -> float:
        """Share of words starting with a letter that are not capitalised. A letter of a
        script without case (Chinese, Arabic, Hebrew, Hindi) counts as lower case: those
        lines are prose or not by their other features."""
        words = [w for w in self.words if w[:1].isalpha()]
        return sum(w[0].islower() or _caseless(w[0]) for w in words) / len(words) if words else 0.0

    @property
    def sentence_like(self) -> bool:
        """A sentence: terminal punctuation and a lowercase word, or a lead-in ending in ':'."""
        if self.terminal:
            return self.lower_ratio > 0
        n = len(self.words)
        return self.text.endswith(":") and n >= 5 and self.lower_ratio >= 0.5

    @property
    def prose(self) -> bool:
        return self.sentence_like or len(self.words) >= LONG_LINE_WORDS

    @property
    def heading(self) -> bool:
        """A short unpunctuated line (or short question) between paragraphs: a sub-heading."""
        n = len(self.words)
        if self.text.endswith("?") and n <= 12 and not any(q in self.text for q in "\"“”"):
            return True
        if self.prose:
            return False
        return n <= SHORT_HEADING_WORDS or self.lower_ratio < HEADING_MAX_LOWER_RATIO


def _caseless(char: str) -> bool:
    """A letter of a script without upper and lower case (Chinese, Japanese, Arabic, Hebrew,
    Hindi): the case rules, written for Latin, Greek and Cyrillic text, cannot read it."""
    return char.isalpha() and not (char.islower() or char.isupper() or char.istitle())


def _split_lines(raw: str) -> list[_Line]:
    """Non-blank lines with their blank-line block number; hard-wrapped blocks are rejoined."""
    blocks: list[list[str]] = [[]]
    for line in raw.splitlines():
        shown = " ".join(line.split())
        if not shown:
            if blocks[-1]:
                blocks.append([])
            continue
        stamp = _DATE_STAMP.match(shown)
        if stamp and stamp.end() < len(shown):
            blocks[-1] += [stamp.group(1), shown[stamp.end():]]
        else:
            blocks[-1].append(shown)
    out: list[_Line] = []
    for number, block in enumerate(b for b in blocks if b):
        for shown in [" ".join(block)] if _hard_wrapped(block) else block:
            marker = _BULLET.match(shown)
            text = shown[marker.end():] if marker else shown
            out.append(_Line(text, shown, number, bullet=bool(marker)))
    return out


WRAP_MIN_CHARS, WRAP_MAX_CHARS, WRAP_SPREAD = 40, 100, 30
"""A block is hard-wrapped text (a .txt saved at a fixed width) when all its lines but the last
are 40-100 characters long, within 30 characters of each other, and mostly end mid-sentence.
Web extractions put a paragraph on one line, so their blocks never look like this."""


def _hard_wrapped(block: Sequence[str]) -> bool:
    body = block[:-1]
    if not body or any(_BULLET.match(line) for line in block):
        return False
    if len(block) == 2 and not block[1][:1].islower():
        return False  # two lines are too little evidence unless the second continues the first
    lengths = [len(line) for line in body]
    if min(lengths) < WRAP_MIN_CHARS or max(lengths) > WRAP_MAX_CHARS:
        return False
    open_ended = sum(line.rstrip(_CLOSERS)[-1:] not in _TERMINAL for line in body)
    return max(lengths) - min(lengths) <= WRAP_SPREAD and open_ended * 2 >= len(body)


def _furniture_reason(line: _Line) -> str | None:
    """Why this line is page furniture by its shape alone, or None."""
    n = len(line.words)
    if not any(len(w) >= 2 for w in _WORD.findall(line.text)):
        return "no words"  # calendars, arrows, page numbers, lone symbols
    for rule in FURNITURE:
        if n <= rule.max_words and rule.pattern.search(line.text):
            return rule.reason
    return None


def _hard_stop(lines: Sequence[_Line], i: int) -> bool:
    """A line after which the page shows other stories: a bio, "Read more", "Most read"..."""
    n = len(lines[i].words)
    if any(r.hard_stop and n <= r.max_words and r.pattern.search(lines[i].text)
           for r in FURNITURE):
        return True
    if not BIO.search(lines[i].text):
        return False
    neighbours = [lines[j].text for j in (i - 1, i + 1) if 0 <= j < len(lines)]
    return any(NAME_LINE.match(t) for t in neighbours)


def _single_sentence(text: str) -> bool:
    return re.search(r"[.!?][\"”’]? [A-Z]", text) is None


def _mark_summaries(lines: Sequence[_Line], marks: list[str | None]) -> None:
    """Drop a labelled summary ("HIGHLIGHTS", "Key notes") whose items the body restates."""
    has_prose = [False] * (len(lines) + 1)
    for i in range(len(lines) - 1, -1, -1):
        has_prose[i] = has_prose[i + 1] or (not lines[i].bullet and _strong(lines[i], None))
    labels = [i for i, line in enumerate(lines) if SUMMARY_LABEL.match(line.text)]
    for i in labels[:MAX_SUMMARIES]:
        marks[i] = "summary label"
        for j in range(i + 1, len(lines)):
            item = lines[j]
            restates = item.sentence_like and _single_sentence(item.text) and _restated(lines, j)
            if not (restates or (item.bullet and has_prose[j + 1])):
                break
            marks[j] = "summary"


def _restated(lines: Sequence[_Line], j: int) -> bool:
    """Whether a later, longer line contains this one's wording (a summary item)."""
    text = lines[j].text
    later = (ln.text for ln in lines[j + 1:j + 40] if len(ln.text) > len(text))
    return any(fuzz.partial_ratio(text, t, score_cutoff=SUMMARY_MATCH_RATIO) for t in later)


def _strong(line: _Line, mark: str | None) -> bool:
    return mark is None and line.sentence_like and len(line.words) >= STRONG_MIN_WORDS


def _body_bounds(lines: Sequence[_Line], marks: Sequence[str | None]) -> tuple[int, int, int]:
    """(start, end, stop): body lines are start..end inclusive; ``stop`` is the hard stop."""
    start = next((i for i, ln in enumerate(lines) if _strong(ln, marks[i]) and not ln.bullet),
                 None)
    if start is None:
        start = next((i for i, ln in enumerate(lines) if _strong(ln, marks[i])), None)
    if start is None:
        return -1, -1, len(lines)
    stop = next((i for i in range(start + 1, len(lines)) if _hard_stop(lines, i)), len(lines))
    end = max(i for i in range(start, stop) if marks[i] is None and lines[i].prose)
    last = len(lines) - 1
    if end + 1 == last < stop and marks[last] is None and _truncated(lines[last]):
        end = last
    return start, end, stop


def _truncated(line: _Line) -> bool:
    """A final line cut off mid-sentence (the excerpt ends mid-word), not a label or name."""
    return (not line.terminal and len(line.words) >= TRUNCATED_MIN_WORDS
            and line.lower_ratio > 0 and not line.text.endswith(":"))


def _headline_like(line: _Line, mark: str | None) -> bool:
    words = line.words
    caps = sum(len(w) > 1 and w.isupper() and w.isalpha() for w in words)
    first = line.text[:1]
    return (mark is None and not line.bullet and 3 <= len(words) <= TITLE_MAX_WORDS
            and not line.text.rstrip(_CLOSERS).endswith(".") and not line.text.endswith(":")
            and (first.isupper() or first.isdigit() or first in "\"'“‘「『" or _caseless(first))
            and caps <= CAPS_WORDS_MAX_RATIO * len(words))


def _content_words(text: str) -> set[str]:
    words = (w.lower().rstrip("’'s") for w in _WORD.findall(text))
    found = {w for w in words if len(w) >= 3 and w not in _STOPWORDS}
    return found.union(cjk.run_bigrams(text)) if cjk.has_cjk(text) else found


def _pick_title(lines: Sequence[_Line], candidates: Sequence[int], body: set[str]) -> int | None:
    """The candidate sharing most words with the body (headlines summarise the story);
    a line the page repeats gets a bonus; ties go to the earlier line."""
    seen: dict[str, int] = {}
    for line in lines:
        seen[line.text.casefold()] = seen.get(line.text.casefold(), 0) + 1
    best, best_score = None, -1.0
    for i in candidates:
        words = _content_words(lines[i].text)
        score = len(words & body) / len(words) if words else 0.0
        score += TITLE_REPEAT_BONUS if seen[lines[i].text.casefold()] > 1 else 0.0
        if score > best_score:
            best, best_score = i, score
    return best


def _drop_repeats(lines: Sequence[_Line], keep: list[int], title: str,
                  marks: list[str | None]) -> list[int]:
    """Remove repeats of the title or of earlier paragraphs, and a restated standfirst."""
    keep = list(keep)
    if len(keep) > 1 and any(fuzz.ratio(lines[keep[0]].text, lines[j].text,
                                        score_cutoff=NEAR_DUPLICATE_RATIO) for j in keep[1:4]):
        marks[keep[0]] = "standfirst restated by the body"
        keep = keep[1:]
    out: list[int] = []
    seen = {title.casefold()} if title else set()
    for i in keep:
        key = lines[i].text.casefold()
        recent = [lines[j].text for j in out[-REPEAT_WINDOW:]]
        if key in seen or any(fuzz.ratio(lines[i].text, t, score_cutoff=NEAR_DUPLICATE_RATIO)
                              for t in recent):
            marks[i] = "repeat"
            continue
        seen.add(key)
        out.append(i)
    return out


def clean_text(raw: str, *, title_hint: str = "",
               furniture: Collection[str] = frozenset()) -> CleanedText:
    """Split raw page text into title, body paragraphs and dropped furniture.

    ``title_hint`` is a headline known from markup (HTML <h1>/<title>); ``furniture`` holds
    lines known to be furniture from markup (text of <nav>, <footer>...).

    >>> c = clean_text("Skip to content\\n\\nGoogle buys Wiz\\n\\n"
    ...                "Google agreed on Tuesday to buy the security firm Wiz for $32 billion."
    ...                "\\n\\nAdvertisement\\n\\nRead more")
    >>> c.title, c.dropped
    ('Google buys Wiz', ('Skip to content', 'Advertisement', 'Read more'))
    >>> c.paragraphs
    ('Google agreed on Tuesday to buy the security firm Wiz for $32 billion.',)
    """
    lines = _split_lines(raw)
    marks = [("page furniture" if ln.shown in furniture else _furniture_reason(ln)) for ln in lines]
    _mark_summaries(lines, marks)
    start, end, stop = _body_bounds(lines, marks)
    if start < 0:
        return _fallback(lines, marks, title_hint)
    keep = [i for i in range(start, end + 1)
            if marks[i] is None and (not lines[i].heading or i == len(lines) - 1 > start)]
    body_words = set().union(*(_content_words(lines[i].text) for i in keep[:6]))
    title = title_hint
    if not title:
        before = [i for i in range(start) if _headline_like(lines[i], marks[i])]
        after = [i for i in range(end + 1, stop) if _headline_like(lines[i], marks[i])
                 and lines[i].lower_ratio < HEADING_MAX_LOWER_RATIO]
        chosen = _pick_title(lines, before or after[:1], body_words)
        title = lines[chosen].text if chosen is not None else ""
    keep = _drop_repeats(lines, keep, title, marks)
    return _assemble(lines, keep, title)


def _fallback(lines: Sequence[_Line], marks: Sequence[str | None], title_hint: str) -> CleanedText:
    """No line looks like article prose (a short note, a list): keep every non-furniture line."""
    keep = [i for i, m in enumerate(marks) if m is None]
    title = title_hint
    if not title and len(keep) > 1 and _headline_like(lines[keep[0]], None):
        title, keep = lines[keep[0]].text, keep[1:]
    return _assemble(lines, keep, title)


def _assemble(lines: Sequence[_Line], keep: Sequence[int], title: str) -> CleanedText:
    kept = set(keep)
    paragraphs = tuple(lines[i].text for i in keep)
    dropped: list[str] = []
    title_seen = False
    for i, line in enumerate(lines):
        if i in kept:
            continue
        if not title_seen and title and line.text == title:
            title_seen = True  # the headline itself is the title, not a dropped line
            continue
        dropped.append(line.shown)
    return CleanedText(title, paragraphs, tuple(dropped))
