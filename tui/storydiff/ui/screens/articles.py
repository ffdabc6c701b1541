"""Choose the two articles to compare."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from storydiff.core.model import Article
from storydiff.ui import keys
from storydiff.ui.widgets.article_list import POINTER, SIDE_LABELS, ArticleList
from storydiff.ui.widgets.footer import ReaderFooter
from storydiff.ui.widgets.legend import legend_list


class ArticlesScreen(ModalScreen[tuple[int, int] | None]):
    """``l``/``r`` put the highlighted article on a side; ``enter`` compares."""

    BINDINGS = keys.screen_bindings(keys.ARTICLE_KEYS)

    def __init__(self, articles: list[Article], pair: tuple[int, int]) -> None:
        super().__init__()
        self.articles = articles
        self.pair = pair

    def compose(self) -> ComposeResult:
        with Vertical(id="articles-box", classes="dialog"):
            yield Static("Articles", classes="dialog-title")
            yield ArticleList(self.articles, id="article-list")
            yield Static(
                "l: put the highlighted article on the left   r: on the right   "
                "enter: compare   escape: back",
                classes="dialog-hint",
            )
        yield ReaderFooter()

    def on_mount(self) -> None:
        table = self.query_one(ArticleList)
        table.mark_pair(self.pair)
        # Start on the upper of the two marked rows, where the eye starts reading the list.
        table.move_cursor(row=min(self.pair))
        table.focus()

    def action_move(self, delta: int) -> None:
        table = self.query_one(ArticleList)
        table.move_cursor(row=max(0, min(table.cursor_row + delta, len(self.articles) - 1)))

    def action_choose(self, side: str) -> None:
        row = self.query_one(ArticleList).cursor_row
        left, right = self.pair
        if side == "left":
            left, right = row, (left if row == right else right)
        else:
            left, right = (right if row == left else left), row
        self.pair = (left, right)
        self.query_one(ArticleList).mark_pair(self.pair)

    def action_open(self) -> None:
        self.dismiss(self.pair)

    def on_data_table_row_selected(self, event: ArticleList.RowSelected) -> None:
        event.stop()
        self.dismiss(self.pair)

    def help_legend(self) -> Static:
        """The list's marks, for the help screen."""
        return legend_list(
            (
                (SIDE_LABELS["left"], "bold", "the article in the left pane"),
                (SIDE_LABELS["right"], "bold", "the article in the right pane"),
                (POINTER, "bold", "the highlighted article: l, r and enter act on it"),
            )
        )

    def action_dismiss_list(self) -> None:
        self.dismiss(None)
