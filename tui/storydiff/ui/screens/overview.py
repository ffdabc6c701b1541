"""The Overview screen: the whole story at once, and one key from any finding to the pair.

Tabs (Facts, Claims, Copying, Quotes, Sources) are drawn from one
:class:`~storydiff.core.overview.model.Overview`, built once in a thread worker that reports
progress (a big build runs in a child process, see :mod:`storydiff.ui.analyser`) and kept
in the session. Choosing a fact cell opens the row's reference article beside that article, at that
figure; a copying pair opens the pair at its first shared passage; a claim or quote version
opens its article beside another that states it, at that paragraph.
"""

from __future__ import annotations

from functools import partial

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import DataTable, OptionList, Static, TabbedContent, TabPane

from storydiff.core.overview.model import Overview
from storydiff.present.safe_text import visible
from storydiff.present.vocabulary import CELL_MARKS, CELL_MEANINGS
from storydiff.present.wording import plural
from storydiff.ui import keys
from storydiff.ui.jobs import JobDone, JobFailed, JobProgress, start
from storydiff.ui.layout import Target
from storydiff.ui.screens.base import ReaderScreen
from storydiff.ui.widgets.footer import ReaderFooter
from storydiff.ui.widgets.legend import legend_list
from storydiff.ui.widgets.overview_lists import ClaimList, QuoteList
from storydiff.ui.widgets.overview_tables import CELL_STYLES, CopyTable, FactTable, SourceTable

TABS = ("facts", "claims", "copying", "quotes", "sources")


