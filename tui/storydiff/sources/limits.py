"""The size cap on one article, shared by every way one is read (file, standard input, download).

It lives in a module of its own because both the loader and the downloader need it: kept in the
loader, it made the downloader import the loader that imports it (the package's only import
loop). One module also gives the three refusals one wording, so the user reads the same advice
whichever way the article came.
"""

from __future__ import annotations

import os

from storydiff.errors import UsageError

MAX_BYTES = 5 * 1024 * 1024
"""Largest article read (5 MiB). A long feature is under 100 KB of text and a saved web page
rarely passes 2 MB; the cap stops a log file or a dump from freezing the reader. Raise it with
the environment variable :data:`MAX_BYTES_ENV`."""

MAX_BYTES_ENV = "STORYDIFF_MAX_BYTES"


def max_bytes() -> int:
    """The size cap in force: ``STORYDIFF_MAX_BYTES`` if set, else :data:`MAX_BYTES`.

    Read on every call, not at import, so a cap set after start (or by a test) applies."""
    raw = os.environ.get(MAX_BYTES_ENV, "").strip()
    if not raw:
        return MAX_BYTES
    if not raw.isdigit() or int(raw) <= 0:
        raise UsageError(f"{MAX_BYTES_ENV} must be a positive number of bytes, not {raw!r}")
    return int(raw)


def size_text(n: int) -> str:
    """A byte count as a reader says it: MiB from one MiB up, else plain bytes.

    >>> size_text(5 * 1024 * 1024), size_text(1000)
    ('5.0 MiB', '1000 bytes')
    """
    return f"{n / 1048576:.1f} MiB" if n >= 1048576 else f"{n} bytes"


def over_cap(subject: str, cap: int) -> str:
    """The refusal of an article over the cap, ending with how to raise it.

    >>> over_cap("-: standard input is", 1000).split("; ")[0]
    '-: standard input is over the 1000 bytes limit'
    """
    return (f"{subject} over the {size_text(cap)} limit; set {MAX_BYTES_ENV} to a larger "
            "number of bytes to read it")
