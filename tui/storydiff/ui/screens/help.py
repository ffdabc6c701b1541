"""Help: the live key bindings of the screen the reader came from, and the legend."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from storydiff.ui import keys
from storydiff.ui.widgets.legend import Legend


def bindings_text(active: dict[str, ActiveBinding]) -> Content:
    """One line per action, keys merged, grouped by category, in declaration order.

    Built from ``Screen.active_bindings`` (what pressing a key would really do),
    so a remapped key shows up here as it is.
    """
    by_action: dict[str, tuple[list[str], Binding]] = {}
    for key, active_binding in active.items():
        binding = active_binding.binding
        entry = by_action.setdefault(binding.id or binding.action, ([], binding))
        entry[0].append(key)
    lines: list[Content] = []
    category = ""
    for binding_id, (pressed, binding) in by_action.items():
        spec = keys.spec_by_id(binding_id)
        if spec is None or not binding.description:
            continue
        if spec.category != category:
            category = spec.category
            lines.append(Content.styled(category.upper(), "bold $text-accent"))
        key_text = spec.keys_text if spec.key == binding.key else " / ".join(pressed)
        lines.append(
            Content.assemble((f"  {key_text:<12}", "bold"), (spec.help or binding.description, ""))
        )
    return Content("\n").join(lines)


class HelpScreen(ModalScreen[None]):
    """Press ``escape``, ``q`` or ``?`` to close."""

    BINDINGS = [Binding("escape,q,question_mark,f1", "dismiss", "Close help", id="help.close")]

    def __init__(self, active: dict[str, ActiveBinding], where: str) -> None:
        super().__init__()
        self.active = active
        self.where = where

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box", classes="dialog"):
            yield Static(f"Keys: {self.where}", classes="dialog-title")
            yield Static(bindings_text(self.active), id="help-keys")
            yield Static("Legend", classes="dialog-title")
            yield Legend(vertical=True, id="help-legend")
            yield Static("escape: close   ctrl+p: every action by name", classes="dialog-hint")

    def action_dismiss(self) -> None:
        self.dismiss(None)
