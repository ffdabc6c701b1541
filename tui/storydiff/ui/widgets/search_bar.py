"""The search bar: a one-line input under the panes, with a match counter."""

from __future__ import annotations

from dataclasses import dataclass

from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Input, Label

from storydiff.ui import keys


class SearchBar(Horizontal):
    """Type to search both panes: ``enter``/``↓`` next match, ``↑`` previous, ``escape`` closes."""

    BINDINGS = keys.bindings(keys.SEARCH_KEYS)

    @dataclass
    class Step(Message):
        """Go to the next (1) or previous (-1) match."""

        direction: int

    class Closed(Message):
        """The bar was closed."""

    def compose(self):
        yield Label("/", classes="search-prompt")
        yield Input(placeholder="search both articles", id="search-input", select_on_focus=True)
        yield Label("", id="search-count")

    def open(self) -> None:
        self.display = True
        self.query_one(Input).focus()

    def set_count(self, current: int, total: int, query: str) -> None:
        label = self.query_one("#search-count", Label)
        label.update("" if not query else f"{current}/{total}" if total else "no match")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Step(1))

    def action_match(self, direction: int) -> None:
        self.post_message(self.Step(direction))

    def action_close(self) -> None:
        self.display = False
        self.post_message(self.Closed())
