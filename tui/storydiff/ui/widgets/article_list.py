"""The list of loaded articles: outlet, date, headline, length, and which side each is on."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import DataTable

from storydiff.core.model import Article
from storydiff.safe_text import visible
from storydiff.wording import NO_HEADLINE


class ArticleList(DataTable):
    """Every article, one row each; the L and R columns mark the chosen pair."""

    def __init__(self, articles: list[Article], *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        self.articles = articles

    def on_mount(self) -> None:
        self.add_column("side", key="side", width=4)
        self.add_column("outlet", key="outlet")
        self.add_column("published", key="published")
        self.add_column("words", key="words")
        self.add_column("headline", key="headline")
        for index, article in enumerate(self.articles):
            # Text, not str: a DataTable parses str cells as markup, and titles are data.
            self.add_row(
                "",
                Text(visible(article.outlet)),
                Text(visible(article.published) or "-"),
                Text(f"{article.words:>6}"),
                Text(visible(article.title) or NO_HEADLINE),
                key=str(index),
            )

    def mark_pair(self, pair: tuple[int, int]) -> None:
        for index in range(len(self.articles)):
            side = "L" if index == pair[0] else "R" if index == pair[1] else ""
            self.update_cell(str(index), "side", Text(side, style="bold"))
