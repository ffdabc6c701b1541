"""Bytes that are not valid UTF-8: keep them UTF-8 with the bad bytes replaced, or read the
whole file in a legacy encoding, and record which (the loader words the notice).

A file is read in a legacy encoding (windows-1252, windows-1251, Shift JIS...) only when
nothing says it was written as UTF-8 and the whole file reads naturally in that encoding.
Otherwise it stays UTF-8 and each bad byte becomes U+FFFD (shown as ``�``), counted, so the
text a person reads is the file's own text and never a guess made without a word.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from dataclasses import dataclass

from charset_normalizer import from_bytes

LATIN_CODEPAGES = frozenset({
    "cp1250", "cp1252", "cp1254", "cp1257", "cp1258", "latin_1", "iso8859_2", "iso8859_3",
    "iso8859_4", "iso8859_9", "iso8859_10", "iso8859_13", "iso8859_14", "iso8859_15",
    "iso8859_16", "mac_latin2", "mac_roman", "mac_iceland", "mac_turkish", "cp437", "cp775",
    "cp850", "cp852", "cp858", "cp865"})
"""Single-byte Latin code pages. charset-normalizer cannot tell them apart on a short English
page (it guessed cp1250 and cp852 for cp1252 test text, turning "à" into "ŕ"); when it lands
on one of them and the bytes are valid windows-1252, windows-1252 is used, as browsers do for
any Latin-1 label (WHATWG Encoding Standard)."""

MAX_REPLACED_SHARE = 0.01
"""Largest share of a file's bytes that may be replaced while it still counts as damaged
UTF-8. A damaged article has a handful of bad bytes (a bad transfer, a cut multi-byte
character); a file where more than 1 byte in 100 is unreadable in every encoding is not text
storydiff can show honestly, and a screen of ``�`` would mislead, so it is refused."""

_ESCAPED = re.compile("[\udc80-\udcff]")
"""Bytes that ``surrogateescape`` kept aside: one lone surrogate per byte that is not UTF-8."""

_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")


@dataclass(frozen=True)
class Decoded:
    """A file's text and how it was read."""

    text: str
    encoding: str
    """Python's name of the codec used ("utf-8", "cp1252", "cp1251", "cp932"...)."""
    replaced: int = 0
    """Bytes that were not valid in ``encoding`` and are shown as U+FFFD."""


def display_name(codec: str) -> str:
    """The name people know an encoding by: "windows-1252" for Python's "cp1252"."""
    if re.fullmatch(r"cp125\d", codec):
        return f"windows-{codec[2:]}"
    return codec


def decode_text(data: bytes) -> Decoded | None:
    """``data`` as text (UTF-8, damaged UTF-8 or a legacy encoding), or None if nothing fits."""
    raw = data.decode("utf-8", errors="surrogateescape")
    bad = len(_ESCAPED.findall(raw))
    if not bad:
        return Decoded(raw, "utf-8")
    written_as_utf8 = sum(ord(ch) > 0x7F for ch in raw) - bad >= bad
    if not written_as_utf8 and (legacy := _legacy(data)) is not None:
        return legacy
    if bad > MAX_REPLACED_SHARE * len(data):
        return None
    return Decoded(_ESCAPED.sub("\ufffd", raw), "utf-8", bad)


def _legacy(data: bytes) -> Decoded | None:
    """The whole file in the encoding charset-normalizer finds, if it reads naturally."""
    best = from_bytes(data).best()
    if best is None:
        return None
    encoding, text = best.encoding, str(best)
    if encoding in LATIN_CODEPAGES:
        with contextlib.suppress(UnicodeDecodeError):
            encoding, text = "cp1252", data.decode("cp1252")
    return Decoded(text, encoding) if reads_naturally(text) else None


def reads_naturally(text: str) -> bool:
    """True when every stretch of non-ASCII characters is one a real text would have.

    In a Latin-script text, accented letters sit in words with plain letters ("café",
    "Straße"), or stand alone as a one-letter word ("à"); typographic marks (quotes, dashes,
    currency signs) come alone or in twos and threes. Words of Cyrillic, Greek, Hebrew,
    Arabic or CJK letters are whole words of their own script. A run of several accented
    Latin letters touching no plain letter ("ÿþÃ") is what bytes of another encoding, or
    damaged UTF-8, look like when read in the wrong code page."""
    for run in _NON_ASCII_RUN.finditer(text):
        chars = run.group()
        latin = sum(ch.isalpha() and _is_latin(ch) for ch in chars)
        if latin > 1 and not _touches_letter(text, run.start(), run.end()):
            return False
        if not any(ch.isalpha() for ch in chars) and len(chars) > 3:
            return False
        if any(unicodedata.category(ch) in ("Cc", "Co", "Cn") for ch in chars):
            return False
    return True


def _is_latin(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith("LATIN")


def _touches_letter(text: str, start: int, end: int) -> bool:
    """An ASCII letter right before or after ``text[start:end]``."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    return any(c.isascii() and c.isalpha() for c in before + after)
