"""Headless exporters: one module per format, one registry used by the CLI and the app alike."""

from __future__ import annotations

from collections.abc import Callable

from storydiff.core.model import Comparison
from storydiff.export import json_format

Exporter = Callable[[Comparison], str]

EXPORTERS: dict[str, Exporter] = {"json": json_format.render}
"""Format name -> function turning a comparison into the file's text."""

SUFFIXES: dict[str, str] = {"json": ".json", "md": ".md", "html": ".html", "text": ".txt"}


def export(comparison: Comparison, fmt: str) -> str:
    """Render ``comparison`` in format ``fmt`` (a key of :data:`EXPORTERS`)."""
    return EXPORTERS[fmt](comparison)
