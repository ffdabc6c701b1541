"""Help: the live key bindings of the screen the reader came from, and that screen's legend."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding
from textual.containers import HorizontalGroup, VerticalGroup, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Static

from storydiff.ui import keys

Entries = list[tuple[str, list[tuple[str, str]]]]
"""(category, [(keys as typed, what they do)]), categories in :data:`keys.CATEGORIES` order."""


def help_entries(active: dict[str, ActiveBinding]) -> Entries:
    """One entry per action, its keys merged, grouped under one heading per category.

    Built from ``Screen.active_bindings`` (what pressing a key would really do), so a
    remapped key shows up here as it is.
    """
    by_action: dict[str, tuple[list[str], Binding]] = {}
    for key, active_binding in active.items():
        binding = active_binding.binding
        entry = by_action.setdefault(binding.id or binding.action, ([], binding))
        entry[0].append(key)
    groups: dict[str, list[tuple[str, str]]] = {category: [] for category in keys.CATEGORIES}
    for binding_id, (pressed, binding) in by_action.items():
        spec = keys.spec_by_id(binding_id)
        if spec is None or not binding.description:
            continue
        as_declared = set(pressed) == set(spec.key.split(","))
        key_text = spec.keys_text if as_declared else keys.typed(pressed)
        groups.setdefault(spec.category, []).append((key_text, spec.help or binding.description))
    return [(category, rows) for category, rows in groups.items() if rows]


class HelpScreen(ModalScreen[None]):
    """Press ``escape``, ``q`` or ``?`` to close."""

    BINDINGS = [Binding("escape,q,question_mark,f1", "dismiss", "Close help", id="help.close")]
    DEFAULT_CSS = """
    HelpScreen .help-heading { text-style: bold; color: $text-accent; padding-top: 1; }
    HelpScreen .help-key { text-style: bold; }
    HelpScreen .help-text { width: 1fr; }
    """

    def __init__(
        self, active: dict[str, ActiveBinding], where: str, legend: Widget | None = None
    ) -> None:
        super().__init__()
        self.entries = help_entries(active)
        self.where = where
        self.legend = legend
        """The legend of the screen help was opened on (each screen marks things its way)."""

    def compose(self) -> ComposeResult:
        width = 2 + max((len(k) for _, rows in self.entries for k, _ in rows), default=0)
        with VerticalScroll(id="help-box", classes="dialog"):
            yield Static(f"Keys: {self.where}", classes="dialog-title")
            with VerticalGroup(id="help-keys"):
                for category, rows in self.entries:
                    yield Static(keys.CATEGORIES.get(category, category), classes="help-heading")
                    for key_text, text in rows:
                        # Two columns, so a wrapped description stays under itself.
                        key = Static(Content(key_text), classes="help-key")
                        key.styles.width = width
                        yield HorizontalGroup(key, Static(Content(text), classes="help-text"))
            if self.legend is not None:
                yield Static("Legend", classes="dialog-title")
                yield self.legend
            yield Static("escape: close   ctrl+p: every action by name", classes="dialog-hint")
