"""The list of loaded articles: outlet, date, headline, length, and which side each is on."""

from __future__ import annotations

from rich.text import Text
from textual.coordinate import Coordinate
from textual.widgets import DataTable

from storydiff.core.model import Article
from storydiff.present.safe_text import visible
from storydiff.present.vocabulary import SIDE_ARROWS
from storydiff.present.wording import NO_HEADLINE

SIDE_LABELS = {side: f"{arrow} {side}" for side, arrow in SIDE_ARROWS.items()}
"""The side column's words, with the arrows of the pair view's headers: the side is read, not
inferred from a colour or a letter."""
POINTER = "▸"
"""Marks the highlighted row, a cue besides the cursor's colour."""


class ArticleList(DataTable):
    """Every article, one row each; the side column names the chosen pair's sides."""

    def __init__(self, articles: list[Article], *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        self.articles = articles
        self._pointed: int | None = None

    def on_mount(self) -> None:
        self.add_column("", key="pointer", width=1)
        self.add_column("side", key="side", width=7)
        self.add_column("outlet", key="outlet")
        self.add_column("published", key="published")
        self.add_column("words", key="words")
        self.add_column("headline", key="headline")
        for index, article in enumerate(self.articles):
            # Text, not str: a DataTable parses str cells as markup, and titles are data.
            self.add_row(
                "",
                "",
                Text(visible(article.outlet)),
                Text(visible(article.published) or "-"),
                Text(f"{article.words:>6}"),
                Text(visible(article.title) or NO_HEADLINE),
                key=str(index),
            )

    def mark_pair(self, pair: tuple[int, int]) -> None:
        for index in range(len(self.articles)):
            side = "left" if index == pair[0] else "right" if index == pair[1] else ""
            self.update_cell(str(index), "side", Text(SIDE_LABELS.get(side, ""), style="bold"))

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        """Move the pointer with the cursor."""
        if self._pointed is not None and self._pointed < self.row_count:
            self.update_cell_at(Coordinate(self._pointed, 0), "")
        self.update_cell_at(Coordinate(event.cursor_row, 0), Text(POINTER, style="bold"))
        self._pointed = event.cursor_row
