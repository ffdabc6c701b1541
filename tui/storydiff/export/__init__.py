"""Headless exporters: one module per format, one registry used by the CLI and the app alike.

Every exporter is a pure function ``Comparison -> str`` reading only the dataclasses of
``core/model.py``; none may import Rich or Textual (the terminal rendering lives in
``storydiff.console``).
"""

from __future__ import annotations

from collections.abc import Callable

from storydiff.core.model import Comparison
from storydiff.export import html, json_format, markdown, text
from storydiff.present.formats import SUFFIXES

__all__ = ["EXPORTERS", "SUFFIXES", "Exporter", "export"]

Exporter = Callable[[Comparison], str]

EXPORTERS: dict[str, Exporter] = {
    "json": json_format.render,
    "md": markdown.render,
    "html": html.render,
    "text": text.render,
}
"""Format name -> function turning a comparison into the file's text."""



def export(comparison: Comparison, fmt: str) -> str:
    """Render ``comparison`` in format ``fmt`` (a key of :data:`EXPORTERS`)."""
    return EXPORTERS[fmt](comparison)