class OverviewScreen(ReaderScreen):
    """Facts, claims, copying, quotes and sources across every loaded article."""

    BINDINGS = keys.screen_bindings(keys.OVERVIEW_KEYS)
    DEFAULT_CSS = """
    OverviewScreen #overview-status { height: 1; padding: 0 1; background: $panel; }
    OverviewScreen #overview-detail { height: auto; max-height: 3; padding: 0 1;
        background: $panel; color: $text-muted; }
    OverviewScreen TabbedContent { height: 1fr; }
    OverviewScreen TabPane { padding: 0; }
    OverviewScreen DataTable, OverviewScreen OptionList { height: 1fr; border: none; }
    OverviewScreen .overview-empty { padding: 1 2; color: $text-muted; }
    """

    def compose(self) -> ComposeResult:
        with Vertical(id="overview-body"):
            yield Static(id="overview-status")
            with TabbedContent(id="overview-tabs"):
                for tab in TABS:
                    yield TabPane(tab.capitalize(), id=f"tab-{tab}")
            yield Static(id="overview-detail")
            yield ReaderFooter()

    @property
    def overview(self) -> Overview | None:
        return self.session.overview

    def on_mount(self) -> None:
        if self.overview is not None:
            self.call_later(self._present, self.overview)
            return
        self.query_one(TabbedContent).loading = True
        self._status(f"Reading {len(self.session.articles)} articles…")
        articles, analyser = self.session.articles, self.session.analyser
        start(self, "overview", partial(analyser.build_overview, articles), group="overview")

    def _status(self, text: str) -> None:
        self.query_one("#overview-status", Static).update(Content(text))

    # -- building --------------------------------------------------------------------------

    def on_job_progress(self, message: JobProgress) -> None:
        self._status(f"Building the overview… {message.step} ({message.done:.0%})")

    async def on_job_done(self, message: JobDone[Overview]) -> None:
        self.session.overview = message.result
        await self._present(message.result)

    def on_job_failed(self, message: JobFailed) -> None:
        self.query_one(TabbedContent).loading = False
        self._status(f"Could not build the overview: {message.error}")

    async def _present(self, o: Overview) -> None:
        tabs = self.query_one(TabbedContent)
        conflicts = sum(r.conflict for r in o.facts)
        only = sum(len(o.only_in(i)) for i in range(len(o.articles)))
        more = "+" if o.stats.get("copy_pairs_unlisted") else ""  # the list was capped
        await self.query_one("#tab-facts").mount(
            FactTable(o, id="fact-table")
            if o.facts
            else self._empty("No figure is stated by more than one article.")
        )
        await self.query_one("#tab-claims").mount(ClaimList(o, id="claim-list"))
        await self.query_one("#tab-copying").mount(
            CopyTable(o, id="copy-table")
            if o.copying
            else self._empty("No two articles share a passage of six words or more.")
        )
        await self.query_one("#tab-quotes").mount(
            QuoteList(o, id="quote-list") if o.quotes else self._empty("No quotations found.")
        )
        await self.query_one("#tab-sources").mount(SourceTable(o, id="source-table"))
        conflict = CELL_MARKS["conflict"]
        labels = {
            "facts": f"Facts {len(o.facts)}" + (f" {conflict}{conflicts}" if conflicts else ""),
            "claims": f"Claims · {only} only in one",
            "copying": f"Copying {len(o.copying)}{more}",
            "quotes": f"Quotes {len(o.quotes)}",
            "sources": "Sources",
        }
        for tab, label in labels.items():
            tabs.get_tab(f"tab-{tab}").label = Content(label)
        tabs.loading = False
        words = sum(a.words for a in o.articles)
        silent = len(o.articles) - len(o.stating())
        they = f"{plural(silent, 'article')} state{'s' if silent == 1 else ''}"
        none = f", {they} none of them" if o.facts and silent else ""
        self._status(
            f"{plural(len(o.articles), 'article')}, {plural(words, 'word')} · "
            f"{plural(len(o.facts), 'fact')} "
            f"({conflicts} in conflict{none}) · enter: open the pair there · ] [: tabs · "
            "o: back here"
        )
        for notice in o.notices:
            self.notify(visible(notice), markup=False, severity="warning")
        self._focus_tab(tabs.active or "tab-facts")

    @staticmethod
    def _empty(text: str) -> Static:
        return Static(Content(text), classes="overview-empty")

    def _focus_tab(self, pane_id: str) -> None:
        for widget in self.query_one(f"#{pane_id}").query("DataTable, OptionList"):
            widget.focus()
            return

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        if event.pane.id:
            self._focus_tab(event.pane.id)
        if event.pane.id != "tab-facts":  # the detail line explains fact cells only
            self.query_one("#overview-detail", Static).update(Content(""))

    # -- actions ---------------------------------------------------------------------------

    def action_tab(self, direction: int) -> None:
        tabs = self.query_one(TabbedContent)
        current = TABS.index((tabs.active or "tab-facts").removeprefix("tab-"))
        tabs.active = f"tab-{TABS[(current + direction) % len(TABS)]}"

    def action_open(self) -> None:
        """Open the pair for whatever the focused table or list has under its cursor."""
        focused = self.focused
        if isinstance(focused, FactTable):
            self._open_fact(focused)
        elif isinstance(focused, CopyTable):
            self._open_copy(focused.cursor_row)
        elif isinstance(focused, OptionList) and focused.highlighted_option is not None:
            self._open_option(focused.highlighted_option.id or "")

    def on_data_table_cell_highlighted(self, event: DataTable.CellHighlighted) -> None:
        """Say what the highlighted fact cell means: its verdict and the reason."""
        table = event.data_table
        if not isinstance(table, FactTable) or self.overview is None:
            return
        row = event.coordinate.row
        if row >= len(self.overview.facts):
            return
        fact = self.overview.facts[row]
        chosen = table.chosen()
        cell = fact.cell(chosen[1]) if chosen else None
        if cell is None:
            text = (
                f"{visible(fact.fact)}: {plural(fact.values, 'value')} across "
                f"{plural(len(fact.cells), 'article')}"
            )
        else:
            outlet = visible(self.session.articles[cell.article].outlet)
            figure, reason = visible(cell.figure.text), visible(cell.reason)
            text = f"{outlet}: “{figure}” — {cell.verdict}: {reason}"
        self.query_one("#overview-detail", Static).update(Content(text))

    def on_data_table_cell_selected(self, event: DataTable.CellSelected) -> None:
        if isinstance(event.data_table, FactTable):
            event.stop()
            self._open_fact(event.data_table)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        if isinstance(event.data_table, CopyTable):
            event.stop()
            self._open_copy(event.cursor_row)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._open_option(event.option.id or "")

    # -- opening a pair at a place -----------------------------------------------------------

    def _open_fact(self, table: FactTable) -> None:
        chosen = table.chosen()
        o = self.overview
        if chosen is None or o is None:
            self.notify("Choose a cell with a figure.", markup=False)
            return
        row = o.facts[chosen[0]]
        cell = row.cell(chosen[1])
        if cell is None:
            return
        other = chosen[1]
        if other == row.reference:  # the reference cell: show it beside the first other one
            other = next(c.article for c in row.cells if c.article != row.reference)
            figure = row.cell(row.reference).figure  # type: ignore[union-attr]
            target = Target("left", figure.paragraph, figure.start, figure.end, figure=True)
        else:
            f = cell.figure
            target = Target("right", f.paragraph, f.start, f.end, figure=True)
        self.open_pair((row.reference, other), target)

    def _open_copy(self, index: int) -> None:
        o = self.overview
        if o is None or not 0 <= index < len(o.copying):
            return
        pair = o.copying[index]
        first = pair.passages[0].left if pair.passages else None
        target = Target("left", first.paragraph, first.start, first.end) if first else None
        self.open_pair((pair.left, pair.right), target)

    def _open_option(self, option_id: str) -> None:
        o = self.overview
        kind, _, rest = option_id.partition(":")
        if o is None or not rest:
            return
        group, version = (int(x) for x in rest.split(":")[:2])
        if kind == "claim":
            claim = o.claims[group]
            mention = claim.mentions[version]
            other = next((a for a in claim.articles if a != mention.article), None)
            if other is None:
                other = next(i for i in range(len(o.articles)) if i != mention.article)
            s = mention.sentence
            self.open_pair((mention.article, other), Target("left", s.paragraph, s.start, s.end))
        elif kind == "quote":
            quote = o.quotes[group]
            v = quote.versions[version]
            ref = quote.versions[quote.reference]
            other = (
                ref.article
                if ref.article != v.article
                else next(
                    (x.article for x in quote.versions if x.article != v.article),
                    next(i for i in range(len(o.articles)) if i != v.article),
                )
            )
            self.open_pair((v.article, other), Target("left", v.paragraph, v.start, v.end))

    def help_legend(self) -> Static:
        """The fact table's marks, for the help screen (◆ is the row's reference here)."""
        samples = {"reference": "Wednesday", "same": "Wednesday", "consistent": "mid-week"}
        cells = tuple(
            (f"{CELL_MARKS[v]} {samples.get(v, 'Tuesday')}", CELL_STYLES[v], meaning)
            for v, meaning in CELL_MEANINGS.items()
        )
        return legend_list(
            cells
            + (
                ("–", "dim", "the article does not state this fact"),
                (f"{CELL_MARKS['conflict']} report day", "bold",
                 "a fact some article states in conflict"),
            )
        )

    def action_articles(self) -> None:
        """Pick any two articles, without waiting for the overview: with hundreds of articles
        it takes seconds to build, and the reader may already know which pair they want."""
        from storydiff.ui.screens.articles import ArticlesScreen

        def chosen(pair: tuple[int, int] | None) -> None:
            if pair is not None:
                self.open_pair(pair, None)

        session = self.session
        self.app.push_screen(ArticlesScreen(session.articles, session.first_pair), chosen)

    def open_pair(self, pair: tuple[int, int], target: Target | None) -> None:
        """Push the pair view on ``pair`` and, once compared, put the cursor on ``target``."""
        from storydiff.ui.screens.pair import PairScreen

        self.app.push_screen(PairScreen(pair, target=target))
