"""The Textual reader: built from data (a list of articles), so tests and scripts construct it.

The app is thin: it holds the session (articles, kept comparisons, the overview, the
analyser: :mod:`storydiff.ui.session`), the settings and app-wide keys. The pair screen owns
the reading flow.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import App

from storydiff.config import Config
from storydiff.core.compare import Progress, compare
from storydiff.core.model import Article
from storydiff.core.overview import Overview, build_overview
from storydiff.ui import keys
from storydiff.ui.analyser import Analyser, CompareFn, OverviewFn
from storydiff.ui.commands import StorydiffCommands
from storydiff.ui.session import Renderer, Session
from storydiff.ui.settings import apply_to_app


class StorydiffApp(App[None]):
    """Compare any two of ``articles``, starting with the first two side by side."""

    CSS_PATH = "app.tcss"
    TITLE = "storydiff"
    BINDINGS = keys.bindings(keys.APP_KEYS)
    COMMANDS = App.COMMANDS | {StorydiffCommands}
    HORIZONTAL_BREAKPOINTS = [(0, "-too-narrow"), (60, "-compact"), (100, "-wide")]
    """Below 60 columns nothing readable fits two panes; under 100 the headers shrink."""
    VERTICAL_BREAKPOINTS = [(0, "-too-short"), (15, "-short"), (30, "-tall")]
    """Below 15 rows there is no room for text between the headers and the footer."""

    def __init__(
        self,
        articles: Sequence[Article],
        *,
        compare: CompareFn = compare,
        pair: tuple[int, int] = (0, 1),
        overview: OverviewFn = build_overview,
        home: str = "auto",
        config: Config | None = None,
        exporter: Renderer | None = None,
    ) -> None:
        super().__init__()
        if len(articles) < 2:
            raise ValueError("StorydiffApp needs at least two articles")
        self.session = Session(
            list(articles), Analyser(compare, overview), first_pair=pair, exporter=exporter
        )
        self.home = home
        """First screen: "overview", "pair", or "auto" (the overview for three articles or
        more, where one pair is no longer the whole story)."""
        self.config = config or Config()
        """User settings (theme, export defaults, key overrides) from the config file."""
        if self.config.keys:
            self.set_keymap(dict(self.config.keys))

    @property
    def articles(self) -> list[Article]:
        """The session's articles (for scripts and tests that drive the app)."""
        return self.session.articles

    @property
    def overview(self) -> Overview | None:
        """The session's overview, once built (for scripts and tests that drive the app)."""
        return self.session.overview

    def on_mount(self) -> None:
        from storydiff.ui.screens.pair import PairScreen

        apply_to_app(self, self.config)
        if self.home == "overview" or (self.home == "auto" and len(self.articles) > 2):
            self.action_overview()
        else:
            self.push_screen(PairScreen(self.session.first_pair))

    def action_overview(self) -> None:
        """Show the overview: back to it if it is under the current screen, else open it."""
        from storydiff.ui.screens.overview import OverviewScreen

        if isinstance(self.screen, OverviewScreen):
            return
        if any(isinstance(s, OverviewScreen) for s in self.screen_stack):
            while not isinstance(self.screen, OverviewScreen):
                self.pop_screen()
            return
        self.push_screen(OverviewScreen())

    def action_help(self) -> None:
        from storydiff.ui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        where = {
            "PairScreen": "pair view",
            "ArticlesScreen": "article list",
            "FiguresScreen": "figures panel",
            "OverviewScreen": "overview",
        }.get(type(self.screen).__name__, "this screen")
        legend = getattr(self.screen, "help_legend", None)
        self.push_screen(HelpScreen(self.screen.active_bindings, where, legend and legend()))


__all__ = ["StorydiffApp", "Progress"]
