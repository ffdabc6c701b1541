"""The pair screen: two articles side by side, and every key that moves through their differences.

It owns the flow of one pair: start the analysis worker, show progress, lay the
comparison out, and answer the navigation keys by asking
:mod:`storydiff.ui.layout` where to go. The comparison of each pair is computed
once and kept in the session's cache (:mod:`storydiff.ui.session`).
"""

from __future__ import annotations

from functools import partial

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Input, Static

from storydiff.core.model import Article, Comparison, Side
from storydiff.present.safe_text import visible
from storydiff.present.vocabulary import SIDE_ARROWS
from storydiff.present.wording import NO_HEADLINE, paragraph_numbers, plural
from storydiff.ui import keys
from storydiff.ui.highlights import Highlight, focus_spans
from storydiff.ui.jobs import JobDone, JobFailed, JobProgress, start
from storydiff.ui.layout import Layout, Mark, Target, build_layout, build_marks, step
from storydiff.ui.screens.base import ReaderScreen
from storydiff.ui.search import find
from storydiff.ui.widgets.footer import ReaderFooter
from storydiff.ui.widgets.legend import Legend
from storydiff.ui.widgets.pair_view import PairView
from storydiff.ui.widgets.search_bar import SearchBar
from storydiff.ui.widgets.status_line import StatusLine, StatusMessage

KIND_NAMES = {
    "figure": "figure difference",
    "unique": "unique claim",
    "shared": "shared passage",
    "any": "difference",
}

TOO_SMALL = "storydiff needs a terminal of at least 60 x 15.\nMake the window larger."


class ArticleHeader(Static):
    """The outlet, headline and length of one side, above its pane."""

    def show(self, article: Article, side: Side) -> None:
        arrow = SIDE_ARROWS[side] + " "
        dated = f" · {visible(article.published)}" if article.published else ""
        self.update(
            Content.assemble(
                (arrow + visible(article.outlet), "bold"),
                (f"{dated} · {plural(article.words, 'word')}", "dim"),
                "\n",
                (visible(article.title) or NO_HEADLINE, "italic"),
            )
        )


