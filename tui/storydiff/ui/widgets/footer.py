"""The reader's footer: Textual's, compact below 100 columns."""

from __future__ import annotations

from textual.events import Resize
from textual.widgets import Footer

COMPACT_BELOW = 100
"""Columns under which the footer drops the spaces between its keys (the reader's own narrow
breakpoint), so more of them fit; ``?`` and ``q`` lead it at any width (see ``keys``)."""


class ReaderFooter(Footer):
    """A footer that tightens itself on a narrow terminal."""

    DEFAULT_CSS = """
    /* Textual's compact footer gives every key a right margin, the palette key docked at the
       right edge too, which left the terminal's last column showing a key scrolled under it */
    ReaderFooter.-compact FooterKey.-command-palette { margin-right: 0; }
    """

    def on_resize(self, event: Resize) -> None:
        self.compact = event.size.width < COMPACT_BELOW
