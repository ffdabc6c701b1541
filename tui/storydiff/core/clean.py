"""Separate an article body from page furniture (STUB: being built)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CleanedText:
    """The result of cleaning: headline, body paragraphs, and every dropped line."""

    title: str
    paragraphs: tuple[str, ...]
    dropped: tuple[str, ...]


def clean_text(raw: str) -> CleanedText:
    """Split raw page text into title, body and dropped furniture."""
    lines = [ln.strip() for ln in raw.splitlines() if ln.strip()]
    body = [ln for ln in lines if len(ln.split()) >= 12]
    dropped = [ln for ln in lines if len(ln.split()) < 12]
    title = dropped[0] if dropped else ""
    return CleanedText(title, tuple(body), tuple(dropped[1:]))
