"""The user's settings as the reader takes them: checked against its themes and binding ids, then
applied to the running app.

This is the reader's half of the settings: :mod:`storydiff.config` reads and validates the file
with no Textual (``storydiff --help`` names the file at no cost, and the headless commands never
load the reader), while the names only the reader knows (Textual's themes, the binding ids in
:mod:`storydiff.ui.keys`) are checked here, when the reader opens.
"""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.theme import BUILTIN_THEMES

from storydiff.config import Config
from storydiff.errors import UsageError
from storydiff.ui.keys import GROUPS


def check_for_reader(config: Config) -> None:
    """Check the theme and key ids against the reader; UsageError naming the first bad one."""
    where = str(config.path) if config.path else "config"
    if config.theme and config.theme not in BUILTIN_THEMES:
        raise UsageError(f"{where}: unknown theme {config.theme!r} (themes: "
                         f"{', '.join(sorted(BUILTIN_THEMES))})")
    ids = {spec.id for _, specs in GROUPS for spec in specs}
    for binding_id in config.keys:
        if binding_id not in ids:
            raise UsageError(f"{where}: keys.{binding_id}: no such binding id (ids: "
                             f"{', '.join(sorted(ids))})")


def apply_to_app(app: App[Any], config: Config) -> None:
    """Key overrides and theme onto a Textual app (call before or while it runs)."""
    if config.keys:
        app.set_keymap(dict(config.keys))
    if config.theme:
        app.theme = config.theme
