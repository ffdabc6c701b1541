"""Read article files and folders into :class:`Article` objects (STUB: being built)."""

from __future__ import annotations

from pathlib import Path

from storydiff.core.clean import clean_text
from storydiff.core.model import Article

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")


def bundled_seeds_dir() -> Path:
    """The seed articles shipped inside the wheel (or the checkout's ``seeds/``)."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "seeds", here.parent.parent / "seeds"):
        if candidate.is_dir():
            return candidate
    return here / "seeds"


def article_from_text(text: str, *, name: str) -> Article:
    """Clean raw page text into an article called ``name``."""
    cleaned = clean_text(text)
    return Article(path=name, title=cleaned.title, outlet=Path(name).stem,
                   paragraphs=cleaned.paragraphs, dropped=cleaned.dropped)


def load_article(path: str | Path) -> Article:
    """Read one article file."""
    p = Path(path)
    return article_from_text(p.read_text(encoding="utf-8"), name=str(path))


def load_paths(paths: list[str | Path]) -> list[Article]:
    """Read files and folders (a folder: every article file in it, by name)."""
    out: list[Article] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out += [load_article(f) for f in sorted(p.iterdir()) if f.suffix in ARTICLE_SUFFIXES]
        else:
            out.append(load_article(p))
    return out