class PairScreen(ReaderScreen):
    """Read one pair of articles, aligned."""

    BINDINGS = keys.screen_bindings(keys.PAIR_KEYS)
    AUTO_FOCUS = ""
    """Nothing is focused while reading, so every key reaches the screen's bindings."""

    def __init__(self, pair: tuple[int, int], *, target: Target | None = None) -> None:
        super().__init__()
        self.pair = pair
        self.pending = target
        """Where to put the cursor once this pair's comparison is shown (then cleared)."""
        self.comparison: Comparison | None = None
        self.aligned: Layout | None = None
        self.marks: list[Mark] = []
        self.position: tuple[int, int, int] = (0, -1, -1)
        self.target: Mark | None = None
        self.matches: list[Mark] = []
        self.match_index = -1

    def compose(self) -> ComposeResult:
        with Vertical(id="body"):
            with Horizontal(id="headers"):
                yield ArticleHeader(id="left-header", classes="header -active")
                yield ArticleHeader(id="right-header", classes="header")
            yield PairView(id="pair")
            search = SearchBar(id="search")
            search.display = False
            yield search
            yield Legend(id="legend")
            yield StatusLine(id="status")
            yield StatusMessage(id="status-message", classes="-empty")
            yield ReaderFooter()
        yield Static(TOO_SMALL, id="too-small")

    @property
    def view(self) -> PairView:
        return self.query_one(PairView)

    @property
    def status(self) -> StatusLine:
        return self.query_one(StatusLine)

    def on_mount(self) -> None:
        self.view.set_class(self.config.compact_rows, "-compact-rows")
        self.open_pair(self.pair)

    # -- loading -------------------------------------------------------------------------

    def open_pair(self, pair: tuple[int, int]) -> None:
        """Show ``pair``, from the cache or by starting the analysis worker."""
        self.pair = pair
        articles = self.session.articles
        self.query_one("#left-header", ArticleHeader).show(articles[pair[0]], "left")
        self.query_one("#right-header", ArticleHeader).show(articles[pair[1]], "right")
        self.query_one(StatusMessage).say("")
        cached = self.session.pairs.get(pair)
        if cached is not None:
            self.call_later(self._present, cached)
            return
        self.view.loading = True
        left, right = (visible(articles[i].outlet) for i in pair)
        self.status.busy = f"Comparing {left} with {right}…"
        job = partial(self.session.analyser.compare_pair, articles[pair[0]], articles[pair[1]])
        start(self, pair, job, group="analysis")

    def on_job_progress(self, message: JobProgress) -> None:
        if message.job == self.pair:
            self.status.busy = f"Comparing… {message.step} ({message.done:.0%})"

    async def on_job_done(self, message: JobDone[Comparison]) -> None:
        pair = message.job
        assert isinstance(pair, tuple)
        self.session.pairs.put(pair, message.result)
        if pair == self.pair:
            await self._present(message.result)

    def on_job_failed(self, message: JobFailed) -> None:
        if message.job == self.pair:
            self.view.loading = False
            self.status.busy = f"Could not compare this pair: {message.error}"

    async def _present(self, comparison: Comparison) -> None:
        self.comparison = comparison
        self.aligned = build_layout(comparison.blocks)
        self.marks = build_marks(comparison, self.aligned)
        self.position, self.target, self.matches, self.match_index = (0, -1, -1), None, [], -1
        await self.view.show(comparison, self.aligned)
        self.view.loading = False
        self.status.busy = ""
        self.status.comparison = comparison
        self.refresh_bindings()
        self._update_where()
        for notice in comparison.notices:
            self.notify(visible(notice), markup=False, severity="warning")
        if self.pending is not None:
            # After a refresh, when the view has its size and the rows their heights.
            self.call_after_refresh(self.go_to, self.pending)
            self.pending = None

    def go_to(self, target: Target) -> None:
        """Put the cursor on ``target``; a figure is lit on both sides, as ``f`` would."""
        assert self.aligned is not None
        mark = self._figure_mark(target) if target.figure else None
        if mark is not None:
            self._go(mark.row, side=mark.side, mark=mark)
        else:
            self._go(self.aligned.row_of(target.side, target.paragraph), side=target.side)

    def _figure_mark(self, target: Target) -> Mark | None:
        """The figure mark whose figure (on either side of its pair) sits at ``target``."""
        assert self.comparison is not None
        where = (target.paragraph, target.start, target.end)
        for mark in self.marks:
            if mark.kind == "figure":
                pair = self.comparison.figures[mark.index]
                figure = pair.left if target.side == "left" else pair.right
                if figure is not None and (figure.paragraph, figure.start, figure.end) == where:
                    return mark
        return None

    # -- drawing helpers -----------------------------------------------------------------

    def _go(
        self, row: int, *, side: Side | None = None, top: bool = False, mark: Mark | None = None
    ) -> None:
        """Move the cursor and light what it landed on."""
        self.view.move_cursor(row, side=side, top=top)
        self.target = mark
        self.position = mark.key if mark else (self.view.cursor, -1, -1)
        self._set_active_header()
        self._paint_extra()
        self._update_where()

    def _paint_extra(self) -> None:
        if self.aligned is None or self.comparison is None:
            return
        extra: dict[tuple[Side, int], list[Highlight]] = {}
        for match in self.matches:
            extra.setdefault((match.side, match.paragraph), []).append(
                Highlight(match.start, match.end, "search")
            )
        mark = self.target
        if mark is not None and mark.start >= 0:
            spans = (
                focus_spans(self.comparison, mark.kind, mark.index)
                if mark.kind in ("figure", "shared")
                else {mark.side: (mark.paragraph, mark.start, mark.end)}
            )
            for side, (paragraph, start, end) in spans.items():
                extra.setdefault((side, paragraph), []).append(Highlight(start, end, "focus"))
        self.view.set_extra(extra, self.aligned)

    def _set_active_header(self) -> None:
        active = self.view.active
        self.query_one("#left-header").set_class(active == "left", "-active")
        self.query_one("#right-header").set_class(active == "right", "-active")

    def _update_where(self) -> None:
        """The cursor's row and the active pane's paragraph on the status line (what ``tab``
        changes, besides the lit header), and what the cursor landed on below it."""
        if self.aligned is None:
            return
        row = self.view.cursor
        active = self.view.active
        numbers = paragraph_numbers(self.aligned.rows[row].paragraphs(active))
        arrow = SIDE_ARROWS[active]
        self.status.where = f"row {row + 1}/{len(self.aligned.rows)} · {arrow} {numbers or '—'}"
        mark = self.target
        message = _describe(self.comparison, mark) if mark and self.comparison else ""
        self.query_one(StatusMessage).say(message)

    # -- actions -------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Actions that need a comparison are dimmed until it is ready."""
        needs = {"cursor", "page", "edge", "step", "moved", "figures", "search", "export"}
        if action in needs and self.comparison is None:
            return None
        return True

    def action_cursor(self, delta: int) -> None:
        self._go(self.view.cursor + delta)

    def action_page(self, direction: int) -> None:
        view = self.view
        height = max(1, view.scrollable_content_region.height - 1)
        row = view.row_at_offset(int(view.scroll_y) + direction * height)
        if row == view.cursor:
            row += direction
        self._go(row, top=True)

    def action_edge(self, end: int) -> None:
        self._go(len(self.view.rows) - 1 if end else 0)

    def action_step(self, kind: str, direction: int) -> None:
        found = step(self.marks, self.position, kind, direction)
        if found is None:
            self.notify(f"No {KIND_NAMES[kind]} in this pair.", markup=False)
            return
        self._go(found.row, side=found.side, mark=found)

    def action_moved(self) -> None:
        if self.aligned is None:
            return
        row = self.aligned.rows[self.view.cursor]
        if row.counterpart is None:
            self.notify("The cursor is not on a moved paragraph.", markup=False)
            return
        side: Side = "right" if row.left else "left"
        self._go(row.counterpart, side=side)

    def action_other_side(self) -> None:
        self.view.active = "right" if self.view.active == "left" else "left"
        self.view.move_cursor(self.view.cursor)
        self._set_active_header()
        self._update_where()

    def action_compact(self) -> None:
        """Toggle compact rows (the view's class ``-compact-rows``, which it draws); the
        cursor's row is scrolled back into view once the rows have their new heights."""
        view = self.view
        view.toggle_class("-compact-rows")
        on = view.has_class("-compact-rows")
        self.notify(
            "Compact rows: one-sided paragraphs span both panes."
            if on
            else "Full rows: one-sided paragraphs keep their pane, filler opposite.",
            markup=False,
        )
        self.call_after_refresh(view.move_cursor, view.cursor)

    def action_swap(self) -> None:
        """Swap the sides and keep the cursor on the same paragraphs: after the swap the
        active pane's paragraph is on the other side, in a layout built in the other order."""
        self.pending = self._here_swapped()
        self.open_pair((self.pair[1], self.pair[0]))

    def _here_swapped(self) -> Target | None:
        """The lit figure, else the cursor's paragraph (the active side's, else the other's),
        as a target in the swapped pair."""
        if self.aligned is None or not self.aligned.rows:
            return None
        mark = self.target
        if mark is not None and mark.kind == "figure":
            other: Side = "right" if mark.side == "left" else "left"
            return Target(other, mark.paragraph, mark.start, mark.end, figure=True)
        row = self.aligned.rows[self.view.cursor]
        active = self.view.active
        for side in (active, "right" if active == "left" else "left"):
            paragraphs = row.paragraphs(side)
            if paragraphs:
                return Target("right" if side == "left" else "left", paragraphs[0])
        return None

    def action_next_pair(self, direction: int) -> None:
        count = len(self.session.articles)
        pairs = [(i, j) for i in range(count) for j in range(i + 1, count)]
        key = (min(self.pair), max(self.pair))
        index = pairs.index(key) if key in pairs else 0
        self.open_pair(pairs[(index + direction) % len(pairs)])

    def action_articles(self) -> None:
        from storydiff.ui.screens.articles import ArticlesScreen

        def chosen(pair: tuple[int, int] | None) -> None:
            if pair is not None and pair != self.pair:
                self.open_pair(pair)

        self.app.push_screen(ArticlesScreen(self.session.articles, self.pair), chosen)

    def action_figures(self) -> None:
        from storydiff.ui.screens.figures import FiguresScreen

        def chosen(index: int | None) -> None:
            mark = next((m for m in self.marks if m.kind == "figure" and m.index == index), None)
            if mark is not None:
                self._go(mark.row, side=mark.side, mark=mark)

        if self.comparison is not None:
            self.app.push_screen(FiguresScreen(self.comparison), chosen)

    def action_export(self) -> None:
        from storydiff.ui.screens.export import ExportScreen

        if self.comparison is not None:
            config = self.config
            self.app.push_screen(
                ExportScreen(
                    self.comparison,
                    config.export_dir,
                    fmt=config.export_format,
                    render=self.session.exporter,
                )
            )

    def action_search(self) -> None:
        self.query_one(SearchBar).open()

    def help_legend(self) -> Legend:
        """The pair view's marks, for the help screen."""
        return Legend(vertical=True, id="help-legend")

    # -- events --------------------------------------------------------------------------

    def on_pair_view_clicked(self, message: PairView.Clicked) -> None:
        self._go(message.row, side=message.side)

    def on_input_changed(self, event: Input.Changed) -> None:
        if self.comparison is None or self.aligned is None:
            return
        self.matches = find(self.comparison, self.aligned, event.value)
        self.match_index = -1
        self._step_match(1, query=event.value)

    def on_search_bar_step(self, message: SearchBar.Step) -> None:
        self._step_match(message.direction, query=self.query_one("#search-input", Input).value)

    def on_search_bar_closed(self, message: SearchBar.Closed) -> None:
        self.set_focus(None)
        self.matches = []
        self._paint_extra()

    def _step_match(self, direction: int, *, query: str) -> None:
        bar = self.query_one(SearchBar)
        if not self.matches:
            bar.set_count(0, 0, query)
            self._paint_extra()
            return
        if self.match_index < 0:
            ahead = [i for i, m in enumerate(self.matches) if m.key >= self.position]
            self.match_index = ahead[0] if ahead and direction > 0 else 0
        else:
            self.match_index = (self.match_index + direction) % len(self.matches)
        match = self.matches[self.match_index]
        bar.set_count(self.match_index + 1, len(self.matches), query)
        self._go(match.row, side=match.side, mark=match)


def _describe(comparison: Comparison, mark: Mark) -> str:
    """A few words about the jump target, for the status line."""
    if mark.kind == "search":
        return "search match"
    if mark.kind == "figure":
        pair = comparison.figures[mark.index]
        fact = f" ({visible(pair.fact)})" if pair.fact else ""
        return f"figure {pair.kind.replace('_', ' ')}{fact}: {visible(pair.reason)}".strip()
    if mark.kind == "unique":
        article = comparison.left if mark.side == "left" else comparison.right
        return f"claim only in {visible(article.outlet)}"
    if mark.kind == "shared":
        return f"shared wording, {plural(comparison.shared[mark.index].words, 'word')}"
    return "moved paragraph (m: counterpart)" if mark.kind == "moved" else "paragraph on one side"
