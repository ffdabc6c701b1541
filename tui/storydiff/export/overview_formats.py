"""The overview exporters by format name, for the CLI and the app alike."""

from __future__ import annotations

from collections.abc import Callable

from storydiff.core.overview.model import Overview
from storydiff.export import overview_html, overview_json, overview_markdown, overview_text

OVERVIEW_EXPORTERS: dict[str, Callable[[Overview], str]] = {
    "json": overview_json.render,
    "md": overview_markdown.render,
    "html": overview_html.render,
    "text": overview_text.render,
}
"""Format name -> function turning an overview into the file's text."""


def export_overview(overview: Overview, fmt: str) -> str:
    """Render ``overview`` in format ``fmt`` (a key of :data:`OVERVIEW_EXPORTERS`)."""
    return OVERVIEW_EXPORTERS[fmt](overview)
