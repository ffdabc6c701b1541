"""Export the comparison to a file, with the same exporters as ``storydiff compare --format``."""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, Static
from textual.worker import Worker, WorkerState

from storydiff.core.model import Comparison
from storydiff.errors import StorydiffError
from storydiff.present.formats import SUFFIXES
from storydiff.ui.session import Renderer

FORMATS = (("html", "HTML"), ("md", "Markdown"), ("json", "JSON"))
"""(exporter name, label) in the order the dialog offers them; HTML first, it reads best."""


def default_name(comparison: Comparison, fmt: str) -> str:
    """``<left-outlet>-vs-<right-outlet>.<suffix>``, safe as a file name on any system."""

    def slug(text: str) -> str:
        return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "article"

    return f"{slug(comparison.left.outlet)}-vs-{slug(comparison.right.outlet)}{SUFFIXES[fmt]}"


def write_export(render: Renderer | None, comparison: Comparison, fmt: str, path: Path) -> Path:
    """Render with the exporter the reader was given (the CLI gives the shared one) and
    write; problems become a one-line StorydiffError."""
    if render is None:
        raise StorydiffError("this reader was started without exporters; nothing to write with")
    try:
        text = render(comparison, fmt)
    except KeyError:
        raise StorydiffError(f"the {fmt} exporter is not available in this build") from None
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as error:
        raise StorydiffError(f"cannot write {path}: {error.strerror or error}") from None
    return path


class FormatButton(RadioButton):
    """A radio button whose dot shows only when chosen: Textual's draws the dot either way and
    tells the chosen one by colour alone, which a monochrome terminal or a colour-blind reader
    cannot see."""

    # Textual declares it a class attribute and reads it at each render, so a property works.
    @property
    def BUTTON_INNER(self) -> str:  # type: ignore[override]  # noqa: N802 - Textual's name
        return "●" if self.value else " "


class ExportScreen(ModalScreen[Path | None]):
    """Pick a format and a path; dismissed with the path written, or None."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="export.cancel")]

    def __init__(
        self,
        comparison: Comparison,
        directory: Path | None = None,
        *,
        fmt: str = "html",
        render: Renderer | None = None,
    ) -> None:
        super().__init__()
        self.comparison = comparison
        self.renderer = render
        """Turns the comparison into a format's text (``storydiff.export.export``)."""
        self.directory = directory or Path.cwd()
        self.fmt = fmt if fmt in dict(FORMATS) else "html"
        """The format first selected: the config's ``export.format``, else HTML."""

    def compose(self) -> ComposeResult:
        with Vertical(id="export-box", classes="dialog"):
            yield Static("Export comparison", classes="dialog-title", id="export-title")
            with RadioSet(id="export-format"):
                for fmt, label in FORMATS:
                    yield FormatButton(label, value=fmt == self.fmt, id=f"format-{fmt}")
            yield Label("Path")
            yield Input(
                str(self.directory / default_name(self.comparison, self.fmt)), id="export-path"
            )
            with Horizontal(classes="dialog-buttons"):
                yield Button("Export", variant="primary", id="export-ok")
                yield Button("Cancel", id="export-cancel")

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        old = default_name(self.comparison, self.fmt)
        self.fmt = (event.pressed.id or "format-html").removeprefix("format-")
        path_input = self.query_one("#export-path", Input)
        path = Path(path_input.value)
        if path.name == old:  # the user kept our name: follow the format
            path_input.value = str(path.with_name(default_name(self.comparison, self.fmt)))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "export-ok":
            self.export()
        else:
            self.dismiss(None)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.export()

    def export(self) -> None:
        """Write in a thread: a long report's HTML takes seconds to render (2.7 s for 9,600
        paragraphs a side), which on the UI thread froze the reader."""
        raw = self.query_one("#export-path", Input).value.strip()
        if not raw:
            self.notify("Give a path to write to.", severity="error", markup=False)
            return
        self.query_one("#export-ok", Button).disabled = True
        self.query_one("#export-title", Static).update(f"Exporting {self.fmt.upper()}…")
        path = Path(raw).expanduser()
        self.run_worker(
            partial(write_export, self.renderer, self.comparison, self.fmt, path),
            name="export",
            thread=True,
            exit_on_error=False,
        )

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.name != "export" or event.state not in (
            WorkerState.SUCCESS,
            WorkerState.ERROR,
        ):
            return
        if event.state == WorkerState.SUCCESS:
            path = event.worker.result
            self.notify(f"Exported {self.fmt.upper()} to {path}", title="Export", markup=False)
            self.dismiss(path)
            return
        error = event.worker.error
        message = str(error) if isinstance(error, StorydiffError) else f"export failed: {error}"
        self.notify(message, severity="error", markup=False)
        self.query_one("#export-ok", Button).disabled = False
        self.query_one("#export-title", Static).update("Export comparison")

    def action_cancel(self) -> None:
        self.dismiss(None)
